// An exchange document as sheets of string cells (the XLSX template, the CSV of activities), closed lists in the words
// of the register's default language (vocabulary.ts).
// Lossless by construction: each field is written into its columns, read back at once, and if that does not give the
// same value (a translated list item, an empty string, an x- key inside a nested object, …) the exact value is also
// put in the row's `extra (JSON)` cell, which the reader prefers while the columns still say what was written.
import type { ExchangeDocument } from '../exchange/read.ts';
import type { CellReader, CodecContext } from './codecs.ts';
import { translationColumn } from './codecs.ts';
import { cellWords } from './vocabulary.ts';
import { ACTIVITIES, EXTRA_COLUMN, RECORD_SHEETS, REGISTER_FIELDS, REGISTER_HEADER, sheetHeader, type SheetLayout, type SheetName } from './columns.ts';

export type SheetRows = { sheet: SheetName; header: string[]; rows: string[][] };

/** Structural equality of JSON values; object key order and keys holding undefined do not count. */
export function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => sameValue(item, right[index]));
  }
  const a = left as Record<string, unknown>;
  const b = right as Record<string, unknown>;
  const keys = (object: Record<string, unknown>) => Object.keys(object).filter((key) => object[key] !== undefined);
  const aKeys = keys(a);
  return aKeys.length === keys(b).length && aKeys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}

/** A reader over cells a codec has just written. */
export function readerOf(cells: Record<string, string>): CellReader {
  return (column, language) => cells[language === undefined ? column : translationColumn(column, language)] ?? '';
}

/** The translation languages a sheet's columns carry, sorted: those the records use, the default language not among them. */
export function sheetLanguages(layout: SheetLayout, records: ReadonlyArray<Record<string, unknown>>, defaultLanguage: string): string[] {
  const found = new Set<string>();
  for (const record of records) {
    for (const codec of layout.codecs) for (const language of codec.languages(record[codec.field])) found.add(language);
  }
  found.delete(defaultLanguage);
  return [...found].sort();
}

/** The languages used anywhere in the document's columns: every record sheet gets translation columns for all of them. */
export function documentLanguages(document: ExchangeDocument): string[] {
  const found = new Set<string>();
  for (const layout of RECORD_SHEETS) {
    const records = document[layout.list] as ReadonlyArray<Record<string, unknown>>;
    for (const language of sheetLanguages(layout, records, document.register.defaultLanguage)) found.add(language);
  }
  return [...found].sort();
}

function recordRow(layout: SheetLayout, record: Record<string, unknown>, header: readonly string[], context: CodecContext): string[] {
  const cells: Record<string, string> = {};
  const extra: Record<string, unknown> = {};
  for (const codec of layout.codecs) {
    const value = record[codec.field];
    const written = codec.encode(value, context);
    Object.assign(cells, written);
    let readBack: unknown;
    try {
      readBack = codec.decode(readerOf(written), context);
    } catch {
      readBack = Symbol('unreadable');
    }
    if (!sameValue(readBack, value)) extra[codec.field] = value;
  }
  const known = new Set(layout.codecs.map((codec) => codec.field));
  for (const key of Object.keys(record)) if (!known.has(key) && record[key] !== undefined) extra[key] = record[key];
  cells[EXTRA_COLUMN] = Object.keys(extra).length === 0 ? '' : JSON.stringify(extra);
  return header.map((column) => cells[column] ?? '');
}

/** One record sheet. `languages`: the translation columns to make (default: those the document uses). */
export function recordSheet(layout: SheetLayout, document: ExchangeDocument, languages = documentLanguages(document)): SheetRows {
  const defaultLanguage = document.register.defaultLanguage;
  const context: CodecContext = { defaultLanguage, languages, words: cellWords(defaultLanguage) };
  const header = sheetHeader(layout, languages);
  const records = document[layout.list] as ReadonlyArray<Record<string, unknown>>;
  return { sheet: layout.sheet, header, rows: records.map((record) => recordRow(layout, record, header, context)) };
}

function registerSheet(document: ExchangeDocument): SheetRows {
  const extra = Object.fromEntries(Object.entries(document).filter(([key]) => key.startsWith('x-')));
  const rows: string[][] = [
    [REGISTER_FIELDS.format, document.format],
    [REGISTER_FIELDS.version, String(document.version)],
    [REGISTER_FIELDS.exportedAt, document.exportedAt],
    [REGISTER_FIELDS.registerId, document.register.id],
    [REGISTER_FIELDS.registerName, document.register.name],
    [REGISTER_FIELDS.defaultLanguage, document.register.defaultLanguage],
    [REGISTER_FIELDS.baseRevision, document.baseRevision === undefined ? '' : String(document.baseRevision)],
    [REGISTER_FIELDS.extra, Object.keys(extra).length === 0 ? '' : JSON.stringify(extra)],
  ];
  return { sheet: 'Register', header: [...REGISTER_HEADER], rows };
}

/** The whole document as the four sheets of the XLSX template: Register, Organisations, Processors, Activities. */
export function toSheets(document: ExchangeDocument): SheetRows[] {
  const languages = documentLanguages(document);
  return [registerSheet(document), ...RECORD_SHEETS.map((layout) => recordSheet(layout, document, languages))];
}

/** The activities alone, as the CSV carries them (the same columns as the Activities sheet). */
export function toActivityRows(document: ExchangeDocument): SheetRows {
  const languages = sheetLanguages(ACTIVITIES, document.activities as ReadonlyArray<Record<string, unknown>>, document.register.defaultLanguage);
  return recordSheet(ACTIVITIES, document, languages);
}
