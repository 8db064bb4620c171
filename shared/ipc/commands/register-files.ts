// Which register file is open (open, create, the demo, recent files) and its backups. Handlers:
// backend/handlers/register-files.ts.
import { command, noInput, returns } from './declare.ts';
import type { BackupInfo, OpenedFile, RegisterInfo } from '../outputs.ts';

export const registerFileCommands = {
  currentFile: command({ input: noInput, output: returns<{ path: string; nativeDialogs: boolean }>(), changesRegister: false }),
  recentFiles: command({ input: noInput, output: returns<string[]>(), changesRegister: false }),
  /** Without a path, the desktop app asks with a native dialog; other transports must give one. */
  openFile: command({
    input: ({ z }) => z.strictObject({ path: z.string().min(1).optional(), readOnly: z.boolean().optional() }),
    output: returns<OpenedFile>(),
    changesRegister: true,
  }),
  createFile: command({
    input: ({ z, languageCode }) => z.strictObject({ path: z.string().min(1).optional(), name: z.string().trim().min(1), defaultLanguage: languageCode }),
    output: returns<OpenedFile>(),
    changesRegister: true,
  }),
  openDemo: command({ input: noInput, output: returns<OpenedFile>(), changesRegister: true }),

  /**
   * Shows the open register read-only as it stood at `at` (RFC 3339), rebuilt from its audit log: every command then
   * reads that register (tables, editors, findings, reports, policy) until `at` is null, which goes back to now.
   */
  viewAsOf: command({
    input: ({ z }) => z.strictObject({ at: z.iso.datetime({ offset: true }).nullable() }),
    output: returns<RegisterInfo>(),
    changesRegister: true,
  }),

  /** The open register's backups (newest first, with when, why, size and what each holds) and their folder. */
  listBackups: command({ input: noInput, output: returns<{ folder: string; backups: BackupInfo[] }>(), changesRegister: false }),
  /**
   * Back up now: a verified backup of the open register into its backups folder (reason `manual`; the newest 20 are
   * kept, never dropping this one). Refused on a register open read-only. Writes beside the register, not in it.
   */
  createBackup: command({ input: noInput, output: returns<BackupInfo>(), changesRegister: false }),
  /** Puts a backup (by its file name in the backups folder) in the open register's place, after a backup of the state it replaces. */
  restoreBackup: command({
    input: ({ z }) => z.strictObject({ name: z.string().regex(/^[0-9A-Za-z.-]+\.ropa$/, 'is not the name of a backup file') }),
    output: returns<{ info: RegisterInfo; safetyBackup: string }>(),
    changesRegister: true,
  }),
  /** Puts the register back as it was before the last import (its copy), keeping the merged state beside it. */
  undoLastImport: command({ input: noInput, output: returns<{ info: RegisterInfo; undonePath: string }>(), changesRegister: true }),
} as const;
