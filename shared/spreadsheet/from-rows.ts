// Sheets of string cells back into an exchange document. The cells become a plain JSON object, which
// readExchangeDocument validates (so every rule of the exchange format applies); its message, which names a JSON path
// such as `activities[3].legalBases[0].basis`, is turned back into the sheet, row and column a DPO sees in Excel.
import type { UnmatchedRecord } from '../merge/merge-plan.ts';
import { readExchangeDocument, type ExchangeDocument } from '../exchange/read.ts';
import { displayText, type Text } from '../model/text.ts';
import { RegisterError } from '../result.ts';
import { CellError } from './cells.ts';
import type { CellReader, CodecContext, FieldCodec } from './codecs.ts';
import { ACTIVITIES, EXTRA_COLUMN, RECORD_SHEETS, REGISTER_FIELDS, type SheetLayout } from './columns.ts';
import { readerOf } from './to-rows.ts';

/** A sheet as read from a file: `rows[i]` is the spreadsheet's row i + 2 (row 1 is the header). */
export type SheetCells = { sheet: string; header: string[]; rows: string[][] };

/** A row that had no id: it was given a new one, and the caller may offer to match it to an existing record by name. */
export type { UnmatchedRecord };

export type SpreadsheetImport = {
  document: ExchangeDocument;
  unmatched: UnmatchedRecord[];
  /** Things read, but not as they were written: an edited column whose translations in "extra (JSON)" were dropped. */
  warnings: string[];
};

