import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { NATIVE_LANGUAGE_NAMES } from '../../../shared/interface/languages.ts';
import { installMenu, menuTemplate, recentLabel, type MenuOptions } from '../../../electron/main/app/menu.ts';
import en from '../../../electron/main/app/locales/en.json' with { type: 'json' };

const electron = vi.hoisted(() => ({ built: [] as unknown[], applied: [] as unknown[] }));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => {
      electron.built.push(template);
      return { template };
    }),
    setApplicationMenu: vi.fn((menu: unknown) => electron.applied.push(menu)),
  },
}));

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    platform: 'linux',
    isDev: false,
    recentFiles: ['/home/dpo/acme.ropa', '/home/dpo/archive/2024.ropa'],
    interfaceLanguage: { chosen: null, system: 'en' },
    actions: { sendCommand: vi.fn(), openRecent: vi.fn(), openDemo: vi.fn(), chooseInterfaceLanguage: vi.fn() },
    ...overrides,
  };
}

const submenuOf = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const topMenu = (template: MenuItemConstructorOptions[], label: string) => template.find((item) => item.label?.replace('&', '') === label);
const item = (items: MenuItemConstructorOptions[], label: string) => items.find((entry) => entry.label === label);
const click = (entry: MenuItemConstructorOptions | undefined) => (entry?.click as unknown as (() => void) | undefined)?.();

