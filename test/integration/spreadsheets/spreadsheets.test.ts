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

const headerOf = (sheet: ExcelJS.Worksheet): unknown[] => (sheet.getRow(1).values as unknown[]).slice(1);

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

  it('has a bold, frozen header and drop-down lists of the file’s words, every list on a hidden sheet', async () => {
    const { workbook } = await writtenWorkbook(fixture('bytheway-en'));
    const activities = workbook.getWorksheet('Activities') as ExcelJS.Worksheet;
    expect(activities.getRow(1).font?.bold).toBe(true);
    expect(activities.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lists = workbook.getWorksheet('Lists') as ExcelJS.Worksheet;
    expect(lists.state).toBe('hidden');
    /** The values of the drop-down on a column: the cells of the Lists range its validation names. */
    const offered = (sheet: ExcelJS.Worksheet, name: string) => {
      const formula = sheet.getCell(2, headerOf(sheet).indexOf(name) + 1).dataValidation?.formulae?.[0] ?? '';
      const [, letter = '', first = '0', last = '0'] = /^Lists!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(formula)) ?? [];
      return Array.from({ length: Number(last) - Number(first) + 1 }, (_unused, index) => lists.getCell(`${letter}${Number(first) + index}`).value);
    };
    expect(offered(activities, 'role')).toEqual(['Controller', 'Joint controller', 'Processor']);
    expect(offered(activities, 'status')).toEqual(['Draft', 'Active', 'Retired']);
    expect(offered(activities, 'public')).toEqual(['Yes', 'No']);
    expect(activities.getCell(2, headerOf(activities).indexOf('public') + 1).dataValidation?.error).toBe('Pick one of the values in the list (public).');
    const organisations = workbook.getWorksheet('Organisations') as ExcelJS.Worksheet;
    expect(offered(organisations, 'country')).toContain('DE');
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
    // A limit above the About sheet's hundred-odd rows, which every sheet is held to as well.
    const document = parseExchangeText(JSON.stringify(generateRegister({ activities: 210, seed: 5 })));
    const { file } = await writtenWorkbook(document);
    expect(await failureOf(() => readXlsx(file, noNewIds, { maxRows: 200 }))).toBe(
      'the Activities sheet has more than 200 rows, the most a register sheet holds (split it into several files)',
    );
  });

  it("gives the edited workbook's errors with the sheet, row and column", async () => {
    const { file, workbook } = await writtenWorkbook(fixture('bytheway-en'));
    const activities = workbook.getWorksheet('Activities') as ExcelJS.Worksheet;
    const header = (activities.getRow(1).values as unknown[]).slice(1);
    activities.getCell(7, header.indexOf('role') + 1).value = 'controler';
    await workbook.xlsx.writeFile(file);
    expect(await failureOf(() => readXlsx(file, noNewIds))).toBe(
      'Activities row 7, column "role": "controler" is not one of Controller, Joint controller, Processor',
    );
  });
});

