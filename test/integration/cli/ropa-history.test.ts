// `ropa history`: the audit log of a register, every change with who, when, what kind and the record as it was named,
// kept through imports, merges, an undone import and a restored backup; and `--verify`, which finds an entry changed
// behind the app's back by the chain of hashes.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/ipc/contract.ts';
import { tempDir } from '../../support/cli.ts';
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';

const entriesOf = async (register: string, ...options: string[]): Promise<AuditEntry[]> => {
  const run = await ropaInProcess(['history', register, '--json', ...options]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as AuditEntry[];
};

type ExchangeActivity = { id: string; name: string; retention?: string };

let register: string;
let folder: string;
/** The register: the fixture imported, an activity changed in a colleague's file and merged, that merge undone, then the first backup restored. */
beforeAll(async () => {
  folder = tempDir('ropa-history-');
  register = path.join(folder, 'register.ropa');
  const ok = async (...args: string[]) => {
    const run = await ropaInProcess(args);
    expect(run.status, run.stderr).toBe(0);
    return run;
  };
  await ok('init', register);
  await ok('import', register, fixturePath('bytheway-en'));
  const colleagueFile = path.join(folder, 'for-hr.ropa.json');
  await ok('export', register, '--out', colleagueFile);
  const document = JSON.parse(readFileSync(colleagueFile, 'utf8')) as { activities: ExchangeActivity[] };
  (document.activities[0] as ExchangeActivity).retention = 'Five years after the contract ends';
  writeFileSync(colleagueFile, JSON.stringify(document));
  await ok('import', register, colleagueFile);
  await ok('undo-import', register);
  await ok('templates', 'add', register, 'payroll-and-benefits');
  // The register's first backup, taken when the import first put activities in it.
  const backups = (await ok('backups', 'list', register)).stdout.match(/\S+-first-activity\.ropa/);
  await ok('backups', 'restore', register, backups?.[0] as string);
});

describe('ropa history', () => {
  it('lists the import, the merge, the undone import and the restore, each naming its kind, oldest first', async () => {
    const entries = await entriesOf(register);
    const kinds = [...new Set(entries.map((entry) => entry.kind))];
    // The register's creation is its first entry, a change like the template added later.
    expect(kinds).toEqual(['change', 'import', 'merge', 'undo-import', 'restore']);
    expect(entries[0]).toMatchObject({ recordType: 'register', action: 'create', kind: 'change' });
    expect(entries.map((entry) => entry.id)).toEqual([...entries.map((entry) => entry.id)].sort((a, b) => a - b));
    // The merge changed the retention; undoing it put the retention back, on the same record.
    const merged = entries.find((entry) => entry.kind === 'merge');
    const undone = entries.find((entry) => entry.kind === 'undo-import');
    expect(merged?.changes.map((change) => change.field)).toEqual(['retention']);
    expect(undone).toMatchObject({ recordId: merged?.recordId, action: 'update', changes: [{ field: 'retention', new: merged?.changes[0]?.old }] });
  });

  it('names a record the restore removed as it was named, and says which backup removed it', async () => {
    const restored = (await entriesOf(register)).filter((entry) => entry.kind === 'restore');
    const backup = expect.stringMatching(/-first-activity\.ropa$/);
    expect(restored).toEqual([
      expect.objectContaining({ recordType: 'activity', recordName: 'Payroll and benefits', action: 'delete', source: backup }),
      // Last, the register itself: the file put back, with the order of its records.
      expect.objectContaining({ recordType: 'register', action: 'update', source: backup }),
    ]);
  });

  it('keeps to one record with --record, and to the entries from a time with --since', async () => {
    const all = await entriesOf(register);
    const merged = all.find((entry) => entry.kind === 'merge') as AuditEntry;
    expect((await entriesOf(register, '--record', merged.recordId)).map((entry) => entry.kind)).toEqual(['import', 'merge', 'undo-import']);
    const last = all.at(-1) as AuditEntry;
    expect((await entriesOf(register, '--since', last.at)).every((entry) => entry.at >= last.at)).toBe(true);
    expect(await entriesOf(register, '--since', '2999-01-01')).toEqual([]);
    const wrong = await ropaInProcess(['history', register, '--since', 'last tuesday']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--since last tuesday');
  });

  it('prints one entry a line in the language of the locale', async () => {
    const lines = (await ropaInProcess(['history', register], { locale: { LANG: 'uk_UA.UTF-8' } })).stdout.trim().split('\n');
    expect(lines.at(-2)).toMatch(/^#\d+ {2}\S+Z {2}\S+ {2}відновлення {2}видалено {2}операція з обробки «Payroll and benefits» {2}\S+-first-activity\.ropa$/);
  });
});

describe('ropa history --verify', () => {
  it('says the log is whole, with exit code 0', async () => {
    const verified = await ropaInProcess(['history', register, '--verify']);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^The audit log is whole: its \d+ entries are chained as written\.\n$/);
  });

  it('refuses to change or remove an entry, even through SQLite; one changed with the guard removed is named, exit code 1', async () => {
    const copy = path.join(folder, 'tampered.ropa');
    copyFileSync(register, copy);
    const db = new Database(copy);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE id = 5").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 5').run()).toThrow(/append-only/);
    db.exec('DROP TRIGGER audit_log_entries_stay_as_written');
    db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE id = 5").run();
    db.close();
    const verified = await ropaInProcess(['history', copy, '--verify']);
    expect(verified.status).toBe(1);
    expect(verified.stdout).toMatch(/entry #5 \(\S+\) no longer fits the chain/);
  });
});
