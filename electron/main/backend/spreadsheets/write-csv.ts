// The register's activities as CSV, the Activities sheet's columns (shared/spreadsheet/columns.ts). UTF-8 with a
// byte-order mark, which is how Excel knows the file is UTF-8 (without it, Cyrillic comes out as mojibake).
import Papa from 'papaparse';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { toActivityRows } from '../../../../shared/spreadsheet/to-rows.ts';
import { writeFileAtomicallySync } from '../files/atomic-write.ts';
import { guardFormula } from './csv-formulas.ts';

/** CSV text as Excel reads it: a byte-order mark, Windows line ends, and no cell it would run as a formula. */
export function csvText(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const text = Papa.unparse({ fields: [...header], data: rows.map((row) => row.map(guardFormula)) }, { newline: '\r\n' });
  return `\ufeff${text}\r\n`;
}

/** The CSV text (with its byte-order mark) of the document's activities. */
export function activitiesCsv(document: ExchangeDocument): string {
  const sheet = toActivityRows(document);
  return csvText(sheet.header, sheet.rows);
}

/** Writes the activities CSV; the file appears whole or not at all. */
export function writeCsv(document: ExchangeDocument, filePath: string): void {
  writeFileAtomicallySync(filePath, activitiesCsv(document));
}
