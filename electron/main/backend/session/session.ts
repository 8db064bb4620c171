// The register that is open, and the files around it: open, create, the demo, the recent list, the first start.
import { existsSync, mkdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo, OpenedFile, RegisterInfo, RopaEvent } from '../../../../shared/ipc/contract.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import type { Host } from '../backend.ts';
import type { ConnectionOptions } from '../db/connection.ts';
import type { ServiceDependencies } from '../services/index.ts';
import { buildDemoRegister, demoRegisterPath, placeDemoRegister } from './demo.ts';
import type { Logger } from './logger.ts';
import { createRegisterStoreFile, openRegisterStore, type RegisterStore } from './register-store.ts';
import { settingsStore } from './settings.ts';
import type { InterfaceLanguage } from '../../../../shared/interface/languages.ts';
import { backupFolderOf, hasBackups } from '../backups/backup-files.ts';
import { registerFileName } from '../files/file-names.ts';
import { backedUpToday, checkBackup, describeBackup, findBackup, listBackups, putBackInPlace, takeBackup } from '../backups/backups.ts';
import { lastImportBackup, noImportToUndo, undoImport } from './undo-import.ts';
import { clearAsOfViews, openAsOfView } from './as-of-view.ts';

export const DEFAULT_REGISTER_FILE = 'Register.ropa';
export const DEFAULT_REGISTER_NAME = 'Register of processing activities';
export const DEFAULT_LANGUAGE = 'en';

export type SessionOptions = {
  dataDir: string;
  host: Host;
  dependencies: ServiceDependencies;
  resourcesDir: string;
  log: Logger;
  connection?: ConnectionOptions;
};

