// Hostile input to the readers of files that come from outside: the exchange-format reader and the spreadsheet
// reader, fed fast-check's random and mutated inputs. Each input is either read or refused with a RegisterError that
// says what is wrong; nothing else is ever thrown, nothing hangs, and no input reaches Object.prototype.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseExchangeText, readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { fromActivityRows, fromSheets } from '../../../../shared/spreadsheet/from-rows.ts';
import { toSheets } from '../../../../shared/spreadsheet/to-rows.ts';
import { fixturePath } from '../../../support/fixtures.ts';

export const RUNS = 400;
const fixtureText = readFileSync(fixturePath('btc-sl'), 'utf8');
const fixture = JSON.parse(fixtureText) as ExchangeDocument;
let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

/** Reading either succeeds or refuses with a message; any other outcome is a defect. */
function readOrRefuse(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    expect(error.message.trim()).not.toBe('');
  }
}

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

/** A JSON value with the keys an attacker would try, at any depth. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'format', 'activities', 'x-a', 'name');
const hostileJson: fc.Arbitrary<string> = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map((entries) => ({ entries })),
    ),
  }))
  .value.map(function text(value: unknown): string {
    if (value !== null && typeof value === 'object' && 'entries' in value && Array.isArray((value as { entries: unknown }).entries)) {
      const entries = (value as { entries: Array<[string, unknown]> }).entries;
      return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${text(inner)}`).join(',')}}`;
    }
    if (Array.isArray(value)) return `[${value.map(text).join(',')}]`;
    return JSON.stringify(value) ?? 'null';
  });

/** The fixture with one value, anywhere in it, replaced by a random one (often a __proto__ object). */
const mutatedFixture: fc.Arbitrary<string> = fc.tuple(fc.nat(), hostileJson).map(([seed, replacement]) => {
  const paths: Array<Array<string | number>> = [];
  (function walk(node: unknown, at: Array<string | number>) {
    paths.push(at);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...at, index]));
    else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) walk(item, [...at, key]);
  })(fixture, []);
  const path = paths[seed % paths.length] ?? [];
  const marker = '"\u0000replace\u0000"';
  const copy = structuredClone(fixture) as unknown as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = '\u0000replace\u0000';
  return JSON.stringify(copy).replace(marker, replacement);
});

describe('the exchange-format reader, given hostile input', () => {
  it(`reads or refuses ${RUNS} random JSON texts with attacker's keys`, () => {
    fc.assert(
      fc.property(hostileJson, (text) => readOrRefuse(() => parseExchangeText(text))),
      { numRuns: RUNS },
    );
  });

  it(`reads or refuses ${RUNS} copies of a real register with one value replaced anywhere`, () => {
    fc.assert(
      fc.property(mutatedFixture, (text) => readOrRefuse(() => parseExchangeText(text))),
      { numRuns: RUNS },
    );
  });

  it(`reads or refuses ${RUNS} random strings, cut-off files and random bytes`, () => {
    const texts = fc.oneof(
      fc.string(),
      fc.nat({ max: fixtureText.length }).map((end) => fixtureText.slice(0, end)),
      fc.uint8Array().map((bytes) => Buffer.from(bytes).toString('latin1')),
    );
    fc.assert(
      fc.property(texts, (text) => readOrRefuse(() => parseExchangeText(text))),
      { numRuns: RUNS },
    );
  });

  it('refuses objects built in memory with a __proto__ key, whatever is under it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (inner) => {
        const document = JSON.parse(`{"format":"ropa-exchange","version":1,"__proto__":${JSON.stringify(inner)}}`) as unknown;
        readOrRefuse(() => readExchangeDocument(document));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the spreadsheet reader, given hostile cells', () => {
  const sheets = toSheets(fixture);
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '__proto__',
      'yes',
      'no',
      '{"__proto__":{"polluted":true}}',
      '=HYPERLINK("http://x")',
      ' | | ',
      '\\',
      '2026-02-30',
      'consent | ',
      'x'.repeat(40_000),
    ),
  );

  it(`reads or refuses ${RUNS} workbooks of the template with random cells in random places`, () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), cell), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(edits, (changes) => {
        const edited = sheets.map((sheet) => ({ sheet: sheet.sheet, header: [...sheet.header], rows: sheet.rows.map((row) => [...row]) }));
        for (const [sheetIndex, rowIndex, columnIndex, value] of changes) {
          const sheet = edited[sheetIndex % edited.length]!;
          const row = rowIndex % (sheet.rows.length + 2);
          const column = columnIndex % sheet.header.length;
          if (row === sheet.rows.length + 1)
            sheet.header[column] = value; // a header renamed
          else (sheet.rows[row] ??= sheet.header.map(() => ''))[column] = value; // a cell, or a new row
        }
        readOrRefuse(() => fromSheets(edited, { newId }));
      }),
      { numRuns: RUNS },
    );
  });

  it(`reads or refuses ${RUNS} CSV tables of random headers and cells`, () => {
    const table = fc.record({
      header: fc.array(fc.oneof(fc.string(), fc.constantFrom('id', 'name', 'role', '__proto__', 'extra (JSON)')), { maxLength: 6 }),
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(table, (csv) => readOrRefuse(() => fromActivityRows(csv, fixture, { newId }))),
      { numRuns: RUNS },
    );
  });
});
