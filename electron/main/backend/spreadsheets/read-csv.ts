// Reads a CSV of activities (the Activities sheet's columns) into the receiving register. Excel saves CSV in the
// locale's list separator (a comma, or a semicolon in much of Europe), which is guessed; the text must be UTF-8.
import { readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { fromActivityRows, type SpreadsheetImport } from '../../../../shared/spreadsheet/from-rows.ts';
import { unguardFormula } from './csv-formulas.ts';
import { MAX_SHEET_ROWS, type ReadSpreadsheetOptions } from './read-xlsx.ts';

export const MAX_CSV_BYTES = 100 * 1024 * 1024;

function decodeUtf8(bytes: Buffer): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw refuse('invalid-input', 'files:csvNotUtf8');
  }
}

/** The rows of the CSV at `filePath`, every cell as text (formula guards undone); refuses what cannot be read. */
export function readCsvRecords(filePath: string, maxRows = MAX_SHEET_ROWS): string[][] {
  if (statSync(filePath).size > MAX_CSV_BYTES) {
    throw refuse('invalid-input', 'files:csvTooLarge', { megabytes: MAX_CSV_BYTES / (1024 * 1024) });
  }
  const text = decodeUtf8(readFileSync(filePath));
  // `preview` stops the parser just past the limit, so an oversized file is not held in memory as rows.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], preview: maxRows + 2, skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (fatal !== undefined) {
    throw fatal.row === undefined
      ? refuse('invalid-input', 'files:csvUnreadable', { reason: fatal.message })
      : refuse('invalid-input', 'files:csvUnreadableAtRow', { row: fatal.row + 1, reason: fatal.message });
  }
  // Empty lines are kept (the reader skips them), so that a row's number is the one Excel shows.
  const records = parsed.data;
  if (records.filter((row) => row.some((cell) => cell !== '')).length > maxRows + 1) {
    throw refuse('invalid-input', 'files:csvTooManyRows', { max: maxRows });
  }
  return records.map((row) => row.map(unguardFormula));
}

/** Reads `filePath` into `base` (the register receiving it): the result is `base` with the CSV's activities. */
export function readCsv(filePath: string, base: ExchangeDocument, newId: () => string, options: ReadSpreadsheetOptions = {}): SpreadsheetImport {
  const [header = [], ...rows] = readCsvRecords(filePath, options.maxRows ?? MAX_SHEET_ROWS);
  return fromActivityRows({ header, rows }, base, { newId, ...(options.now === undefined ? {} : { now: options.now }) });
}
