// The sheets of a spreadsheet file, XLSX or CSV, as text grids: what the layouts and column mappings read.
import path from 'node:path';
import type { SheetGrid } from '../../../../shared/import-layouts/imported-register.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { FileKind } from './read-colleague-file.ts';

/** Reads the sheets (exceljs and papaparse load only now: `ropa check` and the app's start need neither). */
export async function readSheetGrids(filePath: string, kind: FileKind): Promise<SheetGrid[]> {
  if (kind === 'xlsx') return (await import('../spreadsheets/read-xlsx.ts')).readXlsxSheets(filePath);
  if (kind === 'csv') return [{ name: path.basename(filePath), rows: (await import('../spreadsheets/read-csv.ts')).readCsvRecords(filePath) }];
  throw refuse('invalid-input', 'files:notASpreadsheet');
}
