// The spreadsheet as a colleague in HR meets it: words in the register's language instead of codes, ids they may leave
// alone or empty, a blank yes/no that takes its default and says so, every problem of the file listed at once, and an
// About sheet that explains each column. Files sent out before the words (codes, ids first) still read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeText, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { REPORT_LANGUAGES } from '../../../../shared/report/languages.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { aboutSheet } from '../../../../shared/spreadsheet/about.ts';
import { ID_COLUMNS, RECORD_SHEETS } from '../../../../shared/spreadsheet/columns.ts';
import { fromActivityRows, fromSheets, type SheetCells } from '../../../../shared/spreadsheet/from-rows.ts';
import { MAX_LISTED } from '../../../../shared/spreadsheet/problems.ts';
import { toActivityRows, toSheets } from '../../../../shared/spreadsheet/to-rows.ts';
import { VOCABULARIES, cellWords, type Vocabulary } from '../../../../shared/spreadsheet/vocabulary.ts';
import { fixturePath } from '../../../support/fixtures.ts';

type Activity = ExchangeDocument['activities'][number];

const fixture = (name: string): ExchangeDocument => parseExchangeText(readFileSync(fixturePath(name), 'utf8'));
/** bytheway-en as a Ukrainian register: its texts are plain strings, so they are simply taken as Ukrainian. */
const ukrainian = (): ExchangeDocument => {
  const document = fixture('bytheway-en');
  return { ...document, register: { ...document.register, defaultLanguage: 'uk' } };
};
const noNewIds = {
  newId: () => {
    throw new Error('no row should need a new id');
  },
};
let counter = 0;
const newIds = { newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`, now: () => '2026-12-01T10:00:00Z' };

const sheet = (sheets: SheetCells[], name: string) => sheets.find((candidate) => candidate.sheet === name) as SheetCells;
const cellOf = (cells: SheetCells, row: number, name: string) => (cells.rows[row - 2] as string[])[cells.header.indexOf(name)];
/** Sets a cell of a data row (row 2 is the first record, as Excel numbers it). */
const setCell = (cells: SheetCells, row: number, name: string, value: string) => {
  const position = cells.header.indexOf(name);
  if (position === -1) throw new Error(`no column ${name}`);
  (cells.rows[row - 2] as string[])[position] = value;
};
const refusalOf = (read: () => unknown): RegisterError => {
  try {
    read();
  } catch (error) {
    if (error instanceof RegisterError) return error;
    throw error;
  }
  throw new Error('the spreadsheet was accepted');
};

describe('a colleague types words in the register’s language', () => {
  it('writes words, not codes: "Договір", "Так", "Контролер", "Активна" in a Ukrainian register', () => {
    const activities = sheet(toSheets(ukrainian()), 'Activities');
    expect(
      cellOf(activities, 2, 'legal bases')
        ?.split('\n')
        .map((line) => line.split(':')[0]),
    ).toEqual(['Згода', 'Договір']);
    expect(cellOf(activities, 2, 'public')).toBe('Так');
    expect(cellOf(activities, 2, 'role')).toBe('Контролер');
    expect(cellOf(activities, 2, 'status')).toBe('Активна');
    expect(cellOf(activities, 2, 'transfers')).toContain(' | Рішення про адекватність (ст. 45) | ');
  });

  it('a colleague types "Contract" and "Так" and the file reads back', () => {
    const document = ukrainian();
    const sheets = toSheets(document);
    const activities = sheet(sheets, 'Activities');
    setCell(activities, 2, 'legal bases', 'договір: трудовий договір\nЗАКОННІ ІНТЕРЕСИ');
    setCell(activities, 2, 'public', ' ні ');
    setCell(activities, 2, 'status', 'чернетка');
    setCell(activities, 2, 'special category conditions', 'ст. 9(2)(b)\nЯвна згода (ст. 9(2)(a))');
    setCell(activities, 2, 'data categories', 'Лікарняні | Так | 5 років');
    setCell(activities, 3, 'legal bases', 'Contract: employment contract');
    setCell(activities, 3, 'public', 'Так');
    const read = fromSheets(sheets, noNewIds);
    expect(read.warnings).toEqual([]);
    expect(read.document.activities[0]).toMatchObject({
      legalBases: [{ basis: 'contract', detail: 'трудовий договір' }, { basis: 'legitimate-interests' }],
      public: false,
      status: 'draft',
      specialCategoryConditions: ['art9-2-b', 'art9-2-a'],
      dataCategories: [{ name: 'Лікарняні', special: true, retention: '5 років' }],
    });
    expect(read.document.activities[1]).toMatchObject({ legalBases: [{ basis: 'contract', detail: 'employment contract' }], public: true });
  });

  it('reads a basis in full, the article alone, any case, and another language’s words (a CSV read into a register of another language)', () => {
    const document = fixture('btc-sl');
    const rows = toActivityRows(document);
    const set = (row: number, name: string, value: string) => ((rows.rows[row - 2] as string[])[rows.header.indexOf(name)] = value);
    set(2, 'legal bases', 'Izvajanje pogodbe (točka (b) člena 6(1))\nArt. 6(1)(f): fraud prevention');
    set(2, 'role', 'SKUPNI UPRAVLJAVEC');
    set(2, 'joint controllers', 'BTC d.d.');
    set(3, 'status', 'Retired');
    set(3, 'public', 'No');
    const read = fromActivityRows(rows, document, noNewIds);
    expect(read.document.activities[0]).toMatchObject({
      role: 'joint-controller',
      legalBases: [{ basis: 'contract' }, { basis: 'legitimate-interests', detail: 'fraud prevention' }],
    });
    expect(read.document.activities[1]).toMatchObject({ status: 'retired', public: false });
  });

  it('every word of every language reads back to its code, and no word stands for two', () => {
    for (const language of REPORT_LANGUAGES) {
      const words = cellWords(language);
      for (const vocabulary of Object.keys(VOCABULARIES) as Vocabulary[]) {
        for (const code of VOCABULARIES[vocabulary]) {
          expect(words.code(vocabulary, words.word(vocabulary, code)), `${language} ${vocabulary} ${code}`).toBe(code);
          expect(words.code(vocabulary, words.word(vocabulary, code).toUpperCase()), `${language} ${vocabulary} ${code}`).toBe(code);
        }
      }
    }
  });

  it('writes the words of the report catalogue: yes and no as "Yes"/"No", "Так"/"Ні", "Да"/"Не", "Da"/"Ne"', () => {
    expect(REPORT_LANGUAGES.map((language) => cellWords(language).offered('yesNo'))).toEqual([
      ['Yes', 'No'],
      ['Так', 'Ні'],
      ['Да', 'Не'],
      ['Da', 'Ne'],
    ]);
    expect(cellWords('uk').word('legalBasis', 'contract')).toBe('Договір');
    expect(cellWords('en').word('specialCondition', 'art9-2-b')).toBe('Obligations in employment, social security and social protection law (Art. 9(2)(b))');
    // A language the app does not write: English words.
    expect(cellWords('de').word('yesNo', 'yes')).toBe('Yes');
  });
});

describe('an old file with codes still reads', () => {
  /** The sheets as RoPA Desk wrote them before the words: codes in the cells, " | " after a basis, the ids first. */
  function oldSheets(document: ExchangeDocument): SheetCells[] {
    const sheets = toSheets(document);
    const activities = sheet(sheets, 'Activities');
    const old = activities.rows.map((row, index) => {
      const activity = document.activities[index] as Activity;
      const cells = Object.fromEntries(activities.header.map((name, position) => [name, row[position] ?? '']));
      cells['role'] = activity.role;
      cells['status'] = activity.status;
      cells['public'] = activity.public ? 'yes' : 'no';
      cells['legal bases'] = (activity.legalBases ?? []).map((basis) => `${basis.basis} | ${String(basis.detail ?? '').replace(/\|/g, '\\|')}`).join('\n');
      cells['transfers'] = (activity.transfers ?? [])
        .map((transfer) =>
          (cells['transfers'] ?? '')
            .split(' | ')
            .slice(0, 3)
            .concat(transfer.mechanism ?? '')
            .join(' | '),
        )
        .join('\n');
      return cells;
    });
    // The old column order: the ids first.
    const header = ['id', ...activities.header.filter((name) => name !== 'id')];
    activities.header = header;
    activities.rows = old.map((cells) => header.map((name) => cells[name] ?? ''));
    return sheets;
  }

  it('reads codes, " | " after a basis and ids in the first column as it did', () => {
    const document = fixture('bytheway-en');
    for (const activity of document.activities) {
      activity.transfers = activity.transfers?.map(({ safeguards: _safeguards, ...transfer }) => transfer);
      activity.specialCategoryConditions = ['art9-2-a', 'art9-2-b'];
    }
    const sheets = oldSheets(document);
    const activities = sheet(sheets, 'Activities');
    expect(activities.header[0]).toBe('id');
    expect(cellOf(activities, 2, 'legal bases')).toMatch(/^consent \| Art\. 6/);
    for (let row = 2; row < activities.rows.length + 2; row++) setCell(activities, row, 'special category conditions', 'art9-2-a, art9-2-b');
    expect(fromSheets(sheets, noNewIds)).toEqual({ document, unmatched: [], warnings: [] });
  });

  it('keeps the translations of an old file’s extra (JSON) when its coded cells are unchanged', () => {
    const document = fixture('bytheway-en');
    const activity = document.activities[0] as Activity;
    activity.legalBases = [{ basis: 'contract', detail: { en: 'The order', uk: 'Замовлення' } }];
    const sheets = toSheets(document);
    setCell(sheet(sheets, 'Activities'), 2, 'legal bases', 'contract | The order');
    expect(fromSheets(sheets, noNewIds)).toEqual({ document, unmatched: [], warnings: [] });
  });
});

describe('ids are the app’s', () => {
  it('are in the columns at the right of each sheet, after extra (JSON)', () => {
    for (const cells of toSheets(fixture('btc-sl')).slice(1)) {
      const first = cells.header.indexOf('extra (JSON)');
      expect(
        cells.header.slice(first + 1).every((name) => ID_COLUMNS.has(name)),
        cells.sheet,
      ).toBe(true);
      expect(
        cells.header.slice(0, first).some((name) => ID_COLUMNS.has(name)),
        cells.sheet,
      ).toBe(false);
      expect(cells.header.slice(first + 1)).toContain('id');
    }
  });

  it('a new activity row with no ids at all belongs to the file’s only organisation, and says so', () => {
    const document = fixture('btc-sl');
    const sheets = toSheets(document);
    const activities = sheet(sheets, 'Activities');
    const row = activities.header.map(() => '');
    activities.rows.push(row);
    const last = activities.rows.length + 1;
    setCell(activities, last, 'name', 'Evidenca obiskovalcev');
    setCell(activities, last, 'role', 'Upravljavec');
    setCell(activities, last, 'status', 'Osnutek');
    setCell(activities, last, 'public', 'Ne');
    const read = fromSheets(sheets, newIds);
    const added = read.document.activities.at(-1) as Activity;
    expect(added).toMatchObject({ name: 'Evidenca obiskovalcev', organisationId: document.organisations[0]?.id, status: 'draft', revision: 1 });
    expect(read.unmatched).toEqual([{ type: 'activity', id: added.id, name: 'Evidenca obiskovalcev', row: last }]);
    expect(read.warnings).toEqual([`Activities row ${last}, column "organisation id": blank, taken as ${String(document.organisations[0]?.name)}`]);
  });
});

describe('a blank yes/no says it took the default', () => {
  it('an empty "public" is No, with a warning naming the row and column', () => {
    const sheets = toSheets(fixture('bytheway-en'));
    setCell(sheet(sheets, 'Activities'), 7, 'public', '');
    const read = fromSheets(sheets, noNewIds);
    expect(read.document.activities[5]?.public).toBe(false);
    expect(read.warnings).toEqual(['Activities row 7, column "public": blank, taken as No']);
  });

  it('the answers on automated decisions left empty beside one given are No, in the file’s words', () => {
    const sheets = toSheets(ukrainian());
    setCell(sheet(sheets, 'Activities'), 3, 'profiling', 'Так');
    const read = fromSheets(sheets, noNewIds);
    expect(read.document.activities[1]?.automatedDecisionMaking).toEqual({ solelyAutomated: false, significantEffects: false, profiling: true });
    expect(read.warnings).toEqual([
      'Activities row 3, column "solely automated decisions": blank, taken as Ні',
      'Activities row 3, column "legal or similarly significant effects": blank, taken as Ні',
    ]);
  });

  it('an empty optional yes/no stays unrecorded, without a warning', () => {
    const document = fixture('bytheway-en');
    const sheets = toSheets(document);
    expect(cellOf(sheet(sheets, 'Processors'), 2, 'dpf certified')).toBe('');
    const read = fromSheets(sheets, noNewIds);
    expect(read.document.processors[0]?.dpfCertified).toBeUndefined();
    expect(read.warnings).toEqual([]);
  });
});

describe('all problems of a file are listed at once', () => {
  it('a file with three bad cells lists all three, with their sheet, row and column', () => {
    const sheets = toSheets(fixture('bytheway-en'));
    setCell(sheet(sheets, 'Activities'), 7, 'role', 'controler');
    setCell(sheet(sheets, 'Activities'), 3, 'public', 'maybe');
    setCell(sheet(sheets, 'Processors'), 2, 'dpa signed on', '31.12.2025');
    const error = refusalOf(() => fromSheets(sheets, noNewIds));
    expect(error.message).toBe(
      [
        'has 3 problems; correct them and import the file again:',
        'Processors row 2, column "dpa signed on": "31.12.2025" is not a date written YYYY-MM-DD',
        'Activities row 3, column "public": "maybe" is not Yes or No',
        'Activities row 7, column "role": "controler" is not one of Controller, Joint controller, Processor',
      ].join('\n'),
    );
    expect(error.issues).toEqual([
      { path: 'Processors row 2, column "dpa signed on"', message: '"31.12.2025" is not a date written YYYY-MM-DD' },
      { path: 'Activities row 3, column "public"', message: '"maybe" is not Yes or No' },
      { path: 'Activities row 7, column "role"', message: '"controler" is not one of Controller, Joint controller, Processor' },
    ]);
  });

  it('lists the document’s own problems with the cells’ ones: an empty name, a dangling reference, an unknown column', () => {
    const sheets = toSheets(fixture('btc-sl'));
    const activities = sheet(sheets, 'Activities');
    setCell(activities, 2, 'status', 'finished');
    setCell(activities, 3, 'name', '');
    setCell(activities, 4, 'organisation id', '11111111-1111-4111-8111-111111111111');
    activities.header[activities.header.indexOf('notes')] = 'Colour';
    const error = refusalOf(() => fromSheets(sheets, noNewIds));
    expect(error.message.split('\n')).toEqual([
      'has 4 problems; correct them and import the file again:',
      'Activities sheet: column "Colour" is not a column of the RoPA Desk template',
      'Activities row 2, column "status": "finished" is not one of Osnutek, Aktivna, Ukinjena',
      'Activities row 3, column "name": is required',
      'Activities row 4, column "organisation id": "11111111-1111-4111-8111-111111111111" points to no organisation in this file',
    ]);
    expect(error.path).toBe('activities[1].name');
  });

  it(`lists at most ${MAX_LISTED} in the message, and every one in its issues`, () => {
    const document = fixture('btc-sl');
    const rows = toActivityRows(document);
    const template = rows.rows[0] as string[];
    rows.rows = Array.from({ length: 60 }, () => {
      const row = [...template];
      row[rows.header.indexOf('id')] = '';
      row[rows.header.indexOf('role')] = 'boss';
      return row;
    });
    const error = refusalOf(() => fromActivityRows(rows, document, newIds));
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('has 60 problems; correct them and import the file again:');
    expect(lines).toHaveLength(1 + MAX_LISTED + 1);
    expect(lines.at(-1)).toBe('and 10 more');
    expect(error.issues).toHaveLength(60);
    expect(error.issues?.at(-1)).toEqual({ path: 'Activities row 61, column "role"', message: expect.stringMatching(/^"boss" is not one of/) });
  });

  it('a single problem is one line, as before', () => {
    const sheets = toSheets(fixture('bytheway-en'));
    setCell(sheet(sheets, 'Activities'), 7, 'role', 'controler');
    expect(refusalOf(() => fromSheets(sheets, noNewIds)).message).toBe(
      'Activities row 7, column "role": "controler" is not one of Controller, Joint controller, Processor',
    );
  });
});

describe('the About sheet', () => {
  it.each(REPORT_LANGUAGES)('explains every column of every sheet in %s, with the words a closed column accepts', (language) => {
    const document = fixture('bytheway-en');
    const sheets = toSheets({ ...document, register: { ...document.register, defaultLanguage: language } });
    const about = aboutSheet(sheets, cellWords(language));
    expect(about.sections.map((section) => section.heading.split(':')[0])).toEqual(['Register', 'Organisations', 'Processors', 'Activities']);
    for (const [index, section] of about.sections.slice(1).entries()) {
      const cells = sheets[index + 1] as SheetCells;
      expect(section.rows.map(([column]) => column)).toEqual(cells.header);
      for (const [column, what] of section.rows) expect(what, `${cells.sheet} ${column}`).not.toBe('');
    }
    const activities = about.sections[3]?.rows ?? [];
    const wordsOf = (name: string) => activities.find(([column]) => column === name)?.[2].split('\n');
    expect(wordsOf('legal bases')).toEqual(cellWords(language).offered('legalBasis'));
    expect(wordsOf('public')).toEqual(cellWords(language).offered('yesNo'));
    expect(wordsOf('transfers')).not.toContain(cellWords(language).word('mechanism', 'privacy-shield'));
  });

  it('has a description for every column the template has, in every language', () => {
    for (const language of REPORT_LANGUAGES) {
      const columns = cellWords(language).sheet.columns;
      for (const layout of RECORD_SHEETS) {
        for (const column of layout.codecs.flatMap((codec) => codec.columns)) {
          const common = columns.common as Readonly<Record<string, string>>;
          expect(common[column] ?? columns[layout.sheet][column], `${language} ${layout.sheet} ${column}`).toBeTruthy();
        }
      }
    }
  });
});
