// Reads a workbook in the RoPA Desk template back into an exchange document. The file is untrusted (a colleague's,
// a download): its size and its zip are checked before exceljs inflates it, and rows are counted per sheet.
import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { SheetGrid } from '../../../../shared/import-layouts/imported-register.ts';
import { fromSheets, type SheetCells, type SpreadsheetImport } from '../../../../shared/spreadsheet/from-rows.ts';
import { cellText } from './cell-text.ts';
import { checkXlsxZip } from './zip-check.ts';

export const MAX_XLSX_BYTES = 20 * 1024 * 1024;
export const MAX_SHEET_ROWS = 100_000;

export type ReadSpreadsheetOptions = {
  /** Data rows a sheet may have (the header not counted); 100,000 unless a test asks for fewer. */
  maxRows?: number;
  /** The updatedAt of records made from rows without an id. */
  now?: () => string;
};

/**
 * The parts of a worksheet exceljs need not read: drop-downs and formatting rules. A data validation range is
 * expanded into one entry per cell, so one rule over a whole column (a million cells) would stall the app.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'legacyDrawing', 'picture'];

async function loadWorkbook(bytes: Buffer, maxRows: number): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's own row cap (over every sheet, the hidden Lists sheet of ~250 country codes too) is a backstop against
    // a sheet far beyond the limit, which it stops reading; sheetCells below gives the message that names the sheet.
    const backstop = Math.max(maxRows * 4, 1000) + 1;
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES, maxRows: backstop } as ExcelJS.XlsxReadOptions);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    if (/Max row count/.test(reason)) {
      throw refuse('invalid-input', 'files:xlsxFarTooManyRows', { max: maxRows });
    }
    throw refuse('invalid-input', 'files:xlsxUnreadable', { reason });
  }
  return workbook;
}

function sheetCells(worksheet: ExcelJS.Worksheet, maxRows: number): SheetCells {
  if (worksheet.rowCount > maxRows + 1) {
    throw refuse('invalid-input', 'files:sheetTooManyRows', { sheet: worksheet.name, rows: worksheet.rowCount - 1, max: maxRows });
  }
  const width = worksheet.columnCount;
  const rowValues = (number: number): string[] => {
    const row = worksheet.getRow(number);
    return Array.from({ length: width }, (_unused, index) => cellText(row.getCell(index + 1).value));
  };
  const header = worksheet.rowCount === 0 ? [] : rowValues(1);
  const rows: string[][] = [];
  for (let number = 2; number <= worksheet.rowCount; number++) rows.push(rowValues(number));
  return { sheet: worksheet.name, header, rows };
}

/** Every sheet of the workbook at `filePath`, every row (row 1 first), each cell as text; refuses what cannot be read. */
export async function readXlsxSheets(filePath: string, options: { maxRows?: number } = {}): Promise<SheetGrid[]> {
  const maxRows = options.maxRows ?? MAX_SHEET_ROWS;
  const size = statSync(filePath).size;
  if (size > MAX_XLSX_BYTES) {
    throw refuse('invalid-input', 'files:xlsxTooLarge', { megabytes: MAX_XLSX_BYTES / (1024 * 1024) });
  }
  const bytes = readFileSync(filePath);
  await checkXlsxZip(bytes, maxRows);
  const workbook = await loadWorkbook(bytes, maxRows);
  return workbook.worksheets.map((worksheet) => {
    const cells = sheetCells(worksheet, maxRows);
    return { name: worksheet.name, rows: worksheet.rowCount === 0 ? [] : [cells.header, ...cells.rows] };
  });
}

/** Reads `filePath` (XLSX, RoPA Desk template); rows without an id get `newId()` and are listed as unmatched. */
export async function readXlsx(filePath: string, newId: () => string, options: ReadSpreadsheetOptions = {}): Promise<SpreadsheetImport> {
  const template = new Set(['register', 'organisations', 'processors', 'activities']);
  // Only the template's sheets are read (the About sheet, a DPO's notes sheet, the hidden Lists sheet are left alone).
  const sheets = (await readXlsxSheets(filePath, options))
    .filter((sheet) => template.has(sheet.name.trim().toLowerCase()))
    .map((sheet) => ({ sheet: sheet.name, header: sheet.rows[0] ?? [], rows: sheet.rows.slice(1) }));
  return fromSheets(sheets, { newId, ...(options.now === undefined ? {} : { now: options.now }) });
}
