// The app's lifecycle (main.ts) with Electron and the backend mocked: what it hands the backend, which page it loads
// with which policy, and how a file from a second start meets a draft with unsaved changes.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import slovenian from '../../../electron/main/app/locales/sl.json' with { type: 'json' };
import type { RegisterInfo } from '../../../shared/ipc/contract.ts';

type Fakes = ReturnType<typeof makeFakes>;
// The mocked modules are made once; each start of the app fills them with fresh fakes (see startApp).
const holder = vi.hoisted(() => ({ fakes: null as unknown, electron: {} as Record<string, unknown> }));
const fakes = () => holder.fakes as Fakes;

vi.mock('electron', () => holder.electron);
vi.mock('../../../electron/main/backend/index.ts', () => ({
  createBackend: (options: Record<string, unknown>) => fakes().createBackend(options),
}));

const info = (filePath: string): RegisterInfo => ({
  id: `id-${path.basename(filePath)}`,
  name: path.basename(filePath, '.ropa'),
  defaultLanguage: 'en',
  revision: 1,
  filePath,
  readOnly: false,
  asOf: null,
  counts: { organisations: 0, processors: 0, activities: 0 },
});

function makeFakes({ isPackaged }: { isPackaged: boolean }) {
  const state = { dirty: false, answer: 1 };
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly options: unknown;
    readonly webContents = Object.assign(new EventEmitter(), {
      send: vi.fn(),
      isDestroyed: () => false,
      mainFrame: { executeJavaScript: vi.fn(async (_code: string) => state.dirty) },
    });
    loadURL = vi.fn(async (_url: string) => {});
    setTitle = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    constructor(options: unknown) {
      super();
      this.options = options;
      windows.push(this);
    }
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged,
    setPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: (name: string) => `/home/dpo/.config/RoPA Desk/${name}`,
    getAppPath: () => (isPackaged ? '/opt/RoPA Desk/resources/app.asar' : '/work/ropa-desk'),
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: vi.fn(() => ['sl-SI', 'en-GB']),
    setAboutPanelOptions: vi.fn(),
  });
  const webRequest = { onHeadersReceived: vi.fn() };
  const backend = {
    invoke: vi.fn(async (name: string, input: { path?: string }) =>
      name === 'openFile' && input.path ? { ok: true, value: { info: info(input.path) } } : { ok: true, value: [] },
    ),
    openInitial: vi.fn(async (filePath?: string) => info(filePath ?? '/home/dpo/Register.ropa')),
    onEvent: vi.fn(() => () => {}),
    close: vi.fn(),
  };
  return {
    state,
    windows,
    backend,
    createBackend: vi.fn((_options: Record<string, unknown>) => backend),
    electron: {
      app,
      BrowserWindow: FakeWindow,
      dialog: {
        showMessageBox: vi.fn(async () => ({ response: state.answer, checkboxChecked: false })),
        showMessageBoxSync: vi.fn(() => state.answer),
        showErrorBox: vi.fn(),
        showOpenDialog: vi.fn(),
        showSaveDialog: vi.fn(),
      },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest,
        },
      },
      shell: { openExternal: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    },
  };
}

/** Electron's process.resourcesPath, which plain Node lacks. */
const setResourcesPath = (value: string | undefined) =>
  value === undefined ? Reflect.deleteProperty(process, 'resourcesPath') : Object.defineProperty(process, 'resourcesPath', { value, configurable: true });
const originalArgv = process.argv;

/** Loads main.ts afresh, as Electron would start the app, and waits until its window exists. */
async function startApp({ isPackaged, rendererUrl }: { isPackaged: boolean; rendererUrl?: string }) {
  holder.fakes = makeFakes({ isPackaged });
  Object.assign(holder.electron, fakes().electron);
  vi.stubEnv('ELECTRON_RENDERER_URL', rendererUrl ?? '');
  vi.resetModules();
  await import('../../../electron/main/app/main.ts');
  const started = fakes();
  await vi.waitFor(() => expect(started.windows).toHaveLength(1));
  return started;
}