export function createSession(options: SessionOptions) {
  const dataDir = path.resolve(options.dataDir);
  /** Once a day, on open, a verified copy of a register that holds anything; a failure is logged, never in the way. */
  const dailyBackup = (opened: RegisterStore) => {
    const now = options.dependencies.clock();
    try {
      const counts = opened.services.register.info().counts;
      // The demo register is a fresh copy each time it is opened: nothing in it to lose.
      if (opened.filePath === demoRegisterPath(dataDir)) return;
      if (counts.organisations + counts.processors + counts.activities === 0 || backedUpToday(opened.filePath, now)) return;
      takeBackup(opened.db, opened.filePath, 'daily', now);
    } catch (error) {
      options.log(`The daily backup of ${opened.filePath} could not be taken`, error);
    }
  };

  const settings = settingsStore(dataDir, options.log);
  const listeners = new Set<(event: RopaEvent) => void>();
  let current: RegisterStore | null = null;
  /**
   * The open register when it had no backup when opened (a new one): its first backup is taken once it holds an
   * activity (afterChange). Null otherwise, and from then on: an ordinary save then costs nothing more.
   */
  let awaitingFirstBackup: RegisterStore | null = null;
  /** While the register is viewed as of a moment (`current` is then that view): the register itself, kept open. */
  let liveDuringView: RegisterStore | null = null;
  clearAsOfViews(dataDir);

  /** Whether a register just opened waits for its first backup: not read-only, not the demo, none in its folder. */
  const waitsForFirstBackup = (opened: RegisterStore): boolean => {
    if (opened.readOnly || opened.filePath === demoRegisterPath(dataDir)) return false;
    try {
      return !hasBackups(opened.filePath);
    } catch (error) {
      options.log(`The backups of ${opened.filePath} could not be looked for`, error);
      return false;
    }
  };

  const emit = (event: RopaEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        options.log('An event listener failed', error);
      }
    }
  };

  const store = (): RegisterStore => {
    if (current === null) throw refuse('no-register', 'register:noRegisterOpen');
    return current;
  };

  /** Ends a view as of a moment, if one is shown: the register itself is the open one again. */
  const leaveView = (): void => {
    if (liveDuringView === null) return;
    current?.close();
    current = liveDuringView;
    liveDuringView = null;
  };

  /** Refuses what would change the register while it is viewed as of a moment. */
  const refuseWhileViewing = (): void => {
    const at = current?.services.register.info().asOf ?? null;
    if (at !== null) throw refuse('in-use', 'history:viewedAsOf', { at });
  };

  /** Opens `filePath` and makes it the open register; if it cannot be opened, the one open before stays open. */
  const switchTo = (filePath: string, readOnly = false): RegisterInfo => {
    leaveView();
    const resolved = path.resolve(filePath);
    if (current?.filePath === resolved && current.readOnly === readOnly) return current.services.register.info();
    // The same register in the other mode: given up first, so that it is not this process that holds it.
    if (current?.filePath === resolved) {
      current.close();
      current = null;
    }
    const next = openRegisterStore(resolved, options.dependencies, { ...options.connection, readOnly });
    current?.close();
    current = next;
    if (!readOnly) dailyBackup(next);
    awaitingFirstBackup = waitsForFirstBackup(next) ? next : null;
    settings.rememberRecent(resolved);
    const info = next.services.register.info();
    emit({ type: 'register-opened', info });
    return info;
  };

  /**
   * Replaces the open register's file with a backup: the backup must pass a check first; `swap` keeps what must be
   * kept, closes the register (`close`) and puts the backup in place. The register is opened again whatever happens.
   */
  /** Puts an older file in the open register's place (`swap`), keeping the history that led here (services/audit.ts). */
  const replaceWith = <T>(backupPath: string, kind: 'restore' | 'undo-import', swap: (close: () => void) => T): { info: RegisterInfo; result: T } => {
    checkBackup(backupPath);
    const registerPath = store().filePath;
    const history = store().services.audit.beforeSwap();
    const close = () => {
      current?.close();
      current = null;
    };
    try {
      const result = swap(close);
      switchTo(registerPath);
      store().services.audit.afterSwap(history, kind, path.basename(backupPath));
      return { info: store().services.register.info(), result };
    } finally {
      if (current === null) switchTo(registerPath);
    }
  };

  const create = (filePath: string, name: string, defaultLanguage: string): RegisterInfo => {
    const resolved = path.resolve(filePath);
    mkdirSync(path.dirname(resolved), { recursive: true });
    createRegisterStoreFile(resolved, { name, defaultLanguage }, options.dependencies, options.connection);
    return switchTo(resolved);
  };

  return {
    store,
    info: (): RegisterInfo => store().services.register.info(),
    // While viewed as of a moment, the file is still the register's own (the view's copy is the session's business).
    currentFile: () => ({ path: (liveDuringView ?? store()).filePath, nativeDialogs: options.host.nativeDialogs }),
    recentFiles: (): string[] => settings.recentFiles(),

    interfaceLanguage: (): InterfaceLanguage | null => settings.interfaceLanguage(),

    /** Keeps the person's choice of interface language and tells the shell and the window. */
    chooseInterfaceLanguage(language: InterfaceLanguage | null): InterfaceLanguage | null {
      settings.chooseInterfaceLanguage(language);
      emit({ type: 'interface-language', language });
      return language;
    },

    /** Without a path the host asks (a native dialog in the desktop app); no answer means cancelled. */
    async openFile(filePath?: string, readOnly = false): Promise<OpenedFile> {
      const chosen = filePath ?? (await options.host.chooseRegisterToOpen());
      if (chosen === null) return { cancelled: true };
      try {
        return { info: switchTo(chosen, readOnly) };
      } catch (error) {
        // A file chosen in the dialog is named in the refusal: the page may then offer to open it read-only.
        throw filePath === undefined && error instanceof RegisterError ? error.aboutFile(path.resolve(chosen)) : error;
      }
    },

    async createFile(input: { path?: string | undefined; name: string; defaultLanguage: string }): Promise<OpenedFile> {
      const chosen = input.path ?? (await options.host.chooseRegisterToCreate(registerFileName(input.name)));
      if (chosen === null) return { cancelled: true };
      return { info: create(chosen, input.name, input.defaultLanguage) };
    },

    /** Shows the open register read-only as it stood at `at` (see as-of-view.ts); null goes back to the register now. */
    viewAsOf(at: string | null): RegisterInfo {
      if (at === null) {
        leaveView();
      } else {
        const live = liveDuringView ?? store();
        const view = openAsOfView(live, at, dataDir, options.dependencies, options.connection);
        if (liveDuringView !== null) current?.close();
        liveDuringView = live;
        current = view;
      }
      const info = store().services.register.info();
      emit({ type: 'register-opened', info });
      return info;
    },

    refuseWhileViewing,

    /** The register itself, also while it is viewed as of a moment: its history, which the view's copy does not have. */
    registerItself: (): RegisterStore => liveDuringView ?? store(),

    /** A fresh copy of the demo register, replacing the previous one, opened. */
    openDemo(): OpenedFile {
      const target = demoRegisterPath(dataDir);
      const building = buildDemoRegister(dataDir, options.resourcesDir, options.dependencies, options.connection);
      try {
        // The old demo file may be the open one; on Windows an open file cannot be replaced.
        if (current?.filePath === target) {
          current.close();
          current = null;
        }
        placeDemoRegister(building, target);
      } catch (error) {
        if (existsSync(building)) unlinkSync(building);
        throw error;
      }
      return { info: switchTo(target) };
    },

    /** At start: the given file, else the most recent one, else the default register (created on first run). */
    async openInitial(filePath?: string): Promise<RegisterInfo> {
      if (filePath !== undefined) return switchTo(filePath);
      const recent = settings.recentFiles()[0];
      if (recent !== undefined) {
        try {
          return switchTo(recent);
        } catch (error) {
          // The app must start even if the last file was damaged or moved; the default register is the way in.
          options.log(`Could not reopen the most recent register ${recent}; opening the default register`, error);
        }
      }
      const fallback = path.join(dataDir, DEFAULT_REGISTER_FILE);
      return existsSync(fallback) ? switchTo(fallback) : create(fallback, DEFAULT_REGISTER_NAME, DEFAULT_LANGUAGE);
    },

    /** Puts back the copy taken before the last import into the open register, and reopens it. */
    undoLastImport(): { info: RegisterInfo; undonePath: string } {
      refuseWhileViewing();
      const open = store();
      const backup = lastImportBackup(open.filePath);
      if (backup === undefined) throw noImportToUndo(path.basename(open.filePath));
      const { info, result } = replaceWith(backup.path, 'undo-import', (close) =>
        undoImport(open.db, open.filePath, backup, options.dependencies.clock(), close),
      );
      return { info, undonePath: result };
    },

    /** The open register's backups, newest first, and the folder they are kept in. */
    listBackups() {
      const { filePath } = liveDuringView ?? store();
      return { folder: backupFolderOf(filePath), backups: listBackups(filePath) };
    },

    /** Back up now: a verified backup of the open register (reason `manual`), refused on one open read-only. */
    createBackup(): BackupInfo {
      refuseWhileViewing();
      const open = store();
      if (open.readOnly) throw refuse('in-use', 'files:backupReadOnly', { register: path.basename(open.filePath) });
      const made = takeBackup(open.db, open.filePath, 'manual', options.dependencies.clock());
      if (awaitingFirstBackup === open) awaitingFirstBackup = null;
      return describeBackup(made);
    },

    /**
     * After a command that changes the register has committed (handlers/index.ts): a register that had no backup
     * gets its first once it holds an activity (saved, imported, added from a template), so that the first work put
     * into a new register is never only in the one file. Once it has one, nothing is looked at again while it is open.
     * A failure is logged, never in the way of the change just made.
     */
    afterChange(): void {
      const open = current;
      if (open === null || awaitingFirstBackup !== open) return;
      try {
        if (open.services.register.info().counts.activities === 0) return;
        awaitingFirstBackup = null;
        if (hasBackups(open.filePath)) return; // one taken meanwhile (before a merge, say)
        takeBackup(open.db, open.filePath, 'first-activity', options.dependencies.clock());
      } catch (error) {
        awaitingFirstBackup = null;
        options.log(`The first backup of ${open.filePath} could not be taken`, error);
      }
    },

    /** Puts the backup called `name` in the open register's place, after a backup of the state it replaces. */
    restoreBackup(name: string): { info: RegisterInfo; safetyBackup: string } {
      refuseWhileViewing();
      const open = store();
      const backup = findBackup(open.filePath, name);
      const { info, result } = replaceWith(backup.path, 'restore', (close) => {
        const safety = takeBackup(open.db, open.filePath, 'before-restore', options.dependencies.clock());
        close();
        putBackInPlace(open.filePath, backup.path);
        return safety;
      });
      return { info, safetyBackup: result };
    },

    emit,

    onEvent(listener: (event: RopaEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    close(): void {
      leaveView();
      current?.close();
      current = null;
      awaitingFirstBackup = null;
    },
  };
}

export type Session = ReturnType<typeof createSession>;
