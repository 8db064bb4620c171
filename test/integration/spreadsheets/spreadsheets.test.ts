import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseExchangeText, type ExchangeDocument } from '../../../shared/exchange/read.ts';
import { readCsv } from '../../../electron/main/backend/spreadsheets/read-csv.ts';
import { readXlsx } from '../../../electron/main/backend/spreadsheets/read-xlsx.ts';
import { writeCsv } from '../../../electron/main/backend/spreadsheets/write-csv.ts';
import { writeXlsx } from '../../../electron/main/backend/spreadsheets/write-xlsx.ts';
import { FIXTURES, fixturePath } from '../../support/fixtures.ts';
import { generateRegister } from '../../tools/generate-register.ts';

const fixture = (name: string): ExchangeDocument => parseExchangeText(readFileSync(fixturePath(name), 'utf8'));
const folder = () => mkdtempSync(path.join(tmpdir(), 'ropa-spreadsheets-'));
const noNewIds = () => {
  throw new Error('no row should need a new id');
};
const failureOf = async (read: () => unknown): Promise<string> => {
  try {
    await read();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
};

async function writtenWorkbook(document: ExchangeDocument): Promise<{ file: string; workbook: ExcelJS.Workbook }> {
  const file = path.join(folder(), 'register.xlsx');
  await writeXlsx(document, file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, workbook };
}

describe('the XLSX template', () => {
  it.each(FIXTURES)('gives back exactly the %s fixture', async (name) => {
    const document = fixture(name);
    const file = path.join(folder(), `${name}.xlsx`);
    await writeXlsx(document, file);
    expect(await readXlsx(file, noNewIds)).toEqual({ document, unmatched: [], warnings: [] });
  });

  it('gives back a generated register with translations and x- keys', async () => {
    const document = parseExchangeText(JSON.stringify(generateRegister({ activities: 200, seed: 3 })));
    const file = path.join(folder(), 'generated.xlsx');
    await writeXlsx(document, file);
    expect((await readXlsx(file, noNewIds)).document).toEqual(document);
  });

  it('has a bold, frozen header and drop-down lists on the enumerated columns, long lists on a hidden sheet', async () => {
    const { workbook } = await writtenWorkbook(fixture('bytheway-en'));
    const activities = workbook.getWorksheet('Activities') as ExcelJS.Worksheet;
    expect(activities.getRow(1).font?.bold).toBe(true);
    expect(activities.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (activities.getRow(1).values as unknown[]).slice(1);
    const roleCell = activities.getCell(2, header.indexOf('role') + 1);
    expect(roleCell.dataValidation).toMatchObject({ type: 'list', formulae: ['"controller,joint-controller,processor"'] });
    const organisations = workbook.getWorksheet('Organisations') as ExcelJS.Worksheet;
    const countryColumn = (organisations.getRow(1).values as unknown[]).indexOf('country');
    expect(organisations.getCell(2, countryColumn).dataValidation?.formulae?.[0]).toMatch(/^Lists!\$A\$1:\$A\$\d+$/);
    expect(workbook.getWorksheet('Lists')?.state).toBe('hidden');
  });

  it('reads a formula cell as the result Excel saved, without evaluating it', async () => {
    const document = fixture('btc-sl');
    const { file, workbook } = await writtenWorkbook(document);
    const activities = workbook.getWorksheet('Activities') as ExcelJS.Worksheet;
    const header = (activities.getRow(1).values as unknown[]).slice(1);
    activities.getCell(2, header.indexOf('name') + 1).value = { formula: 'UPPER("ignored")', result: 'Formula result' };
    activities.getCell(3, header.indexOf('owner') + 1).value = { richText: [{ text: 'Marketing ' }, { text: 'team', font: { bold: true } }] };
    // A date Excel recognised as one: a serial number with a date format.
    const reviewed = activities.getCell(4, header.indexOf('last reviewed on') + 1);
    reviewed.value = new Date(Date.UTC(2026, 2, 5));
    // A style of its own: exceljs shares one style object between the cells of a column.
    reviewed.style = { ...reviewed.style, numFmt: 'yyyy-mm-dd' };
    await workbook.xlsx.writeFile(file);
    const read = await readXlsx(file, noNewIds);
    expect(read.document.activities[0]?.name).toBe('Formula result');
    expect(read.document.activities[1]?.owner).toBe('Marketing team');
    expect(read.document.activities[2]?.lastReviewedOn).toBe('2026-03-05');
  });

  it('refuses a zip whose directory claims contents far larger than the file (a zip bomb), before inflating it', async () => {
    const { file } = await writtenWorkbook(fixture('btc-sl'));
    const bytes = readFileSync(file);
    // Claim 300 MB for the first entry of the central directory (the uncompressed size is at offset 24 of an entry).
    const directory = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(300 * 1024 * 1024, directory + 24);
    const bomb = path.join(folder(), 'bomb.xlsx');
    writeFileSync(bomb, bytes);
    expect(await failureOf(() => readXlsx(bomb, noNewIds))).toMatch(/^.*looks like a zip bomb/);
  });

  it('refuses a text file named .xlsx, and a file over 20 MB', async () => {
    const text = path.join(folder(), 'notes.xlsx');
    writeFileSync(text, 'Just some notes, not a spreadsheet.\n');
    expect(await failureOf(() => readXlsx(text, noNewIds))).toBe('is not an XLSX spreadsheet');
    const large = path.join(folder(), 'large.xlsx');
    writeFileSync(large, Buffer.alloc(21 * 1024 * 1024));
    expect(await failureOf(() => readXlsx(large, noNewIds))).toMatch(/^is larger than 20 MB/);
  });

  it('refuses a sheet with more rows than the limit, naming the sheet', async () => {
    const document = parseExchangeText(JSON.stringify(generateRegister({ activities: 12, seed: 5 })));
    const { file } = await writtenWorkbook(document);
    expect(await failureOf(() => readXlsx(file, noNewIds, { maxRows: 10 }))).toBe(
      'the Activities sheet has more than 10 rows, the most a register sheet holds (split it into several files)',
    );
  });

  it("gives the edited workbook's errors with the sheet, row and column", async () => {
    const { file, workbook } = await writtenWorkbook(fixture('bytheway-en'));
    const activities = workbook.getWorksheet('Activities') as ExcelJS.Worksheet;
    const header = (activities.getRow(1).values as unknown[]).slice(1);
    activities.getCell(7, header.indexOf('role') + 1).value = 'controler';
    await workbook.xlsx.writeFile(file);
    expect(await failureOf(() => readXlsx(file, noNewIds))).toBe(
      'Activities row 7, column "role": "controler" is not one of controller, joint-controller, processor',
    );
  });
});

describe('the CSV of activities', () => {
  it.each(FIXTURES)('gives back exactly the activities of %s, read into the register', async (name) => {
    const document = fixture(name);
    const file = path.join(folder(), `${name}.csv`);
    writeCsv(document, file);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readCsv(file, { ...document, activities: [] }, noNewIds)).toEqual({ document, unmatched: [], warnings: [] });
  });

  it('guards cells Excel would run as formulas, and reads them back as written', () => {
    const document = fixture('btc-sl');
    (document.activities[0] as ExchangeDocument['activities'][number]).description = '=HYPERLINK("http://example.com")';
    (document.activities[1] as ExchangeDocument['activities'][number]).owner = "'quoted";
    const file = path.join(folder(), 'formulas.csv');
    writeCsv(document, file);
    expect(readFileSync(file, 'utf8')).toContain(`'=HYPERLINK`);
    expect(readCsv(file, document, noNewIds).document).toEqual(document);
  });

  it('reads a semicolon-separated CSV as Excel saves it in much of Europe', () => {
    const document = fixture('bytheway-en');
    const file = path.join(folder(), 'semicolons.csv');
    writeFileSync(
      file,
      `\ufeffid;organisation id;role;status;name;purposes;data subjects;data categories;retention;public;legal bases\r\n;${document.organisations[0]?.id};controller;draft;New activity;;;;;no;\r\n`,
    );
    const read = readCsv(file, document, () => '12345678-1234-4123-8123-123456789abc', { now: () => '2026-12-01T00:00:00Z' });
    expect(read.unmatched).toEqual([{ type: 'activity', id: '12345678-1234-4123-8123-123456789abc', name: 'New activity', row: 2 }]);
  });

  it('refuses a file that is not UTF-8, naming it', () => {
    const file = path.join(folder(), 'latin1.csv');
    writeFileSync(file, Buffer.from('id,name\r\n,Caf\xe9\r\n', 'latin1'));
    expect(() => readCsv(file, fixture('btc-sl'), noNewIds)).toThrow(/^is not UTF-8 text/);
  });

  it('refuses more than 100,000 rows', () => {
    const file = path.join(folder(), 'many.csv');
    writeFileSync(file, `name\r\n${'x\r\n'.repeat(100_001)}`);
    expect(() => readCsv(file, fixture('btc-sl'), noNewIds)).toThrow(
      'has more than 100,000 rows; a register CSV holds at most that many (split it into several files)',
    );
  });
});
