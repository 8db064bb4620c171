// Follows which register is open and keeps the shell in step with it: the title bar, the Open Recent menu, and
// the page (told of a register the shell itself opened: a recent file, the demo, a file from a second start).
// Before the shell opens another register by itself, it asks whether to leave unsaved changes (unsaved.ts): the
// page forgets its draft when the register changes under it.
import path from 'node:path';
import type { CommandName, MenuCommand, RegisterInfo, RopaEvent } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/result.ts';
import type { Backend } from '../backend/backend.ts';
import { t } from './i18n.ts';
import { windowTitle } from './title.ts';

export type ShellWindow = {
  setTitle(title: string): void;
  isDestroyed(): boolean;
  /** Delivers an event to the page. */
  send(event: RopaEvent): void;
};

export type ControllerOptions = {
  backend: Pick<Backend, 'invoke' | 'onEvent'>;
  window: () => ShellWindow | null;
  /** Rebuilds the application menu with these recent files. */
  installMenu: (recentFiles: string[]) => void;
  /** Tells the person an open failed (a native message box). */
  showError: (message: string, detail: string) => void;
  /**
   * Asked before the shell opens another register on its own initiative: false (the person stays with unsaved
   * changes) opens nothing. Without it, the shell opens at once.
   */
  confirmLeave?: () => Promise<boolean>;
};

function isRegisterInfo(value: unknown): value is RegisterInfo {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<RegisterInfo>;
  return typeof candidate.name === 'string' && typeof candidate.filePath === 'string';
}

/** The register a command's answer shows to be open, if it says. */
export function openedRegisterOf(name: CommandName, result: Result<unknown>): RegisterInfo | null {
  if (!result.ok) return null;
  switch (name) {
    case 'registerInfo':
    case 'updateRegister':
      return isRegisterInfo(result.value) ? result.value : null;
    case 'openFile':
    case 'createFile':
    case 'openDemo': {
      const info = (result.value as { info?: unknown } | null)?.info;
      return isRegisterInfo(info) ? info : null;
    }
    default:
      return null;
  }
}

export type Controller = ReturnType<typeof createController>;

export function createController({ backend, window, installMenu, showError, confirmLeave }: ControllerOptions) {
  let current: RegisterInfo | null = null;
  let openedEvents = 0;

  const liveWindow = () => {
    const shellWindow = window();
    return shellWindow && !shellWindow.isDestroyed() ? shellWindow : null;
  };

  /** The backend resolves a path the same way before it compares it with the open file. */
  const isOpen = (filePath: string) => current !== null && path.resolve(filePath) === path.resolve(current.filePath);

  async function refreshMenu(): Promise<void> {
    const recent = await backend.invoke('recentFiles', {});
    installMenu(recent.ok && Array.isArray(recent.value) ? (recent.value as string[]) : []);
  }

  function showRegister(info: RegisterInfo): void {
    const fileChanged = current?.filePath !== info.filePath;
    current = info;
    liveWindow()?.setTitle(windowTitle(current));
    if (fileChanged) void refreshMenu();
  }

  backend.onEvent((event) => {
    if (event.type === 'register-opened') {
      openedEvents += 1;
      showRegister(event.info);
    }
    liveWindow()?.send(event);
  });

  return {
    get current(): RegisterInfo | null {
      return current;
    },
    showRegister,
    refreshMenu,
    /** A new window takes the title of the register already open. */
    windowCreated(): void {
      liveWindow()?.setTitle(windowTitle(current));
    },
    /** Every command the page ran: follow renames and opens. */
    commandAnswered(name: CommandName, result: Result<unknown>): void {
      const info = openedRegisterOf(name, result);
      if (info) showRegister(info);
    },
    sendMenuCommand(command: MenuCommand): void {
      liveWindow()?.send({ type: 'menu', command });
    },
    /**
     * Opens a register on the shell's own initiative and tells the page, unless the backend already did. Unsaved
     * changes are asked about first, except when the file is the one open: the page keeps its draft then.
     */
    async open(name: 'openFile' | 'openDemo', input: { path?: string }): Promise<void> {
      const reopening = name === 'openFile' && input.path !== undefined && isOpen(input.path);
      if (!reopening && confirmLeave && !(await confirmLeave())) return;
      const before = openedEvents;
      const result = await backend.invoke(name, name === 'openDemo' ? {} : input);
      if (!result.ok) {
        if (result.error.code !== 'cancelled') showError(t('error.openFailed'), result.error.message);
        return;
      }
      const info = openedRegisterOf(name, result);
      if (!info) return;
      showRegister(info);
      if (openedEvents === before) liveWindow()?.send({ type: 'register-opened', info });
    },
  };
}
