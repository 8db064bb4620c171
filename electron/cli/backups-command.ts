// `ropa backups list <register.ropa>` and `ropa backups restore <register.ropa> <name>`: the register's backups,
// newest first (when, why, size, what each holds), and putting one back after a backup of the state it replaces.
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, counted, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

export async function backups(backend: Backend, operands: string[], output: Output): Promise<number> {
  const [action, registerPath, name] = operands;
  if (action === 'list' && registerPath !== undefined && name === undefined) {
    await openRegister(backend, registerPath, 'read');
    const listed = await call(backend, 'listBackups', {}, registerPath);
    output.stdout(`${t('backups.heading', { register: registerPath, folder: listed.folder })}\n`);
    if (listed.backups.length === 0) output.stdout(`  ${t('backups.none')}\n`);
    const width = Math.max(0, ...listed.backups.map((backup) => backup.name.length));
    for (const backup of listed.backups) {
      const counts =
        backup.counts === null
          ? t('backups.unreadable')
          : `${counted(backup.counts.activities, 'activity')}, ${counted(backup.counts.processors, 'processor')}, ${counted(backup.counts.organisations, 'organisation')}`;
      output.stdout(
        `  ${backup.name.padEnd(width)}  ${backup.takenAt}  ${backup.reason.padEnd(14)} ${(backup.bytes / 1024).toFixed(0).padStart(7)} KiB  ${counts}\n`,
      );
    }
    return 0;
  }
  if (action === 'restore' && registerPath !== undefined && name !== undefined) {
    await openRegister(backend, registerPath);
    const restored = await call(backend, 'restoreBackup', { name }, registerPath);
    output.stdout(`${t('backups.restored', { name, register: registerPath, kept: restored.safetyBackup })}\n`);
    return 0;
  }
  throw new CliFailure(t('commandLine.usage', { usage: 'backups list <register.ropa> | ropa backups restore <register.ropa> <backup name>' }), 2);
}
