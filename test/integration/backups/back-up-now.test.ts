// Back up now (createBackup): a verified backup taken when the person asks, answered with what it is (its name, where,
// what it holds) and listed first with the reason "manual"; refused on a register open read-only; never dropped by the
// "newest 20" rule that makes room for it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KEPT_BACKUPS, takeBackup } from '../../../electron/main/backend/backups/backups.ts';
import { registerWithFixture } from './support.ts';
import { startBackend } from '../backend/support.ts';

describe('Back up now', () => {
  it('takes a verified backup, answers what it is, and lists it first with the reason "manual"', async () => {
    const { call, clock, backupFolder } = await registerWithFixture();
    const revision = (await call('registerInfo', {})).revision;
    clock.advance(90);
    const made = await call('createBackup', {});
    expect(made).toEqual({
      name: '20261120T120130000Z-manual.ropa',
      path: path.join(backupFolder, '20261120T120130000Z-manual.ropa'),
      takenAt: '2026-11-20T12:01:30Z',
      reason: 'manual',
      bytes: expect.any(Number),
      counts: { organisations: 1, processors: 2, activities: 9 },
    });
    expect(made.bytes).toBeGreaterThan(10_000);
    const copy = new Database(made.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    const listed = await call('listBackups', {});
    expect(listed.backups[0]).toEqual(made);
    expect(listed.backups.map((backup) => backup.reason)).toEqual(['manual', 'first-activity']);
    // The register itself is not changed by a backup of it.
    expect((await call('registerInfo', {})).revision).toBe(revision);

    // Asked again a minute later: another, beside the first.
    clock.advance(60);
    await call('createBackup', {});
    expect((await call('listBackups', {})).backups.map((backup) => backup.name)).toEqual([
      '20261120T120230000Z-manual.ropa',
      '20261120T120130000Z-manual.ropa',
      '20261120T120000000Z-first-activity.ropa',
    ]);
  });

  it('is refused on a register open read-only, saying so, and writes nothing', async () => {
    const { registerPath, backupFolder } = await registerWithFixture();
    const before = readdirSync(backupFolder);
    const reader = startBackend();
    await reader.call('openFile', { path: registerPath, readOnly: true });
    expect(await reader.failure('createBackup', {})).toMatchObject({
      code: 'in-use',
      message:
        'No backup was taken: acme.ropa is open read-only (another RoPA Desk is writing to it, or the file is write-protected); back it up where it is open for editing',
    });
    expect(readdirSync(backupFolder)).toEqual(before);
  });

  it('is refused in the language of whoever asked', async () => {
    const { registerPath } = await registerWithFixture();
    const reader = startBackend({ systemLanguages: ['uk-UA'] });
    await reader.call('openFile', { path: registerPath, readOnly: true });
    expect((await reader.failure('createBackup', {})).message).toMatch(/^Резервну копію не створено: acme\.ropa відкрито лише для читання/);
  });

  it('is refused with no register open', async () => {
    const { failure } = startBackend();
    expect(await failure('createBackup', {})).toMatchObject({ code: 'no-register' });
  });

  it('keeps the backup just made when the newest 20 are kept, even if the clock was set back since the others', async () => {
    const { call, registerPath, backupFolder } = await registerWithFixture();
    // Twenty backups dated a year ahead (a clock that was wrong then, or is wrong now).
    const db = new Database(registerPath, { readonly: true });
    for (let index = 0; index < KEPT_BACKUPS; index++) takeBackup(db, registerPath, 'daily', new Date(Date.UTC(2027, 10, 1 + index, 8)));
    db.close();
    expect(readdirSync(backupFolder)).toHaveLength(KEPT_BACKUPS);

    const made = await call('createBackup', {});
    const names = readdirSync(backupFolder).sort();
    expect(names).toHaveLength(KEPT_BACKUPS);
    expect(names).toContain(made.name);
    // Room was made by dropping the oldest of the others, not the one just made.
    expect(names).not.toContain('20271101T080000000Z-daily.ropa');
    expect(names).toContain('20271120T080000000Z-daily.ropa');
  });
});
