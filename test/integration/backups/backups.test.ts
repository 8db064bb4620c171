// The register's backups: verified copies in the folder beside it, taken once a day on open and before every import,
// the newest 20 kept; listed with what each holds; restored after a backup of the state they replace; a damaged
// backup refused with the register left as it was.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KEPT_BACKUPS, takeBackup } from '../../../electron/main/backend/backups/backups.ts';
import { registerWithFixture } from './support.ts';
import { sha256, tempFolder } from '../backend/support.ts';

describe('backups', () => {
  it('are taken once a day on open, verified, and listed with when, why, size and what they hold', async () => {
    const started = await registerWithFixture();
    const { call, clock, registerPath, backupFolder } = started;
    // Created empty (nothing to back up), filled by the import: its first backup (first-activity.test.ts).
    expect(readdirSync(backupFolder)).toEqual(['20261120T120000000Z-first-activity.ropa']);
    // The next day, opened twice: one daily backup; the day after, another.
    clock.advance(24 * 3600);
    for (const other of ['other.ropa', 'again.ropa']) {
      await call('createFile', { path: path.join(tempFolder(), other), name: 'Other', defaultLanguage: 'en' });
      await call('openFile', { path: registerPath });
    }
    expect(readdirSync(backupFolder).sort()).toEqual(['20261120T120000000Z-first-activity.ropa', '20261121T120000000Z-daily.ropa']);
    clock.advance(24 * 3600);
    await call('createFile', { path: path.join(tempFolder(), 'third.ropa'), name: 'Third', defaultLanguage: 'en' });
    await call('openFile', { path: registerPath });
    await call('openFile', { path: registerPath });
    const listed = await call('listBackups', {});
    expect(listed.folder).toBe(backupFolder);
    expect(listed.backups).toEqual([
      expect.objectContaining({
        name: '20261122T120000000Z-daily.ropa',
        reason: 'daily',
        takenAt: '2026-11-22T12:00:00Z',
        counts: { organisations: 1, processors: 2, activities: 9 },
      }),
      expect.objectContaining({ name: '20261121T120000000Z-daily.ropa', reason: 'daily', takenAt: '2026-11-21T12:00:00Z' }),
      expect.objectContaining({ name: '20261120T120000000Z-first-activity.ropa', reason: 'first-activity', takenAt: '2026-11-20T12:00:00Z' }),
    ]);
    expect(listed.backups[0]!.bytes).toBeGreaterThan(10_000);
    const copy = new Database(listed.backups[0]!.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('keep the newest 20: older ones go as new ones come', async () => {
    const { registerPath, backupFolder, clock } = await registerWithFixture();
    const db = new Database(registerPath, { readonly: true });
    for (let index = 0; index < KEPT_BACKUPS + 5; index++) {
      clock.advance(60);
      takeBackup(db, registerPath, 'import', clock.now());
    }
    db.close();
    const names = readdirSync(backupFolder).sort();
    expect(names).toHaveLength(KEPT_BACKUPS);
    expect(names[0]).toBe('20261120T120600000Z-import.ropa');
  });

  it('are taken before an import, and restored after a backup of the state they replace', async () => {
    const { call, clock } = await registerWithFixture();
    clock.advance(3600);
    const exported = await call('exportRegister', {});
    const changed = { ...exported, activities: exported.activities.slice(1) };
    await call('applyMerge', { text: JSON.stringify(changed), fileName: 'hr.ropa.json', resolutions: {} });
    expect((await call('registerInfo', {})).counts.activities).toBe(8);
    const [importBackup] = (await call('listBackups', {})).backups;
    expect(importBackup).toMatchObject({ reason: 'import', counts: { activities: 9 } });

    clock.advance(60);
    const restored = await call('restoreBackup', { name: importBackup!.name });
    expect(restored.info.counts.activities).toBe(9);
    expect(path.basename(restored.safetyBackup)).toMatch(/-before-restore\.ropa$/);
    const reasons = (await call('listBackups', {})).backups.map((backup) => [backup.reason, backup.counts?.activities]);
    expect(reasons).toEqual([
      ['before-restore', 8],
      ['import', 9],
      ['first-activity', 9],
    ]);
  });

  it('refuse a damaged backup, or a name that is none of them, and leave the register as it was', async () => {
    const { call, failure, registerPath, backupFolder } = await registerWithFixture();
    const db = new Database(registerPath, { readonly: true });
    const good = takeBackup(db, registerPath, 'daily', new Date('2026-11-19T08:00:00Z'));
    db.close();
    // Damage a page in the middle of the copy.
    const damaged = path.join(backupFolder, '20261119T090000000Z-import.ropa');
    const bytes = readFileSync(good);
    bytes.fill(0xff, 4096 * 3, 4096 * 5);
    writeFileSync(damaged, bytes);
    const before = sha256(registerPath);
    expect(await failure('restoreBackup', { name: path.basename(damaged) })).toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/is damaged|cannot be read/),
    });
    expect(await failure('restoreBackup', { name: '../acme.ropa' })).toMatchObject({ code: 'invalid-input' });
    expect(await failure('restoreBackup', { name: '20260101T000000000Z-daily.ropa' })).toMatchObject({ code: 'not-found' });
    expect(sha256(registerPath)).toBe(before);
    expect((await call('registerInfo', {})).counts.activities).toBe(9);
  });
});
