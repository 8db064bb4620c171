// Registers going out as spreadsheets and coming back: the XLSX template and the CSV of activities carry a register
// without losing anything, a colleague's edits in Excel are merged three-way, one owner's part goes out alone, and
// a row without an id is added as new, never matched silently.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import { sha256, tempDir } from '../../support/cli.ts';
// In-process: these tests are about what export and import do with spreadsheets, not about the process (a spawn per
// command made this file take three minutes on a busy machine); the same runCli, arguments, output and exit codes.
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { FIXTURES, fixturePath } from '../../support/fixtures.ts';
import { sharedSetup } from '../../support/shared-setup.ts';

async function imported(fixture: string, folder: string): Promise<string> {
  const register = path.join(folder, `${fixture}.ropa`);
  expect((await ropa(['init', register])).status).toBe(0);
  expect((await ropa(['import', register, fixturePath(fixture)])).stderr).toBe('');
  return register;
}

/** Each fixture imported once (`ropa init`, `ropa import`); a test works on its own copy of the file. */
const registers = sharedSetup(async () => {
  const folder = tempDir('ropa-sheets-fixtures-');
  return Object.fromEntries(await Promise.all(FIXTURES.map(async (fixture) => [fixture, await imported(fixture, folder)]))) as Record<string, string>;
});

function registerOf(fixture: string, folder: string): string {
  const register = path.join(folder, `${fixture}.ropa`);
  copyFileSync(registers()[fixture] as string, register);
  return register;
}

async function exported(register: string, folder: string, name: string): Promise<ExchangeDocument> {
  const file = path.join(folder, name);
  expect((await ropa(['export', register, '--out', file])).stderr).toBe('');
  return JSON.parse(readFileSync(file, 'utf8')) as ExchangeDocument;
}

const withoutTime = ({ exportedAt: _exportedAt, ...document }: ExchangeDocument) => document;
const fixture = (name: string) => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as ExchangeDocument;

/** Sets the cell of `column` in the Activities row whose id is `id` (or, with `id` null, appends a row). */
async function editActivities(file: string, edits: Array<{ id: string | null; values: Record<string, ExcelJS.CellValue> }>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Activities');
  if (sheet === undefined) throw new Error('no Activities sheet');
  const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
  const columnOf = (name: string) => {
    const index = header.indexOf(name);
    if (index < 1) throw new Error(`no column ${name}`);
    return index;
  };
  for (const edit of edits) {
    let row = sheet.rowCount + 1;
    if (edit.id !== null) {
      row = 0;
      sheet.eachRow((candidate, number) => {
        if (candidate.getCell(columnOf('id')).value === edit.id) row = number;
      });
    }
    for (const [column, value] of Object.entries(edit.values)) sheet.getRow(row).getCell(columnOf(column)).value = value;
  }
  await workbook.xlsx.writeFile(file);
}

