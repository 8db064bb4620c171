// Sheets of string cells back into an exchange document. The cells become a plain JSON object, which
// readExchangeDocument validates (so every rule of the exchange format applies). Every problem is gathered, those of
// the cells as they are read and then the document's own (documentIssues), each turned from its JSON path (such as
// `activities[3].legalBases[0].basis`) into the sheet, row and column a DPO sees in Excel, and refused all at once.
import type { UnmatchedRecord } from '../merge/merge-plan.ts';
import { documentIssues } from '../exchange/document-issues.ts';
import { readExchangeDocument, type ExchangeDocument } from '../exchange/read.ts';
import { displayText, type Text } from '../model/text.ts';
import { refuse } from '../refusals/refusals.ts';
import { RegisterError } from '../result.ts';
import { CellError } from './cells.ts';
import type { CellReader, CodecContext } from './codecs.ts';
import { ACTIVITIES, EXTRA_COLUMN, RECORD_SHEETS, REGISTER_FIELDS, type SheetLayout } from './columns.ts';
import { locate, type Origins } from './locate.ts';
import { refusal, SHEET_ORDER, type Problem } from './problems.ts';
import { columnsUnchanged, normaliseHeader, readHeader, type Decoded } from './sheet-columns.ts';
import { cellWords } from './vocabulary.ts';

/** A sheet as read from a file: `rows[i]` is the spreadsheet's row i + 2 (row 1 is the header). */
export type SheetCells = { sheet: string; header: string[]; rows: string[][] };

/** A row that had no id: it was given a new one, and the caller may offer to match it to an existing record by name. */
export type { UnmatchedRecord };

export type SpreadsheetImport = {
  document: ExchangeDocument;
  unmatched: UnmatchedRecord[];
  /**
   * Things read, but not as they were written: a blank yes/no taken as its default, an activity given the file's only
   * organisation, an edited column whose translations in "extra (JSON)" were dropped.
   */
  warnings: string[];
};

