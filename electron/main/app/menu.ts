// The application menu. What the page must handle (new register, open, save, new activity) is sent to it as a
// `menu` event, so it can ask for details or warn about unsaved changes first; opening a recent file or the demo
// register is done by the shell itself (controller.ts), after asking whether to leave unsaved changes.
// Every label comes from the shell's catalogue (i18n.ts), roles included: Electron's own role labels are English.
import path from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { INTERFACE_LANGUAGES, NATIVE_LANGUAGE_NAMES, type InterfaceLanguage } from '../../../shared/interface/languages.ts';
import type { MenuCommand } from '../../../shared/ipc/contract.ts';
import { t } from './i18n.ts';
import { APP_TITLE, fileNameOf } from './title.ts';

export type MenuActions = {
  sendCommand(command: MenuCommand): void;
  openRecent(filePath: string): void;
  openDemo(): void;
  /** View › Language: a language, or null to follow the system's. */
  chooseInterfaceLanguage(language: InterfaceLanguage | null): void;
};

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only in development. */
  isDev: boolean;
  recentFiles: readonly string[];
  /** The interface language the person chose (null: none, the system's is used) and the one the system gives. */
  interfaceLanguage: { chosen: InterfaceLanguage | null; system: InterfaceLanguage };
  actions: MenuActions;
};

const MAX_RECENT = 10;

/** `name.ropa — /folder`, with `&` doubled so that Windows does not read it as a mnemonic. */
export function recentLabel(filePath: string): string {
  const label = `${fileNameOf(filePath)} — ${path.dirname(filePath)}`;
  return label.replaceAll('&', '&&');
}

function recentSubmenu({ recentFiles, actions }: MenuOptions): MenuItemConstructorOptions[] {
  if (recentFiles.length === 0) return [{ label: t('menu.noRecent'), enabled: false }];
  return recentFiles.slice(0, MAX_RECENT).map((filePath) => ({
    label: recentLabel(filePath),
    click: () => actions.openRecent(filePath),
  }));
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { actions, platform } = options;
  return {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.newActivity'), accelerator: 'CmdOrCtrl+N', click: () => actions.sendCommand('new-activity') },
      { type: 'separator' },
      {
        label: t('menu.newRegister'),
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.sendCommand('new-register'),
      },
      { label: t('menu.openRegister'), accelerator: 'CmdOrCtrl+O', click: () => actions.sendCommand('open-register') },
      { label: t('menu.openRecent'), submenu: recentSubmenu(options) },
      { label: t('menu.openDemo'), click: () => actions.openDemo() },
      { label: t('menu.backUpNow'), click: () => actions.sendCommand('back-up-now') },
      { label: t('menu.restoreBackup'), click: () => actions.sendCommand('restore-backup') },
      { label: t('menu.viewAsOf'), click: () => actions.sendCommand('view-as-of') },
      { type: 'separator' },
      { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: () => actions.sendCommand('save') },
      { type: 'separator' },
      { label: t('menu.importFile'), accelerator: 'CmdOrCtrl+I', click: () => actions.sendCommand('import-file') },
      {
        label: t('menu.export'),
        submenu: [
          { label: t('menu.registerReport'), accelerator: 'CmdOrCtrl+P', click: () => actions.sendCommand('register-report') },
          { label: t('menu.privacyPolicy'), click: () => actions.sendCommand('privacy-policy') },
          // The export for a colleague sits beside the import of the file coming back, on the Import screen.
          { label: t('menu.forColleague'), click: () => actions.sendCommand('import-file') },
        ],
      },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
    ],
  };
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'pasteAndMatchStyle', label: t('menu.pasteAndMatchStyle') },
      { role: 'delete', label: t('menu.delete') },
      { type: 'separator' },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
}

/** The interface's languages, each named in itself, after "as the system": the chosen one ticked. */
function languageSubmenu({ interfaceLanguage, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const { chosen, system } = interfaceLanguage;
  return [
    {
      type: 'radio',
      label: t('menu.systemLanguage', { language: NATIVE_LANGUAGE_NAMES[system] }),
      checked: chosen === null,
      click: () => actions.chooseInterfaceLanguage(null),
    },
    { type: 'separator' },
    ...INTERFACE_LANGUAGES.map((language): MenuItemConstructorOptions => ({
      type: 'radio',
      label: NATIVE_LANGUAGE_NAMES[language],
      checked: chosen === language,
      click: () => actions.chooseInterfaceLanguage(language),
    })),
  ];
}

function viewMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { isDev } = options;
  const development: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: t('menu.reload') },
        { role: 'forceReload', label: t('menu.forceReload') },
        { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
        { type: 'separator' },
      ]
    : [];
  return {
    label: t('menu.view'),
    // Zoom stays in every build: people read the register on small laptop screens.
    submenu: [
      ...development,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
      { type: 'separator' },
      { label: t('menu.language'), submenu: languageSubmenu(options) },
    ],
  };
}

function helpMenu(): MenuItemConstructorOptions {
  return {
    role: 'help',
    label: t('menu.help'),
    submenu: [{ role: 'about', label: t('menu.about', { app: APP_TITLE }) }],
  };
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, fileMenu(options), editMenu(), viewMenu(options), helpMenu()];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
