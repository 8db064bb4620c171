// `ropa backups list <register.ropa> [--json]`, `ropa backups create <register.ropa>` and
// `ropa backups restore <register.ropa> <name>`: the register's backups, newest first (when, why, size, what each
// holds; with --json as a JSON array for a script), a backup taken now, and putting one back after a backup of the
// state it replaces.
import path from 'node:path';
import type { BackupInfo } from '../../shared/ipc/contract.ts';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, counted, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

export type BackupsOptions = { json?: boolean | undefined };

const USAGE = 'backups list <register.ropa> [--json] | ropa backups create <register.ropa> [--json] | ropa backups restore <register.ropa> <backup name>';

export async function backups(backend: Backend, operands: string[], options: BackupsOptions, output: Output): Promise<number> {
  const [action, registerPath, name, ...rest] = operands;
  const json = options.json === true;
  if (action === 'list' && registerPath !== undefined && name === undefined) {
    await openRegister(backend, registerPath, 'read');
    const listed = await call(backend, 'listBackups', {}, registerPath);
    if (json) {
      // Newest first, as listed; what a script reads is never worded.
      output.stdout(`${JSON.stringify(listed.backups, null, 2)}\n`);
      return 0;
    }
    output.stdout(`${t('backups.heading', { register: registerPath, folder: listed.folder })}\n`);
    if (listed.backups.length === 0) output.stdout(`  ${t('backups.none')}\n`);
    const width = Math.max(0, ...listed.backups.map((backup) => backup.name.length));
    for (const backup of listed.backups) {
      output.stdout(
        `  ${backup.name.padEnd(width)}  ${backup.takenAt}  ${backup.reason.padEnd(14)} ${(backup.bytes / 1024).toFixed(0).padStart(7)} KiB  ${countsOf(backup)}\n`,
      );
    }
    return 0;
  }
  if (action === 'create' && registerPath !== undefined && name === undefined) {
    await openRegister(backend, registerPath);
    const made = await call(backend, 'createBackup', {}, registerPath);
    if (json) output.stdout(`${JSON.stringify(made, null, 2)}\n`);
    else output.stdout(`${t('backups.created', { register: registerPath, name: made.name, folder: path.dirname(made.path), counts: countsOf(made) })}\n`);
    return 0;
  }
  if (action === 'restore' && registerPath !== undefined && name !== undefined && rest.length === 0) {
    await openRegister(backend, registerPath);
    const restored = await call(backend, 'restoreBackup', { name }, registerPath);
    output.stdout(`${t('backups.restored', { name, register: registerPath, kept: restored.safetyBackup })}\n`);
    return 0;
  }
  throw new CliFailure(t('commandLine.usage', { usage: USAGE }), 2);
}

/** "9 activities, 2 processors, 1 organisation", or that the backup cannot be read. */
function countsOf(backup: BackupInfo): string {
  if (backup.counts === null) return t('backups.unreadable');
  const { activities, processors, organisations } = backup.counts;
  return `${counted(activities, 'activity')}, ${counted(processors, 'processor')}, ${counted(organisations, 'organisation')}`;
}
