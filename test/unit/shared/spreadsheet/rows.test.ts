import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeText, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { fromActivityRows, fromSheets, type SheetCells } from '../../../../shared/spreadsheet/from-rows.ts';
import { toActivityRows, toSheets } from '../../../../shared/spreadsheet/to-rows.ts';
import { FIXTURES, fixturePath } from '../../../support/fixtures.ts';
import { generateRegister } from '../../../tools/generate-register.ts';

const fixture = (name: string): ExchangeDocument => parseExchangeText(readFileSync(fixturePath(name), 'utf8'));
const noNewIds = {
  newId: () => {
    throw new Error('no row should need a new id');
  },
};
let counter = 0;
const newIds = { newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`, now: () => '2026-12-01T10:00:00Z' };

const sheet = (sheets: SheetCells[], name: string) => sheets.find((candidate) => candidate.sheet === name) as SheetCells;
const column = (cells: SheetCells, name: string) => cells.header.indexOf(name);
/** Sets a cell of a data row (row 2 is the first record, as Excel numbers it). */
const setCell = (cells: SheetCells, row: number, name: string, value: string) => {
  (cells.rows[row - 2] as string[])[column(cells, name)] = value;
};
const errorOf = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the spreadsheet was accepted');
};

describe('the register as sheets of cells, and back', () => {
  it.each(FIXTURES)('gives back exactly the %s fixture', (name) => {
    const document = fixture(name);
    expect(fromSheets(toSheets(document), noNewIds)).toEqual({ document, unmatched: [], warnings: [] });
  });

  it('gives back a generated register with translations, sub-processors, transfers and x- keys everywhere', () => {
    const document = parseExchangeText(JSON.stringify(generateRegister({ activities: 300, seed: 11 })));
    expect(fromSheets(toSheets(document), noNewIds).document).toEqual(document);
  });

  it('has a Register sheet of fields and one sheet per record type, the name first, extra (JSON) and the ids last', () => {
    const sheets = toSheets(fixture('bytheway-en'));
    expect(sheets.map((cells) => cells.sheet)).toEqual(['Register', 'Organisations', 'Processors', 'Activities']);
    expect(sheet(sheets, 'Register').rows.map((row) => row[0])).toEqual([
      'format',
      'version',
      'exported at',
      'register id',
      'register name',
      'default language',
      'base revision',
      'extra (JSON)',
    ]);
    const activities = sheet(sheets, 'Activities');
    expect(activities.header[0]).toBe('name');
    expect(activities.header.slice(-6)).toEqual(['extra (JSON)', 'id', 'organisation id', 'processor ids', 'updated at', 'revision']);
    expect(sheet(sheets, 'Processors').header.slice(-5)).toEqual(['extra (JSON)', 'id', 'parent id', 'updated at', 'revision']);
    expect(sheet(sheets, 'Organisations').header.slice(-4)).toEqual(['extra (JSON)', 'id', 'updated at', 'revision']);
    expect(activities.header).toEqual(
      expect.arrayContaining(['organisation id', 'role', 'purposes', 'legal bases', 'data categories', 'transfers', 'dpia required', 'public']),
    );
  });

  it('writes lists one item per line, a legal basis as its word with its detail after a colon, yes/no in the file’s language', () => {
    const document = fixture('btc-sl');
    const activities = sheet(toSheets(document), 'Activities');
    const first = activities.rows[0] as string[];
    expect(first[column(activities, 'purposes')]?.split('\n')).toHaveLength(3);
    expect(first[column(activities, 'legal bases')]).toBe(
      'Privolitev: Z uporabo produktov ali storitev BTC, d.d. uporabnik soglaša s Polico varovanja osebnih podatkov',
    );
    expect(first[column(activities, 'public')]).toBe('Da');
    expect(first[column(activities, 'role')]).toBe('Upravljavec');
    expect(first[column(activities, 'status')]).toBe('Aktivna');
  });

  it('makes translation columns only for the languages the register uses, and keeps translated list items in extra (JSON)', () => {
    const document = fixture('bytheway-en');
    const activity = document.activities[0] as ExchangeDocument['activities'][number];
    activity.name = { en: 'Orders', uk: 'Замовлення' };
    activity.purposes = [{ en: 'Delivery', uk: 'Доставка' }, 'Invoicing'];
    activity.legalBases = [{ basis: 'contract', detail: { en: 'The order', uk: 'Замовлення' } }];
    const sheets = toSheets(document);
    const activities = sheet(sheets, 'Activities');
    expect(activities.header.filter((name) => name.endsWith('[uk]'))).toContain('name [uk]');
    expect(activities.header.some((name) => name.endsWith('[de]'))).toBe(false);
    expect(activities.rows[0]?.[column(activities, 'purposes [uk]')]).toBe('Доставка\n');
    expect(JSON.parse(activities.rows[0]?.[column(activities, 'extra (JSON)')] ?? '')).toEqual({ legalBases: activity.legalBases });
    expect(fromSheets(sheets, noNewIds).document).toEqual(document);
  });

  it('escapes "|", line breaks and backslashes inside list items reversibly', () => {
    const document = fixture('bytheway-en');
    const activity = document.activities[1] as ExchangeDocument['activities'][number];
    activity.purposes = ['A | B', 'two\nlines', 'C:\\Users\\n', 'ends with \\'];
    activity.legalBases = [{ basis: 'legitimate-interests', detail: 'fraud | abuse \\| prevention\nsecond line' }];
    activity.dataCategories = [
      { name: 'Health | fitness', special: true, retention: '1 year' },
      { name: 'Email', special: false },
    ];
    const sheets = toSheets(document);
    expect(sheet(sheets, 'Activities').rows[1]?.[column(sheet(sheets, 'Activities'), 'extra (JSON)')]).toBe('');
    expect(fromSheets(sheets, noNewIds).document).toEqual(document);
  });

  it('keeps what the columns cannot say (an empty string, a parentId of null) in extra (JSON)', () => {
    const document = fixture('bytheway-en');
    (document.organisations[0] as ExchangeDocument['organisations'][number]).legalForm = '';
    (document.processors[0] as ExchangeDocument['processors'][number]).parentId = null;
    expect(fromSheets(toSheets(document), noNewIds).document).toEqual(document);
  });
});

describe('reading sheets a DPO has edited', () => {
  it('gives a row without an id a new id and lists it as unmatched, with its name and row', () => {
    const document = fixture('btc-sl');
    const sheets = toSheets(document);
    const activities = sheet(sheets, 'Activities');
    const copy = [...(activities.rows[0] as string[])];
    copy[column(activities, 'id')] = '';
    copy[column(activities, 'updated at')] = '';
    copy[column(activities, 'revision')] = '';
    copy[column(activities, 'name')] = 'Nova dejavnost';
    activities.rows.push(
      Array.from({ length: activities.header.length }, () => ''),
      copy,
    );
    const read = fromSheets(sheets, newIds);
    const added = read.document.activities.at(-1);
    expect(read.document.activities).toHaveLength(document.activities.length + 1);
    expect(read.unmatched).toEqual([{ type: 'activity', id: added?.id, name: 'Nova dejavnost', row: activities.rows.length + 1 }]);
    expect(added).toMatchObject({ name: 'Nova dejavnost', revision: 1, updatedAt: '2026-12-01T10:00:00Z' });
  });

  it('names the sheet, the row as Excel numbers it, and the column of a bad value', () => {
    const sheets = toSheets(fixture('bytheway-en'));
    setCell(sheet(sheets, 'Activities'), 7, 'legal bases', 'consnet | Our terms');
    expect(errorOf(() => fromSheets(sheets, noNewIds))).toBe(
      'Activities row 7, column "legal bases": "consnet" is not one of Consent, Contract, Legal obligation, Vital interests, Public task, Legitimate interests',
    );
  });

  it('names the column of a bad yes/no, a bad date in a flattened column, and a dangling reference', () => {
    const yesNo = toSheets(fixture('btc-sl'));
    setCell(sheet(yesNo, 'Activities'), 3, 'public', 'maybe');
    expect(errorOf(() => fromSheets(yesNo, noNewIds))).toBe('Activities row 3, column "public": "maybe" is not Da or Ne');

    const date = toSheets(fixture('bytheway-en'));
    setCell(sheet(date, 'Processors'), 2, 'dpa signed on', '31.12.2025');
    expect(errorOf(() => fromSheets(date, noNewIds))).toBe('Processors row 2, column "dpa signed on": "31.12.2025" is not a date written YYYY-MM-DD');

    const reference = toSheets(fixture('btc-sl'));
    setCell(sheet(reference, 'Activities'), 4, 'organisation id', '11111111-1111-4111-8111-111111111111');
    expect(errorOf(() => fromSheets(reference, noNewIds))).toBe(
      'Activities row 4, column "organisation id": "11111111-1111-4111-8111-111111111111" points to no organisation in this file',
    );
  });

  it('names the item of a list cell and a list item with too many parts', () => {
    const sheets = toSheets(fixture('btc-sl'));
    setCell(sheet(sheets, 'Activities'), 2, 'data categories', 'Name\nEmail | perhaps');
    expect(errorOf(() => fromSheets(sheets, noNewIds))).toBe('Activities row 2, column "data categories": "perhaps" is not Da or Ne (line 2 of the cell)');
    setCell(sheet(sheets, 'Activities'), 2, 'data categories', 'Name\nEmail | Ne | 1 year | extra');
    expect(errorOf(() => fromSheets(sheets, noNewIds))).toMatch(
      /^Activities row 2, column "data categories": has 4 parts separated by "\|"; a data category is written name \| special \| retention \(line 2 of the cell\)$/,
    );
  });

  it('refuses a column the template does not have', () => {
    const sheets = toSheets(fixture('btc-sl'));
    sheet(sheets, 'Activities').header[3] = 'Colour';
    expect(errorOf(() => fromSheets(sheets, noNewIds))).toBe('Activities sheet: column "Colour" is not a column of the RoPA Desk template');
  });

  it('reads an added translation column, and drops the kept translations of a column that was edited, saying so', () => {
    const document = fixture('bytheway-en');
    const activity = document.activities[0] as ExchangeDocument['activities'][number];
    activity.legalBases = [{ basis: 'contract', detail: { en: 'The order', uk: 'Замовлення' } }];
    const sheets = toSheets(document);
    const activities = sheet(sheets, 'Activities');
    activities.header.push('name [de]');
    activities.rows.forEach((row, index) => row.push(index === 0 ? 'Bestellungen' : ''));
    setCell(activities, 2, 'legal bases', 'Contract: The contract of sale');
    const read = fromSheets(sheets, noNewIds);
    expect(read.document.activities[0]?.name).toEqual({ en: activity.name, de: 'Bestellungen' });
    expect(read.document.activities[0]?.legalBases).toEqual([{ basis: 'contract', detail: 'The contract of sale' }]);
    expect(read.warnings).toEqual([expect.stringMatching(/^Activities row 2: column "legal bases" was changed/)]);
  });

  it('refuses a workbook without the Register sheet', () => {
    const sheets = toSheets(fixture('btc-sl')).filter((cells) => cells.sheet !== 'Register');
    expect(errorOf(() => fromSheets(sheets, noNewIds))).toMatch(/no "Register" sheet/);
  });
});

describe('the activities alone, as in a CSV', () => {
  it.each(FIXTURES)('reads the activities of %s into the receiving register', (name) => {
    const document = fixture(name);
    const base = { ...document, activities: [] };
    expect(fromActivityRows(toActivityRows(document), base, noNewIds).document).toEqual(document);
  });

  it('names the row of a bad value', () => {
    const document = fixture('btc-sl');
    const rows = toActivityRows(document);
    (rows.rows[2] as string[])[rows.header.indexOf('status')] = 'done';
    expect(errorOf(() => fromActivityRows(rows, document, noNewIds))).toBe(
      'Activities row 4, column "status": "done" is not one of Osnutek, Aktivna, Ukinjena',
    );
  });
});