export type FromRowsOptions = {
  /** A fresh record id (a UUID) for a row with an empty id. */
  newId: () => string;
  /** The updatedAt of such a new record; defaults to the current time. */
  now?: () => string;
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where each record of the built document came from, to name the cell of a validation error. */
type Origin = { row: number; fromExtra: Set<string> };
type Origins = { sheet: string; layout: SheetLayout; rows: Origin[]; values: Array<Record<string, unknown>> };

const invalid = (message: string, path?: string) => new RegisterError('invalid-input', message, path);

function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Column name → position, and the translation languages the header has. Refuses a column the template does not have. */
function readHeader(sheet: SheetCells, label: string, layout: SheetLayout, defaultLanguage: string) {
  const known = new Map<string, FieldCodec>();
  for (const codec of layout.codecs) for (const column of codec.columns) known.set(column, codec);
  const positions = new Map<string, number>();
  const languages = new Set<string>();
  sheet.header.forEach((raw, position) => {
    const name = normaliseHeader(raw);
    if (name === '') {
      if (sheet.rows.some((row) => (row[position] ?? '').trim() !== '')) {
        throw invalid(`${label} sheet: column ${position + 1} has values but no name in the header row`);
      }
      return;
    }
    const translated = /^(.*) \[([a-z]{2,3})\]$/.exec(name);
    const base = translated?.[1] ?? name;
    const language = translated?.[2];
    const accepted =
      language === undefined
        ? known.has(name) || name === EXTRA_COLUMN.toLowerCase()
        : language !== defaultLanguage && known.get(base)?.translatable.includes(base) === true;
    if (!accepted) throw invalid(`${label} sheet: column "${raw.trim()}" is not a column of the RoPA Desk template`);
    const key = name === EXTRA_COLUMN.toLowerCase() ? EXTRA_COLUMN : name;
    if (positions.has(key)) throw invalid(`${label} sheet: column "${raw.trim()}" appears twice`);
    positions.set(key, position);
    if (language !== undefined) languages.add(language);
  });
  return { positions, languages: [...languages].sort() };
}

function parseExtra(cell: string, where: string): Record<string, unknown> {
  if (cell.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch (error) {
    throw invalid(`${where}, column "${EXTRA_COLUMN}": is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ').slice(0, 120)})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(`${where}, column "${EXTRA_COLUMN}": should be a JSON object such as {"x-note": "…"}`);
  }
  const extra = value as Record<string, unknown>;
  const forbidden = Object.keys(extra).find((key) => FORBIDDEN_KEYS.has(key));
  if (forbidden !== undefined) throw invalid(`${where}, column "${EXTRA_COLUMN}": a key named ${forbidden} is not allowed`);
  return extra;
}

/** Whether the columns of `codec` still hold what writing `value` puts there: then `value` is what they stand for. */
function columnsUnchanged(codec: FieldCodec, value: unknown, cell: CellReader, context: CodecContext, positions: Map<string, number>): boolean {
  const written = readerOf(codec.encode(value, context));
  for (const column of codec.columns) {
    const languages = codec.translatable.includes(column) ? [undefined, ...context.languages] : [undefined];
    for (const language of languages) {
      const name = language === undefined ? column : `${column} [${language}]`;
      if (!positions.has(name)) continue; // a column taken out of the sheet changed nothing it held
      if (written(column, language) !== cell(column, language)) return false;
    }
  }
  return true;
}

function displayName(name: unknown, defaultLanguage: string): string {
  return typeof name === 'string' || (name !== null && typeof name === 'object') ? displayText(name as Text, defaultLanguage, defaultLanguage) : '';
}

type Built = { records: Array<Record<string, unknown>>; origins: Origins; unmatched: UnmatchedRecord[]; warnings: string[] };

/** The records of one sheet, as plain JSON objects (not yet validated). */
function readRecords(sheet: SheetCells, label: string, layout: SheetLayout, defaultLanguage: string, options: FromRowsOptions): Built {
  const { positions, languages } = readHeader(sheet, label, layout, defaultLanguage);
  const context: CodecContext = { defaultLanguage, languages };
  const now = options.now ?? (() => new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  const built: Built = { records: [], origins: { sheet: label, layout, rows: [], values: [] }, unmatched: [], warnings: [] };

  sheet.rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const rowNumber = index + 2;
    const where = `${label} row ${rowNumber}`;
    const cell: CellReader = (column, language) => {
      const position = positions.get(language === undefined ? column : `${column} [${language}]`);
      return position === undefined ? '' : (row[position] ?? '');
    };
    const extraPosition = positions.get(EXTRA_COLUMN);
    const extra = parseExtra(extraPosition === undefined ? '' : (row[extraPosition] ?? ''), where);
    const record: Record<string, unknown> = {};
    const fromExtra = new Set<string>();
    for (const codec of layout.codecs) {
      let value: unknown;
      try {
        value = codec.decode(cell, context);
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        if (Object.hasOwn(extra, codec.field) && columnsUnchanged(codec, extra[codec.field], cell, context, positions)) {
          value = undefined; // the exact value is in the extra cell, below
        } else {
          const line = error.line === undefined ? '' : ` (line ${error.line} of the cell)`;
          throw invalid(`${where}, column "${error.column ?? codec.columns[0]}": ${error.message}${line}`);
        }
      }
      if (Object.hasOwn(extra, codec.field)) {
        if (columnsUnchanged(codec, extra[codec.field], cell, context, positions)) {
          value = extra[codec.field];
          fromExtra.add(codec.field);
        } else {
          built.warnings.push(
            `${where}: column "${codec.columns[0]}" was changed, so the value kept for it in "${EXTRA_COLUMN}" (such as its translations) was left out`,
          );
        }
      }
      if (value !== undefined) record[codec.field] = value;
    }
    const known = new Set(layout.codecs.map((codec) => codec.field));
    for (const key of Object.keys(extra)) {
      if (known.has(key)) continue;
      record[key] = extra[key];
      fromExtra.add(key);
    }
    if (record['id'] === undefined) {
      record['id'] = options.newId();
      if (record['updatedAt'] === undefined) record['updatedAt'] = now();
      if (record['revision'] === undefined) record['revision'] = 1;
      built.unmatched.push({ type: layout.type, id: record['id'] as string, name: displayName(record['name'], defaultLanguage), row: rowNumber });
    }
    built.records.push(record);
    built.origins.rows.push({ row: rowNumber, fromExtra });
    built.origins.values.push(record);
  });
  return built;
}

function findSheet(sheets: readonly SheetCells[], name: string): SheetCells {
  const sheet = sheets.find((candidate) => candidate.sheet.trim().toLowerCase() === name.toLowerCase());
  if (sheet === undefined) throw invalid(`The workbook has no "${name}" sheet: it is not a RoPA Desk register template`);
  return sheet;
}

/** The Register sheet's rows, field → value. */
function readRegisterSheet(sheet: SheetCells): Map<string, string> {
  const fields = new Set<string>(Object.values(REGISTER_FIELDS).map((field) => field.toLowerCase()));
  const values = new Map<string, string>();
  sheet.rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const name = normaliseHeader(row[0] ?? '');
    if (!fields.has(name)) throw invalid(`Register row ${index + 2}: "${(row[0] ?? '').trim()}" is not a field of the RoPA Desk template`);
    if (values.has(name)) throw invalid(`Register row ${index + 2}: "${name}" is given twice`);
    values.set(name, row[1] ?? '');
  });
  return values;
}

/** Where a validation error's JSON path points, in spreadsheet terms. */
function locate(path: string, all: readonly Origins[]): string | undefined {
  const match = /^(organisations|processors|activities)(?:\[(\d+)\](.*))?$/.exec(path);
  if (match === null) return undefined;
  const origins = all.find((candidate) => candidate.layout.list === match[1]);
  if (origins === undefined) return undefined;
  if (match[2] === undefined) return `${origins.sheet} sheet`;
  const index = Number(match[2]);
  const origin = origins.rows[index];
  if (origin === undefined) return undefined;
  const steps = [...(match[3] ?? '').matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((step) => (step[2] === undefined ? (step[1] as string) : Number(step[2])));
  const field = steps[0];
  const where = `${origins.sheet} row ${origin.row}`;
  if (typeof field !== 'string') return where;
  const codec = origins.layout.codecs.find((candidate) => candidate.field === field);
  if (codec === undefined || origin.fromExtra.has(field)) return `${where}, column "${EXTRA_COLUMN}"`;
  const column = `${where}, column "${codec.columnOf(steps.slice(1))}"`;
  const item = steps[1];
  const list = origins.values[index]?.[field];
  return codec.list && typeof item === 'number' && Array.isArray(list) && list.length > 1 ? `${column} (item ${item + 1} in the cell)` : column;
}

const REGISTER_PATHS: Record<string, string> = {
  format: REGISTER_FIELDS.format,
  version: REGISTER_FIELDS.version,
  exportedAt: REGISTER_FIELDS.exportedAt,
  'register.id': REGISTER_FIELDS.registerId,
  'register.name': REGISTER_FIELDS.registerName,
  'register.defaultLanguage': REGISTER_FIELDS.defaultLanguage,
  register: REGISTER_FIELDS.registerName,
  baseRevision: REGISTER_FIELDS.baseRevision,
};

/** Validates the assembled JSON, turning the path of the first error into a sheet, row and column. */
function validate(json: Record<string, unknown>, origins: readonly Origins[], registerLabel: string | undefined): ExchangeDocument {
  try {
    return readExchangeDocument(json);
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    const path = error.path ?? '';
    const prefix = `${path}: `;
    const message = path !== '' && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    const place = locate(path, origins);
    if (place !== undefined) throw invalid(`${place}: ${message}`, path);
    const field = REGISTER_PATHS[path] ?? (path.startsWith('x-') ? EXTRA_COLUMN : undefined);
    if (registerLabel !== undefined && field !== undefined) throw invalid(`${registerLabel}, field "${field}": ${message}`, path);
    throw invalid(path === '' ? message : `${path}: ${message}`, path);
  }
}

/** The four sheets of the XLSX template (other sheets are ignored) → a validated document. */
export function fromSheets(sheets: readonly SheetCells[], options: FromRowsOptions): SpreadsheetImport {
  const register = readRegisterSheet(findSheet(sheets, 'Register'));
  const field = (name: string) => register.get(name.toLowerCase()) ?? '';
  const whole = (name: string): number | string | undefined => {
    const value = field(name).trim();
    return value === '' ? undefined : /^\d+$/.test(value) ? Number(value) : value;
  };
  const defaultLanguage = field(REGISTER_FIELDS.defaultLanguage).trim();
  const extra = parseExtra(field(REGISTER_FIELDS.extra), 'Register sheet');
  const built = RECORD_SHEETS.map((layout) => readRecords(findSheet(sheets, layout.sheet), layout.sheet, layout, defaultLanguage, options));
  const [organisations, processors, activities] = built as [Built, Built, Built];
  const baseRevision = whole(REGISTER_FIELDS.baseRevision);
  const json: Record<string, unknown> = {
    format: field(REGISTER_FIELDS.format).trim(),
    version: whole(REGISTER_FIELDS.version),
    exportedAt: field(REGISTER_FIELDS.exportedAt).trim(),
    register: {
      id: field(REGISTER_FIELDS.registerId).trim(),
      name: field(REGISTER_FIELDS.registerName),
      defaultLanguage,
    },
    ...(baseRevision === undefined ? {} : { baseRevision }),
    organisations: organisations.records,
    processors: processors.records,
    activities: activities.records,
  };
  for (const key of Object.keys(extra)) json[key] = extra[key];
  const document = validate(
    json,
    built.map((sheet) => sheet.origins),
    'Register sheet',
  );
  return {
    document,
    unmatched: built.flatMap((sheet) => sheet.unmatched),
    warnings: built.flatMap((sheet) => sheet.warnings),
  };
}

/**
 * A CSV of activities (the Activities sheet's columns) read into the receiving register: `base` gives the register,
 * organisations and processors the activities refer to; the result holds `base` with the CSV's activities.
 */
export function fromActivityRows(table: { header: string[]; rows: string[][] }, base: ExchangeDocument, options: FromRowsOptions): SpreadsheetImport {
  const built = readRecords({ sheet: ACTIVITIES.sheet, ...table }, ACTIVITIES.sheet, ACTIVITIES, base.register.defaultLanguage, options);
  const json: Record<string, unknown> = { ...base, activities: built.records };
  const document = validate(json, [built.origins], undefined);
  return { document, unmatched: built.unmatched, warnings: built.warnings };
}