describe('the XLSX template and the CSV of activities', () => {
  it.each(FIXTURES)('carry %s into an empty register and back to the same document', async (name) => {
    const folder = tempDir('ropa-sheets-');
    const register = registerOf(name, folder);
    const original = await exported(register, folder, 'original.ropa.json');
    expect(withoutTime(original)).toEqual(withoutTime({ ...fixture(name), baseRevision: original.baseRevision } as ExchangeDocument));

    // XLSX: the whole register, into an empty one.
    expect((await ropa(['export', register, '--out', path.join(folder, 'register.xlsx')])).stderr).toBe('');
    const fromXlsx = path.join(folder, 'from-xlsx.ropa');
    expect((await ropa(['init', fromXlsx])).status).toBe(0);
    expect((await ropa(['import', fromXlsx, path.join(folder, 'register.xlsx')])).stderr).toBe('');
    expect(withoutTime(await exported(fromXlsx, folder, 'from-xlsx.ropa.json'))).toEqual(withoutTime(original));

    // CSV: the activities, into a register that holds the same organisations and processors and no activity.
    expect((await ropa(['export', register, '--out', path.join(folder, 'activities.csv')])).stderr).toBe('');
    const withoutActivities = path.join(folder, 'no-activities.ropa.json');
    writeFileSync(withoutActivities, JSON.stringify({ ...fixture(name), activities: [] }));
    const fromCsv = path.join(folder, 'from-csv.ropa');
    expect((await ropa(['init', fromCsv])).status).toBe(0);
    expect((await ropa(['import', fromCsv, withoutActivities])).stderr).toBe('');
    const merged = await ropa(['import', fromCsv, path.join(folder, 'activities.csv')]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toContain(`${original.activities.length} new records`);
    const back = await exported(fromCsv, folder, 'from-csv.ropa.json');
    // The activities are the same records with the same fields; their revision and time are those of this import.
    const content = (document: ExchangeDocument) => document.activities.map(({ updatedAt: _updatedAt, revision: _revision, ...activity }) => activity);
    expect(content(back)).toEqual(content(original));
  });

  it('merges a colleague’s edits made in Excel three-way: changed cells are taken, nothing else is touched', async () => {
    const folder = tempDir('ropa-sheets-');
    const register = registerOf('bytheway-en', folder);
    const before = await exported(register, folder, 'before.ropa.json');
    const file = path.join(folder, 'hr.xlsx');
    expect((await ropa(['export', register, '--out', file])).stderr).toBe('');
    const [first, second] = before.activities;
    await editActivities(file, [
      { id: first!.id, values: { owner: 'HR department' } },
      // A formula's cached result is what is imported; the formula itself is never evaluated.
      { id: second!.id, values: { retention: { formula: 'CONCAT("Ten"," years")', result: 'Ten years after the last payment' } } },
    ]);
    const merged = await ropa(['import', register, file]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toContain('Three-way merge');
    expect(merged.stdout).toContain('0 new records, 2 changed, 0 conflicts, 0 removed');
    const after = await exported(register, folder, 'after.ropa.json');
    expect(after.activities[0]!.owner).toBe('HR department');
    expect(after.activities[1]!.retention).toBe('Ten years after the last payment');
    expect(after.activities.slice(2)).toEqual(before.activities.slice(2));
  });

  it('sends one owner’s activities with the processors they use, and merges the file coming back without removing the rest', async () => {
    const folder = tempDir('ropa-sheets-');
    const register = registerOf('bytheway-en', folder);
    const before = await exported(register, folder, 'before.ropa.json');
    const owned = before.activities[2]!;
    // Give one activity an owner through a merge, as a colleague would.
    const withOwner = {
      ...before,
      activities: before.activities.map((activity) => (activity.id === owned.id ? { ...activity, owner: 'Marketing' } : activity)),
    };
    writeFileSync(path.join(folder, 'owner.ropa.json'), JSON.stringify(withOwner));
    expect((await ropa(['import', register, path.join(folder, 'owner.ropa.json')])).stderr).toBe('');

    const file = path.join(folder, 'marketing.xlsx');
    const run = await ropa(['export', register, '--out', file, '--owner', '  marketing ']);
    expect(run.stdout).toMatch(/^Exported 1 activity, \d+ processors? and 1 organisation/);
    await editActivities(file, [{ id: owned.id, values: { purposes: 'Newsletter\nEvent invitations' } }]);
    const merged = await ropa(['import', register, file]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toContain('0 new records, 1 changed, 0 conflicts, 0 removed');
    const after = await exported(register, folder, 'after.ropa.json');
    expect(after.activities).toHaveLength(before.activities.length);
    expect(after.activities.find((activity) => activity.id === owned.id)!.purposes).toEqual(['Newsletter', 'Event invitations']);
    expect((await ropa(['export', register, '--out', path.join(folder, 'none.xlsx'), '--owner', 'Legal'])).stderr).toContain(
      'No activity has the owner “Legal”',
    );
  });

  it('adds a row without an id as a new activity and lists it, and refuses a CSV into an empty register', async () => {
    const folder = tempDir('ropa-sheets-');
    const register = registerOf('bytheway-en', folder);
    const before = await exported(register, folder, 'before.ropa.json');
    const file = path.join(folder, 'new-row.xlsx');
    expect((await ropa(['export', register, '--out', file])).stderr).toBe('');
    const template = before.activities[0]!;
    await editActivities(file, [
      {
        id: null,
        values: {
          'organisation id': template.organisationId,
          role: 'controller',
          status: 'draft',
          name: 'Visitor log',
          purposes: 'Building security',
          'data subjects': 'Visitors',
          'data categories': 'Name',
          public: 'no',
        },
      },
    ]);
    const preview = await ropa(['import', register, file, '--dry-run', '--json']);
    expect(preview.stderr).toBe('');
    const parsed = JSON.parse(preview.stdout) as { counts: { new: number }; records: Array<{ name: string; outcome: string }>; proposedMatches: unknown[] };
    expect(parsed.counts.new).toBe(1);
    expect(parsed.records).toContainEqual(expect.objectContaining({ name: 'Visitor log', outcome: 'new' }));
    expect(parsed.proposedMatches).toEqual([]);

    const csv = path.join(folder, 'activities.csv');
    expect((await ropa(['export', register, '--out', csv])).stderr).toBe('');
    const empty = path.join(folder, 'empty.ropa');
    expect((await ropa(['init', empty])).status).toBe(0);
    const hash = sha256(empty);
    expect((await ropa(['import', empty, csv])).stderr).toContain('holds activities only, and this register is empty');
    expect(sha256(empty)).toBe(hash);
  });
});
