// A file for a colleague (or another tool): the exchange file, the XLSX template, a CSV of activities or a Fides
// manifest. Each is written to a temporary
// file beside the target and renamed into place, so a full disk or a crash never leaves half a file.
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../../../shared/exchange/write.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';

export type ColleagueFormat = 'json' | 'xlsx' | 'csv' | 'fides';

export const COLLEAGUE_EXTENSIONS: Record<ColleagueFormat, string> = { json: '.ropa.json', xlsx: '.xlsx', csv: '.csv', fides: '.fides.yml' };

/** The extension the Save dialog filters on. */
export const DIALOG_EXTENSIONS = { json: 'json', xlsx: 'xlsx', csv: 'csv', fides: 'yml' } as const satisfies Record<ColleagueFormat, string>;

/** The format a file name asks for, if it names one (`.json` counts as an exchange file). */
export function colleagueFormatOf(filePath: string): ColleagueFormat | undefined {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'fides';
  return undefined;
}

export async function writeColleagueFile(document: ExchangeDocument, filePath: string, format: ColleagueFormat): Promise<void> {
  // The spreadsheet writers (exceljs, papaparse) load only when a spreadsheet is written, not with the backend.
  if (format === 'xlsx') await (await import('../spreadsheets/write-xlsx.ts')).writeXlsx(document, filePath);
  else if (format === 'csv') (await import('../spreadsheets/write-csv.ts')).writeCsv(document, filePath);
  else if (format === 'fides') await (await import('../fides/fides-file.ts')).writeFidesFile(document, filePath);
  else await writeFileAtomically(filePath, serialiseExchangeDocument(document));
}
