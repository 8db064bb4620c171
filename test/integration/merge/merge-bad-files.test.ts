// Bad files offered for a merge into a register that holds records: each gets one line naming the file and what
// is wrong where, and the register file stays byte for byte as it was, with no copy taken. Sheets of a million rows
// are in merge-huge-files.long.test.ts (npm run test:long); here, one row over the limit proves the limit.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sha256, tempDir } from '../../support/cli.ts';
// In-process: the same runCli as `ropa`, without a Node start per command (see cli-in-process.ts).
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { sharedSetup } from '../../support/shared-setup.ts';
import { expectImportRefused } from './refused-import.ts';
import { writeZipBomb } from '../../support/zip-bomb.ts';

type Exported = Record<string, unknown> & { activities: Array<Record<string, unknown>> };

const folder = tempDir('ropa-merge-bad-');
const register = path.join(folder, 'register.ropa');

/** The register every case is offered to, and its own export, which the cases spoil. */
const setup = sharedSetup(async () => {
  expect((await ropa(['init', register])).status).toBe(0);
  expect((await ropa(['import', register, fixturePath('bytheway-en')])).status).toBe(0);
  const file = path.join(folder, 'export.ropa.json');
  expect((await ropa(['export', register, '--out', file])).status).toBe(0);
  const text = readFileSync(file, 'utf8');
  return { text, exported: JSON.parse(text) as Exported };
});
const text = () => setup().text;

function edited(change: (document: Exported) => void): string {
  const document = structuredClone(setup().exported);
  change(document);
  return JSON.stringify(document);
}

const CASES: Array<{ name: string; content: () => string | Buffer; message: RegExp }> = [
  { name: 'truncated', content: () => text().slice(0, 5000), message: /is not valid JSON \(Unterminated string/ },
  { name: 'not UTF-8', content: () => Buffer.from(text().replace('Account', 'Accoünt'), 'latin1'), message: /is not UTF-8 text/ },
  {
    name: 'an unknown field',
    content: () => edited((document) => void (document.activities[0] = { ...document.activities[0], colour: 'red' })),
    message: /activities\[0\]\.colour: is not a field of the exchange format/,
  },
  {
    name: 'a value of the wrong type',
    content: () => edited((document) => void (document.activities[0] = { ...document.activities[0], public: 'yes' })),
    message: /activities\[0\]\.public: should be a boolean, not "yes"/,
  },
  {
    name: 'a __proto__ key',
    content: () => text().replace('"activities": [\n    {', '"activities": [\n    {"__proto__": {"polluted": true},'),
    message: /__proto__: a key with this name is not allowed/,
  },
  {
    name: 'JSON nested 10,000 deep',
    content: () => `{"format":"ropa-desk/register","version":1,"x-deep":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    message: /is nested deeper than 32 levels/,
  },
  {
    name: 'a file of another kind',
    content: () => '%PDF-1.7\n%%EOF\n',
    message: /is not valid JSON \(Unexpected token '%', "%PDF-1\.7 %%EOF " is not valid JSON\)/,
  },
];

describe('a bad file offered for a merge', () => {
  it.each(CASES)('$name: one clear line, exit 1, the register untouched', async ({ name, content, message }) => {
    const file = path.join(folder, `${name.replace(/\W+/g, '-')}.ropa.json`);
    writeFileSync(file, content());
    const before = sha256(register);
    for (const args of [['--dry-run'], []]) {
      const run = await ropa(['import', register, file, ...args]);
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(message);
    }
    expect(sha256(register)).toBe(before);
    expect(
      existsSync(path.join(folder, 'register.backups')) && readdirSync(path.join(folder, 'register.backups')).some((entry) => entry.endsWith('-import.ropa')),
    ).toBe(false);
  });
});

/** One data row more than a sheet may have (100,000, the header not counted): the smallest sheet the limit refuses. */
const OVER_THE_LIMIT = 100_001;

/** The template's sheets, the Activities one with `rows` data rows, written as a stream. */
async function workbookOfRows(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  workbook.addWorksheet('Register').commit();
  const sheet = workbook.addWorksheet('Activities');
  sheet.addRow(['id', 'name']).commit();
  for (let index = 0; index < rows; index++) sheet.addRow(['', `Activity ${index}`]).commit();
  sheet.commit();
  await workbook.commit();
}

describe('a bad spreadsheet offered for a merge', () => {
  const SPREADSHEETS: Array<{ name: string; file: string; make: (file: string) => Promise<void> | void; message: RegExp }> = [
    {
      name: 'a zip bomb whose directory tells the truth (300 MB)',
      file: 'bomb.xlsx',
      make: (file) => writeZipBomb(file, { inflatedMegabytes: 300, honest: true }),
      message: /looks like a zip bomb and is not opened/,
    },
    {
      name: 'a zip bomb whose directory lies (1 KB stated, 300 MB inside)',
      file: 'liar.xlsx',
      make: (file) => writeZipBomb(file, { inflatedMegabytes: 300, honest: false }),
      message: /sheet1\.xml inflates to more than the 1 KB its directory states; the file looks like a zip bomb/,
    },
    {
      name: 'a text file named .xlsx',
      file: 'notes.xlsx',
      make: (file) => writeFileSync(file, 'Minutes of the meeting\n'),
      message: /notes\.xlsx: is not an XLSX spreadsheet\n$/,
    },
    {
      name: 'a CSV that is not UTF-8',
      file: 'latin1.csv',
      make: (file) => writeFileSync(file, Buffer.from('id,name\n,Löhne und Gehälter\n', 'latin1')),
      message: /latin1\.csv: is not UTF-8 text/,
    },
    {
      name: 'an XLSX of 100,001 rows',
      file: 'over-limit.xlsx',
      make: (file) => workbookOfRows(file, OVER_THE_LIMIT),
      message: /the Activities sheet has more than 100,000 rows/,
    },
    {
      name: 'a CSV of 100,001 rows',
      file: 'over-limit.csv',
      make: (file) => writeFileSync(file, `id,name\n${',Payroll\n'.repeat(OVER_THE_LIMIT)}`),
      message: /has more than 100,000 rows/,
    },
  ];

  // A refusal that hangs is a defect: the test's timeout catches it. No wall-clock limit here, which a busy machine
  // could miss (npm run bench measures speed).
  it.each(SPREADSHEETS)('$name: one clear line, the register untouched', async ({ file, make, message }) => {
    const target = path.join(folder, file);
    await make(target);
    await expectImportRefused(register, target, message, () => ropa(['import', register, target]));
  });

  it('a cell with a value of the wrong kind: the sheet, row and column named, the register untouched', async () => {
    const file = path.join(folder, 'bad-role.xlsx');
    expect((await ropa(['export', register, '--out', file])).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Activities')!;
    const roleColumn = (sheet.getRow(1).values as unknown[]).indexOf('role');
    sheet.getRow(3).getCell(roleColumn).value = 'controler';
    await workbook.xlsx.writeFile(file);
    const before = sha256(register);
    const run = await ropa(['import', register, file]);
    expect(run.stderr.trim()).toBe(`ropa: ${file}: Activities row 3, column "role": "controler" is not one of Controller, Joint controller, Processor`);
    expect(sha256(register)).toBe(before);
  });
});
