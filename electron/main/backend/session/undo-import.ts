// Undo last import: the register goes back to the backup taken just before the last merge (services/merges.ts), and
// the merged state is kept as a backup of its own ("undone-import"), so that undoing loses nothing either.
import { rmSync } from 'node:fs';
import type { Database as Connection } from 'better-sqlite3';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { RegisterError } from '../../../../shared/result.ts';
import { backupFiles, type BackupFile } from '../backups/backup-files.ts';
import { putBackInPlace, takeBackup } from '../backups/backups.ts';

/** The newest backup taken before an import, if any. */
export function lastImportBackup(registerPath: string): BackupFile | undefined {
  return backupFiles(registerPath).find((file) => file.reason === 'import');
}

/**
 * Keeps the merged state (a verified copy of the open register), then puts the import's backup in the register's
 * place once the caller has closed it. That backup is then used up: a second Undo goes further back, not to the same.
 */
export function undoImport(db: Connection, registerPath: string, backup: BackupFile, now: Date, close: () => void): string {
  const undone = takeBackup(db, registerPath, 'undone-import', now);
  close();
  putBackInPlace(registerPath, backup.path);
  rmSync(backup.path, { force: true });
  return undone;
}

export function noImportToUndo(registerName: string): RegisterError {
  return refuse('not-found', 'register:noImportToUndo', { register: registerName });
}
