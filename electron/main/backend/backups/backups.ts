// The register's backups: taken before every import and schema upgrade, once a day on open, when a new register first
// holds an activity and when asked for (Back up now), verified, the newest 20 kept within a size cap; listed with what
// each holds, and restored (after a backup of the state being replaced).
import { copyFileSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';
import path from 'node:path';
import type { BackupInfo } from '../../../../shared/ipc/contract.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { inspectFile, ROPA_APPLICATION_ID } from '../db/file-header.ts';
import { backupFileAt, backupFileName, backupFiles, backupFolderOf, type BackupFile, type BackupReason } from './backup-files.ts';
import { quickCheck, writeVerifiedCopy } from './verified-copy.ts';

export const KEPT_BACKUPS = 20;
/** All of a register's backups together: past this, the oldest go first (the one just taken is always kept). */
export const BACKUPS_SIZE_CAP = 2 * 1024 * 1024 * 1024;

/**
 * Takes a verified copy of the open register, then drops the oldest beyond the count and size limits; the copy just
 * taken is never dropped, even when its name sorts before others (a clock set back since they were taken).
 */
export function takeBackup(db: Connection, registerPath: string, reason: BackupReason, now: Date): string {
  const target = path.join(backupFolderOf(registerPath), backupFileName(now, reason));
  writeVerifiedCopy(db, target);
  pruneBackups(registerPath, target);
  return target;
}

/** Drops the oldest backups beyond the count and size limits; `kept` (the one just taken, else the newest) counts first and stays. */
export function pruneBackups(registerPath: string, kept?: string): void {
  const files = backupFiles(registerPath);
  const first = files.findIndex((file) => file.path === kept);
  const ordered = first <= 0 ? files : [files[first] as BackupFile, ...files.slice(0, first), ...files.slice(first + 1)];
  let total = 0;
  ordered.forEach((file, index) => {
    total += file.bytes;
    if (index > 0 && (index >= KEPT_BACKUPS || total > BACKUPS_SIZE_CAP)) rmSync(file.path, { force: true });
  });
}

/** The backup at `backupPath` (one just taken) as listBackups lists it, with the records it holds. */
export function describeBackup(backupPath: string): BackupInfo {
  return { ...backupFileAt(backupPath), counts: countsOf(backupPath) };
}

/** Whether a backup was taken today (UTC) for any reason: the daily one is then not needed. */
export function backedUpToday(registerPath: string, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return backupFiles(registerPath).some((file) => file.takenAt.slice(0, 10) === today);
}

/** The backups, newest first, with the records each holds (null for one that cannot be read). */
export function listBackups(registerPath: string): BackupInfo[] {
  return backupFiles(registerPath).map((file) => ({ ...file, counts: countsOf(file.path) }));
}

function countsOf(filePath: string): BackupInfo['counts'] {
  let db: Connection | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const count = (table: string) => (db?.prepare(`SELECT count(*) AS count FROM ${table}`).get() as { count: number }).count;
    return { organisations: count('organisations'), processors: count('processors'), activities: count('activities') };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** The backup of that name, or a refusal that says which names there are. */
export function findBackup(registerPath: string, name: string): BackupFile {
  const found = backupFiles(registerPath).find((file) => file.name === name);
  if (found === undefined) {
    throw refuse('not-found', 'files:noSuchBackup', { name, folder: backupFolderOf(registerPath) });
  }
  return found;
}

/** A backup about to replace the register must be a sound RoPA Desk register; it is only read here. */
export function checkBackup(backupPath: string): void {
  const header = inspectFile(backupPath);
  if (header.kind !== 'sqlite' || header.applicationId !== ROPA_APPLICATION_ID) {
    throw refuse('invalid-file', 'files:backupNotARegister', { name: path.basename(backupPath) });
  }
  let check: string;
  try {
    check = quickCheck(backupPath);
  } catch (error) {
    throw refuse('invalid-file', 'files:backupUnreadable', { name: path.basename(backupPath), reason: (error as Error).message });
  }
  if (check !== 'ok') throw refuse('invalid-file', 'files:backupDamaged', { name: path.basename(backupPath) });
}

/** Puts `backup` in the closed register's place: copied beside it first, then renamed over it in one step. */
export function putBackInPlace(registerPath: string, backup: string): void {
  const incoming = `${registerPath}.restoring`;
  try {
    copyFileSync(backup, incoming);
    renameSync(incoming, registerPath);
  } catch (error) {
    try {
      unlinkSync(incoming);
    } catch {
      /* Nothing was copied. */
    }
    throw refuse('io', 'files:backupNotPutInPlace', { reason: (error as Error).message });
  }
}