describe('starting the app', () => {
  beforeEach(() => {
    process.argv = ['/opt/RoPA Desk/ropa-desk'];
    setResourcesPath('/opt/RoPA Desk/resources');
    vi.stubEnv('ROPA_USER_DATA_DIR', '');
  });
  afterEach(() => {
    process.argv = originalArgv;
    setResourcesPath(undefined);
    vi.unstubAllEnvs();
  });

  it('packaged: gives the backend the resources folder, where the demo registers are (extraResources)', async () => {
    const { createBackend } = await startApp({ isPackaged: true });
    expect(createBackend).toHaveBeenCalledOnce();
    expect(createBackend.mock.calls[0]?.[0]).toMatchObject({
      dataDir: '/home/dpo/.config/RoPA Desk/userData',
      resourcesDir: '/opt/RoPA Desk/resources',
    });
  });

  it('from the repository: gives the backend the repository’s resources/', async () => {
    const { createBackend } = await startApp({ isPackaged: false });
    expect(createBackend.mock.calls[0]?.[0]).toMatchObject({ resourcesDir: path.join('/work/ropa-desk', 'resources') });
  });

  it('loads app://ropa/ with the strict policy, even when a packaged app finds a dev server URL in its environment', async () => {
    for (const started of [await startApp({ isPackaged: true, rendererUrl: 'http://localhost:5173' }), await startApp({ isPackaged: false })]) {
      expect(started.windows[0]?.loadURL).toHaveBeenCalledWith('app://ropa/index.html');
      expect(started.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
      expect(started.electron.session.defaultSession.webRequest.onHeadersReceived).not.toHaveBeenCalled();
    }
  });

  it('under electron-vite dev: loads the dev server, and loosens the policy of its responses only', async () => {
    const started = await startApp({ isPackaged: false, rendererUrl: 'http://localhost:5173' });
    expect(started.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    const onHeaders = started.electron.session.defaultSession.webRequest.onHeadersReceived;
    expect(onHeaders).toHaveBeenCalledOnce();
    const listener = onHeaders.mock.calls[0]?.[0] as unknown as (
      details: { url: string; responseHeaders: Record<string, string[]> },
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    const answer = vi.fn();
    listener({ url: 'http://localhost:5173/index.html', responseHeaders: {} }, answer);
    expect(answer.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy'][0]).toMatch(/script-src 'self' 'unsafe-inline'/);
  });

  it('builds its menus in the system’s language (Slovenian first here) while the person has chosen none', async () => {
    const started = await startApp({ isPackaged: true });
    expect(started.electron.app.getPreferredSystemLanguages).toHaveBeenCalled();
    const template = started.electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Array<{ label?: string }>;
    expect(template.map((menu) => menu.label)).toEqual([slovenian.menu.file, slovenian.menu.edit, slovenian.menu.view, slovenian.menu.help]);
  });
});

describe('a register handed over by a second start while the window is open', () => {
  beforeEach(() => {
    process.argv = ['/opt/RoPA Desk/ropa-desk'];
    setResourcesPath('/opt/RoPA Desk/resources');
  });
  afterEach(() => {
    process.argv = originalArgv;
    setResourcesPath(undefined);
    vi.unstubAllEnvs();
  });

  async function secondStart(state: { dirty: boolean; answer: number }) {
    const started = await startApp({ isPackaged: true });
    Object.assign(started.state, state);
    started.electron.app.emit('second-instance', {}, ['/opt/RoPA Desk/ropa-desk'], '/home/dpo', { file: '/home/dpo/archive.ropa' });
    // The page is asked, then (maybe) the person, then (maybe) the backend: each test waits for the step it ends on.
    const opened = () => started.backend.invoke.mock.calls.filter(([name]) => name === 'openFile');
    return { ...started, opened };
  }

  it('opens at once when the page holds nothing unsaved', async () => {
    const { opened, electron, windows } = await secondStart({ dirty: false, answer: 1 });
    await vi.waitFor(() => expect(opened()).toEqual([['openFile', { path: '/home/dpo/archive.ropa' }]]));
    expect(windows[0]?.webContents.mainFrame.executeJavaScript).toHaveBeenCalled();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks when a draft is dirty, and opens when the person chooses Leave', async () => {
    const { opened, electron, windows } = await secondStart({ dirty: true, answer: 0 });
    await vi.waitFor(() => expect(opened()).toEqual([['openFile', { path: '/home/dpo/archive.ropa' }]]));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(windows[0], expect.objectContaining({ message: slovenian.unsaved.message }));
  });

  it('keeps the register and the draft when the person chooses Stay', async () => {
    const { opened, electron, windows } = await secondStart({ dirty: true, answer: 1 });
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce());
    // The answer "Stay" is the last step: once the dialog's promise has settled and its handler run, nothing is opened.
    await electron.dialog.showMessageBox.mock.results[0]?.value;
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened()).toEqual([]);
    expect(windows[0]?.focus).toHaveBeenCalled();
  });
});
