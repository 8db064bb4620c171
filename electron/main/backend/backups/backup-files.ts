// Where a register's backups live and what their names say. They sit in a folder beside the register
// (`Register.ropa` → `Register.backups/`), so the desktop app and the command line keep one set, and the copies move
// with the register when it is moved. A backup's name carries when and why it was taken:
// `20261202T101500123Z-import.ropa` (names of older versions, to the second, `20261202T101500Z-daily.ropa`, still
// read). A reason this version does not know (one of a newer version) is a file of another name: left alone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../../shared/ipc/contract.ts';
import { REGISTER_EXTENSION } from '../files/file-names.ts';

export type { BackupReason };

const NAME = /^(\d{8}T\d{6}(?:\d{3})?Z)-([a-z-]+)\.ropa$/;

export function backupFolderOf(registerPath: string): string {
  const { dir, name } = path.parse(registerPath);
  return path.join(dir, `${name}.backups`);
}

/** `2026-12-02T10:15:00.123Z` → `20261202T101500123Z`: sorts by time, and two copies in one second differ. */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function backupFileName(date: Date, reason: BackupReason): string {
  return `${stampOf(date)}-${reason}${REGISTER_EXTENSION}`;
}

export type BackupFile = Omit<BackupInfo, 'counts'>;

function isReason(value: string): value is BackupReason {
  return (BACKUP_REASONS as readonly string[]).includes(value);
}

/** What a backup's file name says (when and why it was taken), or undefined for a file of another name. */
function backupFileIn(folder: string, name: string): BackupFile | undefined {
  const match = NAME.exec(name);
  if (match === null || !isReason(match[2] ?? '')) return undefined;
  const stamp = match[1] ?? '';
  const takenAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
  const filePath = path.join(folder, name);
  return { name, path: filePath, takenAt, reason: match[2] as BackupReason, bytes: statSync(filePath).size };
}

/** The backups of the register, newest first; files of other names in the folder are left alone. */
export function backupFiles(registerPath: string): BackupFile[] {
  const folder = backupFolderOf(registerPath);
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder).flatMap((name) => backupFileIn(folder, name) ?? []);
  return files.sort((a, b) => b.name.localeCompare(a.name));
}

/** The backup at `backupPath` (one just taken), as backupFiles lists it. */
export function backupFileAt(backupPath: string): BackupFile {
  const file = backupFileIn(path.dirname(backupPath), path.basename(backupPath));
  if (file === undefined) throw new Error(`${backupPath} is not named as a backup`);
  return file;
}

/** Whether the register has any backup: one look at its folder, no file opened. */
export function hasBackups(registerPath: string): boolean {
  const folder = backupFolderOf(registerPath);
  return existsSync(folder) && readdirSync(folder).some((name) => isReason(NAME.exec(name)?.[2] ?? ''));
}
