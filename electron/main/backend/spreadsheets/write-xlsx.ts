// The register as an XLSX workbook a DPO's colleague edits in Excel (see shared/spreadsheet/columns.ts): first the
// About sheet that explains the others in the file's language, then one sheet per record type, header bold and frozen,
// text wrapped, the app's id columns grey and narrow at the right, and drop-down lists of the file's words on the
// columns that take set words (xlsx-drop-downs.ts).
import ExcelJS from 'exceljs';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { aboutSheet } from '../../../../shared/spreadsheet/about.ts';
import { isAppColumn } from '../../../../shared/spreadsheet/columns.ts';
import { toSheets, type SheetRows } from '../../../../shared/spreadsheet/to-rows.ts';
import { cellWords } from '../../../../shared/spreadsheet/vocabulary.ts';
import { writeFileAtomicallySync } from '../files/atomic-write.ts';
import { addAboutSheet } from './xlsx-about.ts';
import { addDropDowns, listsSheet } from './xlsx-drop-downs.ts';
import { APP_COLUMN_FILL, APP_COLUMN_FONT, APP_COLUMN_WIDTH, APP_HEADER_FILL, LINE_HEIGHT, MAX_ROW_HEIGHT } from './xlsx-styles.ts';

/** Excel refuses (or cuts) a longer cell. */
export const MAX_CELL_CHARACTERS = 32_767;

/** The Register sheet's columns are the app's too, but its values are what a person reads first there: not greyed. */
const isGrey = (sheet: SheetRows, column: string) => sheet.sheet !== 'Register' && isAppColumn(column);

/** Wide enough for the longest line of the first rows, within reason: long texts wrap instead. */
function columnWidth(sheet: SheetRows, position: number): number {
  if (isGrey(sheet, sheet.header[position] ?? '')) return APP_COLUMN_WIDTH;
  let longest = (sheet.header[position] ?? '').length + 2;
  for (const row of sheet.rows.slice(0, 200)) {
    for (const line of (row[position] ?? '').split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(60, Math.max(10, longest + 1));
}

/**
 * Tall enough for the longest cell's lines, wrapped at its column's width (the grey columns, which do not wrap, not
 * counted). Neither Excel nor LibreOffice fits a row to wrapped text written by another program, so without a height
 * the lines of a list overlap the next row.
 */
function rowHeight(row: readonly string[], widths: readonly number[], grey: readonly boolean[]): number {
  let lines = 1;
  row.forEach((cell, position) => {
    if (grey[position] === true) return;
    const width = Math.max(1, (widths[position] ?? 10) - 1);
    const wrapped = cell.split('\n').reduce((count, line) => count + Math.max(1, Math.ceil(line.length / width)), 0);
    lines = Math.max(lines, wrapped);
  });
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetRows): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.sheet, {
    // The first column of a record sheet is its name, kept in view while scrolling right.
    views: [{ state: 'frozen', ySplit: 1, xSplit: sheet.sheet === 'Register' ? 0 : 1 }],
  });
  const widths = sheet.header.map((_name, position) => columnWidth(sheet, position));
  const grey = sheet.header.map((column) => isGrey(sheet, column));
  worksheet.columns = widths.map((width, position) => ({
    width,
    // Text format: what a DPO types stays text (Excel would otherwise turn 2026-01-05 into a date, 007 into 7).
    style: grey[position]
      ? { numFmt: '@', alignment: { wrapText: false, vertical: 'top' }, font: APP_COLUMN_FONT, fill: APP_COLUMN_FILL }
      : { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
  }));
  const header = worksheet.addRow(sheet.header);
  header.font = { bold: true };
  grey.forEach((isAppCell, position) => {
    if (!isAppCell) return;
    const cell = header.getCell(position + 1);
    cell.font = { ...APP_COLUMN_FONT, bold: true };
    cell.fill = APP_HEADER_FILL;
  });
  sheet.rows.forEach((row, index) => {
    row.forEach((cell, position) => {
      if (cell.length > MAX_CELL_CHARACTERS) {
        throw refuse('invalid-input', 'files:cellTooLong', {
          sheet: sheet.sheet,
          row: index + 2,
          column: sheet.header[position] ?? '',
          length: cell.length,
          max: MAX_CELL_CHARACTERS,
        });
      }
    });
    worksheet.addRow(row).height = rowHeight(row, widths, grey);
  });
  return worksheet;
}

/** Writes the register's workbook; the file appears whole or not at all (temporary file in the same folder, renamed). */
export async function writeXlsx(document: ExchangeDocument, filePath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'RoPA Desk';
  const words = cellWords(document.register.defaultLanguage);
  const sheets = toSheets(document);
  addAboutSheet(workbook, aboutSheet(sheets, words));
  const worksheets = sheets.map((sheet) => addSheet(workbook, sheet));
  // After the template's sheets, so that the hidden Lists sheet comes last.
  const lists = listsSheet(workbook);
  sheets.forEach((sheet, index) => {
    if (sheet.sheet !== 'Register') addDropDowns(worksheets[index] as ExcelJS.Worksheet, sheet.sheet, sheet.header, sheet.rows.length, words, lists);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileAtomicallySync(filePath, new Uint8Array(buffer));
}
