// The one application window. Its webPreferences are set explicitly, not left to Electron's defaults: the page
// runs sandboxed, isolated from the preload, with no Node; the preload is its only door (window.ropa).
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_TITLE } from './title.ts';
import { leaveSync } from './unsaved.ts';

export function lockedWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools,
  };
}

export type MainWindowOptions = { preloadPath: string; devTools: boolean };

export function createMainWindow({ preloadPath, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_TITLE,
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: lockedWebPreferences(preloadPath, devTools),
  });
  // The title bar names the open register (title.ts); the page's <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  // The page refuses to unload while it holds unsaved changes (its beforeunload guard). Left alone, Electron would
  // keep the window open without a word; ask instead, and let the page go (preventDefault) when the person leaves.
  window.webContents.on('will-prevent-unload', (event) => {
    if (leaveSync(window)) event.preventDefault();
  });
  return window;
}
