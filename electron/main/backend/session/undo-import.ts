// Undo last import: the register goes back to the copy taken just before the last merge (see services/merges.ts),
// and the merged state is kept beside it, renamed, so that undoing loses nothing either.
import { copyFileSync, existsSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { RegisterError } from '../../../../shared/result.ts';

/** The newest `<name>.before-import-<time>.ropa` beside the register, if any. */
export function lastImportBackup(registerPath: string): string | undefined {
  const { dir, name, ext } = path.parse(registerPath);
  const prefix = `${name}.before-import-`;
  const backups = readdirSync(dir)
    .filter((file) => file.startsWith(prefix) && file.endsWith(ext))
    .sort();
  const newest = backups.at(-1);
  return newest === undefined ? undefined : path.join(dir, newest);
}

/**
 * Puts the backup in the register's place; the register must be closed. The merged state becomes
 * `<name>.undone-import-<time>.ropa`. If a step fails, the register is put back as it was.
 */
export function restoreImportBackup(registerPath: string, backup: string): string {
  const { dir, name, ext } = path.parse(registerPath);
  const stamp = path.basename(backup, ext).slice(`${name}.before-import-`.length);
  const undone = path.join(dir, `${name}.undone-import-${stamp}${ext}`);
  const incoming = `${registerPath}.restoring`;
  copyFileSync(backup, incoming);
  renameSync(registerPath, undone);
  try {
    renameSync(incoming, registerPath);
  } catch (error) {
    renameSync(undone, registerPath);
    if (existsSync(incoming)) unlinkSync(incoming);
    throw new RegisterError('io', `The import could not be undone (${(error as Error).message}); the register is as it was`);
  }
  unlinkSync(backup);
  return undone;
}
