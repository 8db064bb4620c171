// `ropa import` into a register that holds records: the merge is written in one go after a copy of the register,
// every changed field audited with the file's name and hash; conflicts, dangling references and bad input write
// nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import { sha256, tempDir } from '../../support/cli.ts';
// In-process: the same runCli as `ropa`, without a Node start per command (see cli-in-process.ts).
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';

async function registerOf(fixture: string, folder: string): Promise<string> {
  const register = path.join(folder, `${fixture}.ropa`);
  expect((await ropa(['init', register])).status).toBe(0);
  expect((await ropa(['import', register, fixturePath(fixture)])).stderr).toBe('');
  return register;
}

async function exported(register: string, folder: string, name = 'export.ropa.json'): Promise<ExchangeDocument> {
  const file = path.join(folder, name);
  expect((await ropa(['export', register, '--out', file])).status).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8')) as ExchangeDocument;
}

function written(folder: string, name: string, document: ExchangeDocument): string {
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

/** The register's backups folder (beside it), and the names of the backups in it. */
const backupFolder = (register: string) => register.replace(/\.ropa$/, '.backups');
const backupsOf = (register: string) => (existsSync(backupFolder(register)) ? readdirSync(backupFolder(register)) : []);

const activityIn = (document: ExchangeDocument, index: number) => {
  const activity = document.activities[index];
  if (activity === undefined) throw new Error(`no activity ${index}`);
  return activity;
};

describe('merging a colleague’s file into a register that holds records', () => {
  it('writes their edits, keeps ours, audits each field with the file and its hash, and leaves a copy of the register before', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('bytheway-en', folder);
    const theirs = await exported(register, folder);
    activityIn(theirs, 0).retention = 'Five years after the account is closed';
    theirs.activities.push({ ...structuredClone(activityIn(theirs, 1)), id: '00000000-0000-4000-8000-0000000000b1', name: 'Onboarding of drivers' });
    const file = written(folder, 'from-hr.ropa.json', theirs);

    const run = await ropa(['import', register, file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Merged: 1 created, 1 updated, 0 deleted/);

    const after = await exported(register, folder, 'after.ropa.json');
    expect(activityIn(after, 0).retention).toBe('Five years after the account is closed');
    expect(after.activities.map((activity) => activity.name)).toContain('Onboarding of drivers');

    const db = new Database(register, { readonly: true });
    const audit = db.prepare("SELECT action, changes, source FROM audit_log WHERE source LIKE 'from-hr.ropa.json%' ORDER BY id").all() as Array<{
      action: string;
      changes: string;
      source: string;
    }>;
    db.close();
    expect(audit.map((row) => row.action)).toEqual(['update', 'create']);
    expect(audit[0]?.source).toBe(`from-hr.ropa.json (sha256 ${sha256(file)})`);
    expect(JSON.parse(audit[0]?.changes ?? '[]')).toEqual([expect.objectContaining({ field: 'retention' })]);

    const backup = backupsOf(register).find((name) => name.endsWith('-import.ropa'));
    expect(backup).toBeDefined();
    const before = new Database(path.join(backupFolder(register), backup ?? ''), { readonly: true });
    expect(before.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(9);
    before.close();
  });

  it('with conflicts and the default --on-conflict fail, lists them, writes nothing and exits 3; theirs takes their side', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('bytheway-en', folder);
    const theirs = await exported(register, folder);
    // The file is not this register's export (another register id): every difference is a conflict.
    theirs.register = { ...theirs.register, id: '00000000-0000-4000-8000-0000000000c1' };
    activityIn(theirs, 0).owner = 'Marketing';
    const file = written(folder, 'marketing.ropa.json', theirs);
    const before = sha256(register);

    const refused = await ropa(['import', register, file]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/1 conflicts; nothing was written/);
    expect(refused.stdout).toContain('conflict  owner: ours (none) | theirs Marketing');
    expect(sha256(register)).toBe(before);
    expect(backupsOf(register).some((name) => name.endsWith('-import.ropa'))).toBe(false);

    expect((await ropa(['import', register, file, '--on-conflict', 'theirs'])).status).toBe(0);
    expect(activityIn(await exported(register, folder, 'after.ropa.json'), 0).owner).toBe('Marketing');
  });

  it('refuses a file that names a processor it does not contain, saying where, and writes nothing', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('bytheway-en', folder);
    const theirs = await exported(register, folder);
    activityIn(theirs, 0).processorIds = [...(activityIn(theirs, 0).processorIds ?? []), '00000000-0000-4000-8000-00000000dead'];
    const file = written(folder, 'dangling.ropa.json', theirs);
    const before = sha256(register);
    const refused = await ropa(['import', register, file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `ropa: ${file}: activities[0].processorIds[2]: "00000000-0000-4000-8000-00000000dead" points to no processor in this file`,
    );
    expect(sha256(register)).toBe(before);
  });

  it('changes nothing, and takes no copy, when the file is the register’s own unchanged export', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('btc-sl', folder);
    await exported(register, folder);
    const before = sha256(register);
    const run = await ropa(['import', register, path.join(folder, 'export.ropa.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Nothing to merge');
    expect(sha256(register)).toBe(before);
    expect(backupsOf(register).some((name) => name.endsWith('-import.ropa'))).toBe(false);
  });

  it('undoes the last import: the register is as before it, and the merged one is kept as a backup', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('bytheway-en', folder);
    const original = await exported(register, folder);
    const theirs = structuredClone(original);
    activityIn(theirs, 0).retention = 'Ten years';
    expect((await ropa(['import', register, written(folder, 'hr.ropa.json', theirs)])).status).toBe(0);
    expect(activityIn(await exported(register, folder, 'merged.ropa.json'), 0).retention).toBe('Ten years');

    const undo = await ropa(['undo-import', register]);
    expect(undo.stderr).toBe('');
    expect(undo.status).toBe(0);
    const restored = await exported(register, folder, 'restored.ropa.json');
    expect({ ...restored, exportedAt: '' }).toEqual({ ...original, exportedAt: '' });
    expect(backupsOf(register).filter((name) => name.endsWith('-undone-import.ropa'))).toHaveLength(1);
    expect(backupsOf(register).filter((name) => name.endsWith('-import.ropa') && !name.includes('undone'))).toHaveLength(0);

    const again = await ropa(['undo-import', register]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/no import to undo/);
  });

  it('refuses an unknown --on-conflict with exit code 2', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('btc-sl', folder);
    const file = path.join(folder, 'export.ropa.json');
    await exported(register, folder);
    expect((await ropa(['import', register, file, '--on-conflict', 'mine'])).status).toBe(2);
  });
});