describe('what a colleague sees in Excel', () => {
  it('ids are in grey columns at the right: header and cells grey, narrow, not wrapped', async () => {
    const { workbook } = await writtenWorkbook(fixture('bytheway-en'));
    const activities = workbook.getWorksheet('Activities') as ExcelJS.Worksheet;
    const header = headerOf(activities);
    expect(header[0]).toBe('name');
    expect(header.slice(-6)).toEqual(['extra (JSON)', 'id', 'organisation id', 'processor ids', 'updated at', 'revision']);
    const greyFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    for (const name of ['id', 'organisation id', 'processor ids', 'updated at', 'revision', 'extra (JSON)']) {
      const position = header.indexOf(name) + 1;
      const title = activities.getCell(1, position);
      expect(title.fill, name).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
      expect(title.font, name).toMatchObject({ bold: true, color: { argb: 'FF7F7F7F' } });
      expect(activities.getColumn(position).width, name).toBe(12);
      const cell = activities.getCell(2, position);
      expect(cell.fill, name).toMatchObject(greyFill);
      expect(cell.font?.color, name).toEqual({ argb: 'FF7F7F7F' });
      expect(cell.alignment?.wrapText ?? false, name).toBe(false);
    }
    expect(activities.getCell(2, header.indexOf('id') + 1).value).toBe((fixture('bytheway-en').activities[0] as { id: string }).id);
    const name = activities.getCell(2, 1);
    expect(name.fill?.type === 'pattern' ? name.fill.pattern : undefined).not.toBe('solid');
    expect(name.alignment?.wrapText).toBe(true);
    expect(activities.getColumn(1).width).toBeGreaterThan(12);
  });

  it('opens on an About sheet that explains each column and its words, in the file’s language', async () => {
    const { workbook } = await writtenWorkbook(fixture('btc-sl'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['O datoteki', 'Register', 'Organisations', 'Processors', 'Activities', 'Lists']);
    const about = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(about.getCell('A1').value).toBe('Kako izpolniti ta delovni zvezek');
    expect(about.getCell('A1').font?.bold).toBe(true);
    expect(String(about.getCell('A2').value)).toMatch(/^Ta delovni zvezek vsebuje zapise evidence dejavnosti obdelave/);
    const rows = Array.from({ length: about.rowCount }, (_unused, index) => (about.getRow(index + 1).values as unknown[]).slice(1).map(String));
    expect(rows).toContainEqual(['Stolpec', 'Kaj vpisati', 'Besede, ki jih sprejema']);
    const legalBases = rows.find((row) => row[0] === 'legal bases');
    expect(legalBases?.[1]).toMatch(/^Pravna podlaga \(člen 6\(1\)\)/);
    expect(legalBases?.[2]?.split('\n')).toEqual(['Privolitev', 'Pogodba', 'Zakonska obveznost', 'Življenjski interesi', 'Javna naloga', 'Zakoniti interesi']);
    expect(rows.find((row) => row[0] === 'public')?.[2]).toBe('Da\nNe');
    expect(about.getRow(rows.findIndex((row) => row[0] === 'id') + 1).font?.color).toEqual({ argb: 'FF7F7F7F' });
  });

  it('reads back a workbook a colleague filled in with words, and ignores the About sheet', async () => {
    const document = fixture('bytheway-en');
    const ukrainian = { ...document, register: { ...document.register, defaultLanguage: 'uk' } };
    const { file, workbook } = await writtenWorkbook(ukrainian);
    const activities = workbook.getWorksheet('Activities') as ExcelJS.Worksheet;
    const column = (name: string) => headerOf(activities).indexOf(name) + 1;
    expect(activities.getCell(2, column('legal bases')).value).toMatch(/^Згода: /);
    activities.getCell(2, column('legal bases')).value = 'Договір: трудовий договір';
    activities.getCell(2, column('public')).value = 'ні';
    const added = activities.getRow(activities.rowCount + 1);
    added.getCell(column('name')).value = 'Облік відвідувачів';
    added.getCell(column('role')).value = 'Контролер';
    added.getCell(column('status')).value = 'Чернетка';
    // The About sheet is never read: a colleague's scribbles there change nothing.
    (workbook.worksheets[0] as ExcelJS.Worksheet).getCell('A1').value = 'notes';
    await workbook.xlsx.writeFile(file);
    const read = await readXlsx(file, () => '12345678-1234-4123-8123-123456789abc', { now: () => '2026-12-01T00:00:00Z' });
    expect(read.document.activities[0]).toMatchObject({ legalBases: [{ basis: 'contract', detail: 'трудовий договір' }], public: false });
    expect(read.document.activities.at(-1)).toMatchObject({ name: 'Облік відвідувачів', role: 'controller', status: 'draft', public: false });
    expect(read.warnings).toEqual([
      `Activities row ${added.number}, column "public": blank, taken as Ні`,
      `Activities row ${added.number}, column "organisation id": blank, taken as ${String(document.organisations[0]?.name)}`,
    ]);
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
