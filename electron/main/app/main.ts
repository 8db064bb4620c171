// The desktop app's lifecycle: one running instance (a second start hands its file over), the guards of
// security.ts on everything, the renderer served from app://ropa/, and the register backend behind IPC.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type MessageBoxOptions } from 'electron';
import { createBackend } from '../backend/index.ts';
import type { Backend } from '../backend/backend.ts';
import { registerPathFromArgv } from './args.ts';
import { createController, type Controller } from './controller.ts';
import { createDialogHost } from './dialogs.ts';
import { setShellLanguage, t } from './i18n.ts';
import { interfaceLanguageOf, isInterfaceLanguage, pickInterfaceLanguage, type InterfaceLanguage } from '../../../shared/interface/languages.ts';
import { pushEvent, serveCommands } from './ipc.ts';
import { installMenu } from './menu.ts';
import { resourcesDirOf } from './paths.ts';
import { APP_PAGE_URL, isSameOrigin, registerAppScheme, serveRenderer } from './protocol.ts';
import { applyDevServerPolicy, denyAllPermissions, guardWebContents } from './security.ts';
import { APP_TITLE, fileNameOf } from './title.ts';
import { leaveGuard } from './unsaved.ts';
import { createMainWindow } from './window.ts';

const isDev = !app.isPackaged;
// `electron-vite dev` serves the renderer with hot reload; every other run loads the built files from app://ropa/.
const pageUrl = (isDev && process.env.ELECTRON_RENDERER_URL) || APP_PAGE_URL;
const isAppPage = (url: string) => isSameOrigin(url, pageUrl);
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');

// A scratch profile for tests and trials of a development build; a packaged app always uses the system's folder.
if (isDev && process.env.ROPA_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.ROPA_USER_DATA_DIR));

registerAppScheme(protocol);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));

let mainWindow: BrowserWindow | null = null;
let controller: Controller | null = null;
/** The interface language the person chose (View › Language, or in the window); null: the system's. */
let chosenLanguage: InterfaceLanguage | null = null;

/** Menus and dialogs in the person's chosen language, else the system's. */
function applyInterfaceLanguage(chosen: InterfaceLanguage | null): void {
  chosenLanguage = chosen;
  setShellLanguage(interfaceLanguageOf(chosen, app.getPreferredSystemLanguages()));
}
/** A file to open that arrived before the backend was ready (command line, macOS open-file). */
let pendingFile = registerPathFromArgv(process.argv, {
  defaultApp: Boolean(process.defaultApp),
  // `npm start -- file.ropa` runs in the package folder; INIT_CWD is where the person typed it.
  cwd: (isDev && process.env.INIT_CWD) || process.cwd(),
});

function showError(message: string, detail: string): void {
  const options: MessageBoxOptions = { type: 'error', title: APP_TITLE, message, detail };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function openFile(filePath: string): void {
  if (controller) void controller.open('openFile', { path: filePath });
  else pendingFile = filePath;
}

function showWindow(): void {
  if (!mainWindow) return createWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createWindow(): void {
  const window = createMainWindow({ preloadPath, devTools: isDev });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  controller?.windowCreated();
  window.loadURL(pageUrl).catch((error: Error) => showError(t('error.windowNotLoaded'), error.message));
}

async function openStartupRegister(backend: Backend, file: string | null): Promise<void> {
  try {
    controller?.showRegister(await backend.openInitial(file ?? undefined));
    return;
  } catch (error) {
    const what = file === null ? t('error.noRegister') : t('error.fileNotOpened', { file: fileNameOf(file) });
    showError(what, (error as Error).message);
    if (file === null) return;
  }
  try {
    controller?.showRegister(await backend.openInitial());
  } catch (error) {
    showError(t('error.noRegister'), (error as Error).message);
  }
}

async function start(): Promise<void> {
  setShellLanguage(app.getPreferredSystemLanguages());
  denyAllPermissions(session.defaultSession);
  serveRenderer(protocol, rendererDir);
  // `electron-vite dev` only: its page needs inline scripts and styles (security.ts); app://ropa/ never gets them.
  if (pageUrl !== APP_PAGE_URL) applyDevServerPolicy(session.defaultSession.webRequest, pageUrl);
  app.setAboutPanelOptions({ applicationName: APP_TITLE, applicationVersion: app.getVersion() });

  const backend = createBackend({
    dataDir: app.getPath('userData'),
    host: createDialogHost(
      () => mainWindow,
      () => app.getPath('documents'),
    ),
    // The demo registers: extraResources of the packaged app (electron-builder.yml), resources/ of the repository.
    resourcesDir: resourcesDirOf({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
    }),
    // Bundled beside this file as its own entry (electron.vite.config.ts): worker threads load a module by URL.
    reportWorkerUrl: new URL('./report-worker.js', import.meta.url),
    importWorkerUrl: new URL('./import-worker.js', import.meta.url),
    // Refusals are worded in the interface's language, which starts from the system's.
    systemLanguages: () => app.getPreferredSystemLanguages(),
  });
  const shellController = createController({
    backend,
    window: () =>
      mainWindow && {
        setTitle: (title) => mainWindow?.setTitle(title),
        isDestroyed: () => mainWindow?.isDestroyed() ?? true,
        send: (event) => pushEvent(mainWindow?.webContents ?? null, event),
      },
    installMenu: (recentFiles) =>
      installMenu({
        platform: process.platform,
        isDev,
        recentFiles,
        interfaceLanguage: { chosen: chosenLanguage, system: pickInterfaceLanguage(app.getPreferredSystemLanguages()) },
        actions: {
          sendCommand: (command) => shellController.sendMenuCommand(command),
          openRecent: (filePath) => void shellController.open('openFile', { path: filePath }),
          openDemo: () => void shellController.open('openDemo', {}),
          chooseInterfaceLanguage: (language) => void backend.invoke('chooseInterfaceLanguage', { language }),
        },
      }),
    showError,
    // Open recent, the demo and files from outside first ask whether to leave a draft with unsaved changes.
    confirmLeave: leaveGuard(() => mainWindow),
  });
  controller = shellController;
  // The person's language from the settings; a new choice (here or in the window) re-labels the menus at once.
  const stored = await backend.invoke('interfaceLanguage', {});
  const storedLanguage = stored.ok ? (stored.value as { language?: unknown }).language : null;
  applyInterfaceLanguage(isInterfaceLanguage(storedLanguage) ? storedLanguage : null);
  backend.onEvent((event) => {
    if (event.type !== 'interface-language') return;
    applyInterfaceLanguage(event.language);
    void shellController.refreshMenu();
  });
  serveCommands(ipcMain, { backend, isAppPage, onResult: shellController.commandAnswered });
  await shellController.refreshMenu();

  const file = pendingFile;
  pendingFile = null;
  await openStartupRegister(backend, file);
  createWindow();

  app.on('activate', () => showWindow());
  app.on('will-quit', () => backend.close());
}

if (!app.requestSingleInstanceLock({ file: pendingFile })) {
  // Another RoPA Desk is running: it opens our file (second-instance below) and we leave.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const handedOver = (additionalData as { file?: unknown } | null)?.file;
    const file =
      typeof handedOver === 'string' && path.isAbsolute(handedOver)
        ? handedOver
        : registerPathFromArgv(argv, { defaultApp: Boolean(process.defaultApp), cwd: workingDirectory });
    if (controller) showWindow();
    if (file) openFile(file);
  });
  // macOS hands files opened in the Finder over with this event, also before the app is ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFile(filePath);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: Error) => {
      dialog.showErrorBox(APP_TITLE, t('error.startFailed', { message: error.message }));
      app.exit(1);
    });
}
