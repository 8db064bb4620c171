// The application menu. What the page must handle (new register, open, save, new activity) is sent to it as a
// `menu` event, so it can ask for details or warn about unsaved changes first; opening a recent file or the demo
// register is done by the shell itself (controller.ts).
import path from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/ipc/contract.ts';
import { APP_TITLE, fileNameOf } from './title.ts';

export type MenuActions = {
  sendCommand(command: MenuCommand): void;
  openRecent(filePath: string): void;
  openDemo(): void;
};

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only in development. */
  isDev: boolean;
  recentFiles: readonly string[];
  actions: MenuActions;
};

const MAX_RECENT = 10;

/** `name.ropa — /folder`, with `&` doubled so that Windows does not read it as a mnemonic. */
export function recentLabel(filePath: string): string {
  const label = `${fileNameOf(filePath)} — ${path.dirname(filePath)}`;
  return label.replaceAll('&', '&&');
}

function recentSubmenu({ recentFiles, actions }: MenuOptions): MenuItemConstructorOptions[] {
  if (recentFiles.length === 0) return [{ label: 'No recent registers', enabled: false }];
  return recentFiles.slice(0, MAX_RECENT).map((filePath) => ({
    label: recentLabel(filePath),
    click: () => actions.openRecent(filePath),
  }));
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { actions, platform } = options;
  return {
    label: '&File',
    submenu: [
      { label: 'New activity', accelerator: 'CmdOrCtrl+N', click: () => actions.sendCommand('new-activity') },
      { type: 'separator' },
      { label: 'New register…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.sendCommand('new-register') },
      { label: 'Open register…', accelerator: 'CmdOrCtrl+O', click: () => actions.sendCommand('open-register') },
      { label: 'Open recent', submenu: recentSubmenu(options) },
      { label: 'Open demo register', click: () => actions.openDemo() },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.sendCommand('save') },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
}

const editMenu: MenuItemConstructorOptions = {
  label: '&Edit',
  submenu: [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'pasteAndMatchStyle' },
    { role: 'delete' },
    { type: 'separator' },
    { role: 'selectAll' },
  ],
};

function viewMenu({ isDev }: MenuOptions): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: '&View',
    // Zoom stays in every build: people read the register on small laptop screens.
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

const helpMenu: MenuItemConstructorOptions = {
  role: 'help',
  label: '&Help',
  submenu: [{ role: 'about', label: `About ${APP_TITLE}` }],
};

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, fileMenu(options), editMenu, viewMenu(options), helpMenu];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