describe('the File menu', () => {
  it('offers New, Open, Open recent, the demo register, Back up now, Restore, Save, Import, Export and Quit', () => {
    const file = submenuOf(topMenu(menuTemplate(options()), 'File'));
    const labels = file.filter((entry) => entry.label).map((entry) => entry.label);
    expect(labels).toEqual([
      'New activity',
      'New register…',
      'Open register…',
      'Open recent',
      'Open demo register',
      'Back up now',
      'Restore from backup…',
      'View as of a date…',
      'Save',
      "Import from a colleague's file…",
      'Export',
      'Quit',
    ]);
    expect(item(file, 'Quit')?.role).toBe('quit');
  });

  it('sends Back up now and Restore from backup… to the page, which calls the backend and says what was made', () => {
    const menu = options();
    const file = submenuOf(topMenu(menuTemplate(menu), 'File'));
    click(item(file, 'Back up now'));
    click(item(file, 'Restore from backup…'));
    click(item(file, 'View as of a date…'));
    expect(vi.mocked(menu.actions.sendCommand).mock.calls).toEqual([['back-up-now'], ['restore-backup'], ['view-as-of']]);
  });

  it('sends Import (Ctrl/Cmd+I) to the page, which shows the Import screen', () => {
    const menu = options();
    const entry = item(submenuOf(topMenu(menuTemplate(menu), 'File')), "Import from a colleague's file…");
    expect(entry?.accelerator).toBe('CmdOrCtrl+I');
    click(entry);
    expect(menu.actions.sendCommand).toHaveBeenCalledWith('import-file');
  });

  it('sends Export › Register report… (Ctrl/Cmd+P) to the page, which opens the report dialog', () => {
    const menu = options();
    const exports = submenuOf(item(submenuOf(topMenu(menuTemplate(menu), 'File')), 'Export'));
    const report = item(exports, 'Register report…');
    expect(report?.accelerator).toBe('CmdOrCtrl+P');
    click(report);
    expect(vi.mocked(menu.actions.sendCommand).mock.calls).toEqual([['register-report']]);
  });

  it('sends New register, Open register, Save and New activity to the page, which asks for details or unsaved changes', () => {
    const menu = options();
    const file = submenuOf(topMenu(menuTemplate(menu), 'File'));
    click(item(file, 'New register…'));
    click(item(file, 'Open register…'));
    click(item(file, 'Save'));
    click(item(file, 'New activity'));
    expect(vi.mocked(menu.actions.sendCommand).mock.calls).toEqual([['new-register'], ['open-register'], ['save'], ['new-activity']]);
  });

  it('saves with Ctrl+S (Cmd+S on a Mac) and opens with Ctrl/Cmd+O', () => {
    const file = submenuOf(topMenu(menuTemplate(options()), 'File'));
    expect(item(file, 'Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(item(file, 'Open register…')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('lists recent registers by name and folder, and opens the one chosen', () => {
    const menu = options();
    const recent = submenuOf(item(submenuOf(topMenu(menuTemplate(menu), 'File')), 'Open recent'));
    expect(recent.map((entry) => entry.label)).toEqual(['acme.ropa — /home/dpo', '2024.ropa — /home/dpo/archive']);
    click(recent[1]);
    expect(menu.actions.openRecent).toHaveBeenCalledWith('/home/dpo/archive/2024.ropa');
  });

  it('says so when there are no recent registers', () => {
    const recent = submenuOf(item(submenuOf(topMenu(menuTemplate(options({ recentFiles: [] })), 'File')), 'Open recent'));
    expect(recent).toEqual([{ label: 'No recent registers', enabled: false }]);
  });

  it('opens the demo register', () => {
    const menu = options();
    click(item(submenuOf(topMenu(menuTemplate(menu), 'File')), 'Open demo register'));
    expect(menu.actions.openDemo).toHaveBeenCalled();
  });

  it('keeps an ampersand in a file name from turning into a keyboard mnemonic', () => {
    expect(recentLabel('/home/dpo/Smith & Co.ropa')).toBe('Smith && Co.ropa — /home/dpo');
  });
});

describe('the other menus', () => {
  it('has Edit with the standard roles', () => {
    const roles = submenuOf(topMenu(menuTemplate(options()), 'Edit')).map((entry) => entry.role ?? entry.type);
    expect(roles).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'separator', 'selectAll']);
  });

  it('offers reload and developer tools only in development; zoom always', () => {
    const roles = (isDev: boolean) => submenuOf(topMenu(menuTemplate(options({ isDev })), 'View')).map((entry) => entry.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools', 'zoomIn']));
  });

  it('has Help with About', () => {
    const help = submenuOf(topMenu(menuTemplate(options()), 'Help'));
    expect(help[0]).toMatchObject({ role: 'about', label: 'About RoPA Desk' });
  });

  it('follows the Mac conventions: the app menu first, and File › Close instead of Quit', () => {
    const template = menuTemplate(options({ platform: 'darwin' }));
    expect(template[0]).toEqual({ role: 'appMenu' });
    const file = submenuOf(topMenu(template, 'File'));
    expect(file.at(-1)).toEqual({ role: 'close', label: 'Close window' });
  });

  it('is installed as the application menu', () => {
    installMenu(options());
    expect(electron.built).toHaveLength(1);
    expect(electron.applied).toEqual([{ template: electron.built[0] }]);
  });
});

describe('the words of the menus', () => {
  /** Every label in a template, submenus included; the recent files are names, not words. */
  function labels(items: MenuItemConstructorOptions[], recentFiles: readonly string[]): string[] {
    return items.flatMap((entry) => [
      ...(entry.label === undefined || recentFiles.some((file) => entry.label === recentLabel(file)) ? [] : [entry.label]),
      ...labels(submenuOf(entry), recentFiles),
    ]);
  }
  // The language names are each in its own language, whatever the menus' language (NATIVE_LANGUAGE_NAMES).
  const catalogue = new Set([
    ...Object.values(en.menu).map((text) => text.replace('{{app}}', 'RoPA Desk').replace('{{language}}', 'English')),
    ...Object.values(NATIVE_LANGUAGE_NAMES),
  ]);

  it.each(['linux', 'win32', 'darwin'] as const)('come from the shell’s catalogue (i18n), none written in the code (%s)', (platform) => {
    for (const isDev of [false, true]) {
      const menu = options({ platform, isDev });
      const found = labels(menuTemplate(menu), menu.recentFiles);
      expect(found.length).toBeGreaterThan(20);
      expect(found.filter((label) => !catalogue.has(label))).toEqual([]);
    }
    expect(labels(menuTemplate(options({ platform, recentFiles: [] })), [])).toContain('No recent registers');
  });

  it('label every role too, as Electron’s own role labels are English only (the Mac app menu excepted)', () => {
    const unlabelled = (items: MenuItemConstructorOptions[]): unknown[] =>
      items.flatMap((entry) => [...(entry.role && !entry.label ? [entry.role] : []), ...unlabelled(submenuOf(entry))]);
    expect(unlabelled(menuTemplate(options({ isDev: true })))).toEqual([]);
    expect(unlabelled(menuTemplate(options({ platform: 'darwin' })))).toEqual(['appMenu']);
  });
});

describe('View › Language', () => {
  const languageItems = (menu: MenuOptions) => submenuOf(item(submenuOf(topMenu(menuTemplate(menu), 'View')), 'Language'));

  it('lists "as the system" and the four interface languages, each named in itself, the choice ticked', () => {
    const items = languageItems(options({ interfaceLanguage: { chosen: 'bg', system: 'sl' } })).filter((entry) => entry.type === 'radio');
    expect(items.map((entry) => entry.label)).toEqual(['As the system (Slovenščina)', 'English', 'Українська', 'Български', 'Slovenščina']);
    expect(items.filter((entry) => entry.checked).map((entry) => entry.label)).toEqual(['Български']);
  });

  it('ticks "as the system" while no language is chosen, and passes on the one clicked', () => {
    const menu = options();
    const items = languageItems(menu);
    expect(item(items, 'As the system (English)')?.checked).toBe(true);
    click(item(items, 'Українська'));
    click(item(items, 'As the system (English)'));
    expect(menu.actions.chooseInterfaceLanguage).toHaveBeenNthCalledWith(1, 'uk');
    expect(menu.actions.chooseInterfaceLanguage).toHaveBeenNthCalledWith(2, null);
  });
});