export type FromRowsOptions = {
  /** A fresh record id (a UUID) for a row with an empty id. */
  newId: () => string;
  /** The updatedAt of such a new record; defaults to the current time. */
  now?: () => string;
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The extra cell's JSON object, or what is wrong with it. */
function parseExtra(cell: string): { extra: Record<string, unknown> } | { problem: string } {
  if (cell.trim() === '') return { extra: {} };
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch (error) {
    return { problem: `is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ').slice(0, 120)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'should be a JSON object such as {"x-note": "…"}' };
  const extra = value as Record<string, unknown>;
  const forbidden = Object.keys(extra).find((key) => FORBIDDEN_KEYS.has(key));
  return forbidden === undefined ? { extra } : { problem: `a key named ${forbidden} is not allowed` };
}

function displayName(name: unknown, defaultLanguage: string): string {
  return typeof name === 'string' || (name !== null && typeof name === 'object') ? displayText(name as Text, defaultLanguage, defaultLanguage) : '';
}

type Built = { records: Array<Record<string, unknown>>; origins: Origins; unmatched: UnmatchedRecord[]; warnings: string[] };

/** The records of one sheet, as plain JSON objects (not yet validated); what cannot be read goes to `problems`. */
function readRecords(sheet: SheetCells, label: string, layout: SheetLayout, defaultLanguage: string, options: FromRowsOptions, problems: Problem[]): Built {
  const order = SHEET_ORDER[layout.sheet] ?? 0;
  const { positions, languages } = readHeader(sheet, label, layout, defaultLanguage, problems);
  const context: CodecContext = { defaultLanguage, languages, words: cellWords(defaultLanguage) };
  const now = options.now ?? (() => new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  const built: Built = { records: [], origins: { sheet: label, order, layout, positions, rows: [], values: [] }, unmatched: [], warnings: [] };

  sheet.rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const rowNumber = index + 2;
    const where = `${label} row ${rowNumber}`;
    const problem = (column: string, message: string, line?: number) =>
      problems.push({
        place: `${where}, column "${column}"`,
        message: line === undefined ? message : `${message} (line ${line} of the cell)`,
        order: [order, rowNumber, positions.get(column) ?? Number.MAX_SAFE_INTEGER, line ?? 0],
      });
    const cell: CellReader = (column, language) => {
      const position = positions.get(language === undefined ? column : `${column} [${language}]`);
      return position === undefined ? '' : (row[position] ?? '');
    };
    const extraPosition = positions.get(EXTRA_COLUMN);
    const parsed = parseExtra(extraPosition === undefined ? '' : (row[extraPosition] ?? ''));
    if ('problem' in parsed) problem(EXTRA_COLUMN, parsed.problem);
    const extra = 'extra' in parsed ? parsed.extra : {};
    const record: Record<string, unknown> = {};
    const fromExtra = new Set<string>();
    const failed = new Set<string>();
    // The blank cells a codec read as their default, told while it reads: warnings only if its value is the one kept.
    const defaults: Array<[string, string]> = [];
    const reading: CodecContext = { ...context, tookDefault: (column, shown) => defaults.push([column, shown]) };
    for (const codec of layout.codecs) {
      defaults.length = 0;
      let decoded: Decoded;
      try {
        decoded = { ok: true, value: codec.decode(cell, reading) };
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        decoded = { ok: false, error };
      }
      let value: unknown;
      if (Object.hasOwn(extra, codec.field) && columnsUnchanged(codec, extra[codec.field], decoded, cell, context, positions)) {
        value = extra[codec.field];
        fromExtra.add(codec.field);
      } else {
        if (Object.hasOwn(extra, codec.field) && decoded.ok) {
          built.warnings.push(
            `${where}: column "${codec.columns[0]}" was changed, so the value kept for it in "${EXTRA_COLUMN}" (such as its translations) was left out`,
          );
        }
        if (!decoded.ok) {
          problem(decoded.error.column ?? codec.columns[0] ?? codec.field, decoded.error.message, decoded.error.line);
          failed.add(codec.field);
          continue;
        }
        value = decoded.value;
        for (const [column, shown] of defaults) built.warnings.push(`${where}, column "${column}": blank, taken as ${shown}`);
      }
      if (value !== undefined) record[codec.field] = value;
    }
    const known = new Set(layout.codecs.map((codec) => codec.field));
    for (const key of Object.keys(extra)) {
      if (known.has(key)) continue;
      record[key] = extra[key];
      fromExtra.add(key);
    }
    if (record['id'] === undefined && !failed.has('id')) {
      record['id'] = options.newId();
      if (record['updatedAt'] === undefined) record['updatedAt'] = now();
      if (record['revision'] === undefined) record['revision'] = 1;
      built.unmatched.push({ type: layout.type, id: record['id'] as string, name: displayName(record['name'], defaultLanguage), row: rowNumber });
    }
    built.records.push(record);
    built.origins.rows.push({ row: rowNumber, fromExtra, failed });
    built.origins.values.push(record);
  });
  return built;
}

/**
 * An activity row without an organisation id, in a file of one organisation, belongs to it: ids are the app's, and a
 * colleague adding a row does not copy one. With several organisations it stays a problem, which names the column.
 */
function giveOnlyOrganisation(activities: Built, organisations: ReadonlyArray<Record<string, unknown>>, defaultLanguage: string): void {
  const only = organisations.length === 1 ? organisations[0] : undefined;
  if (only === undefined || typeof only['id'] !== 'string') return;
  activities.records.forEach((record, index) => {
    const origin = activities.origins.rows[index];
    if (record['organisationId'] !== undefined || origin === undefined || origin.failed.has('organisationId')) return;
    record['organisationId'] = only['id'];
    activities.warnings.push(
      `${activities.origins.sheet} row ${origin.row}, column "organisation id": blank, taken as ${displayName(only['name'], defaultLanguage) || only['id']}`,
    );
  });
}

function findSheet(sheets: readonly SheetCells[], name: string): SheetCells {
  const sheet = sheets.find((candidate) => candidate.sheet.trim().toLowerCase() === name.toLowerCase());
  if (sheet === undefined) throw refuse('invalid-input', 'imports:workbookMissingSheet', { sheet: name });
  return sheet;
}

/** The Register sheet's rows, field → value. */
function readRegisterSheet(sheet: SheetCells, problems: Problem[]): Map<string, string> {
  const fields = new Set<string>(Object.values(REGISTER_FIELDS).map((field) => field.toLowerCase()));
  const values = new Map<string, string>();
  sheet.rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const name = normaliseHeader(row[0] ?? '');
    const place = `Register row ${index + 2}`;
    const order = [SHEET_ORDER['Register'] ?? 0, index + 2];
    if (!fields.has(name)) problems.push({ place, message: `"${(row[0] ?? '').trim()}" is not a field of the RoPA Desk template`, order });
    else if (values.has(name)) problems.push({ place, message: `"${name}" is given twice`, order });
    else values.set(name, row[1] ?? '');
  });
  return values;
}

/** Validates the assembled JSON: the document, or the refusal that lists every problem, those of the cells included. */
function validate(json: Record<string, unknown>, origins: readonly Origins[], registerLabel: string | undefined, problems: Problem[]): ExchangeDocument {
  let refused: RegisterError | undefined;
  if (problems.length === 0) {
    try {
      return readExchangeDocument(json);
    } catch (error) {
      if (!(error instanceof RegisterError)) throw error;
      refused = error;
    }
  }
  const issues = documentIssues(json);
  // The compiled reader and the one that lists every issue accept the same documents; should they ever differ, the refusal still names a problem.
  if (issues.length === 0 && refused !== undefined) issues.push({ path: refused.path ?? '', message: refused.message });
  for (const issue of issues) {
    const place = locate(issue.path, origins, registerLabel);
    if (place === 'reported') continue;
    problems.push({ ...place, message: issue.message, path: issue.path });
  }
  throw refusal(problems);
}

/** The four sheets of the XLSX template (other sheets are ignored) → a validated document. */
export function fromSheets(sheets: readonly SheetCells[], options: FromRowsOptions): SpreadsheetImport {
  const problems: Problem[] = [];
  const register = readRegisterSheet(findSheet(sheets, 'Register'), problems);
  const field = (name: string) => register.get(name.toLowerCase()) ?? '';
  const whole = (name: string): number | string | undefined => {
    const value = field(name).trim();
    return value === '' ? undefined : /^\d+$/.test(value) ? Number(value) : value;
  };
  const defaultLanguage = field(REGISTER_FIELDS.defaultLanguage).trim();
  const parsed = parseExtra(field(REGISTER_FIELDS.extra));
  if ('problem' in parsed) problems.push({ place: `Register sheet, field "${REGISTER_FIELDS.extra}"`, message: parsed.problem, order: [0, 0] });
  const built = RECORD_SHEETS.map((layout) => readRecords(findSheet(sheets, layout.sheet), layout.sheet, layout, defaultLanguage, options, problems));
  const [organisations, processors, activities] = built as [Built, Built, Built];
  giveOnlyOrganisation(activities, organisations.records, defaultLanguage);
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
  const extra = 'extra' in parsed ? parsed.extra : {};
  for (const key of Object.keys(extra)) json[key] = extra[key];
  const document = validate(
    json,
    built.map((sheet) => sheet.origins),
    'Register sheet',
    problems,
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
  const problems: Problem[] = [];
  const language = base.register.defaultLanguage;
  const built = readRecords({ sheet: ACTIVITIES.sheet, ...table }, ACTIVITIES.sheet, ACTIVITIES, language, options, problems);
  giveOnlyOrganisation(built, base.organisations as unknown as ReadonlyArray<Record<string, unknown>>, language);
  const json: Record<string, unknown> = { ...base, activities: built.records };
  const document = validate(json, [built.origins], undefined, problems);
  return { document, unmatched: built.unmatched, warnings: built.warnings };
}
