// A backup that can be trusted: SQLite writes a consistent copy of the open register (VACUUM INTO, which also
// compacts it), the copy is checked (`PRAGMA quick_check`) and only then given its name. A copy that fails the check,
// or a full disk, leaves nothing behind.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { isDiskFull } from '../files/disk-full.ts';

export function writeVerifiedCopy(db: Connection, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const check = quickCheck(partial);
    if (check !== 'ok') throw refuse('io', 'files:backupFailedCheck');
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    if (isDiskFull(error)) throw refuse('io', 'files:backupDiskFull', { folder: path.dirname(target) });
    throw error;
  }
}

/** SQLite's `quick_check` of a file, opened read-only only for it: 'ok', or what it found. */
export function quickCheck(filePath: string): string {
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('quick_check', { simple: true }));
  } finally {
    db.close();
  }
}
