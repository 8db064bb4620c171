// The register as an XLSX workbook a DPO edits in Excel: one sheet per record type (see shared/spreadsheet/columns.ts),
// header bold and frozen, text wrapped, and drop-down lists on the enumerated columns so a typo cannot be picked.
import ExcelJS from 'exceljs';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { columnChoices } from '../../../../shared/spreadsheet/columns.ts';
import { toSheets, type SheetRows } from '../../../../shared/spreadsheet/to-rows.ts';
import { writeFileAtomicallySync } from '../files/atomic-write.ts';
import { dataValidations } from './exceljs-types.ts';

/** Excel refuses (or cuts) a longer cell. */
export const MAX_CELL_CHARACTERS = 32_767;
/** A list written inline in a validation is limited to 255 characters; longer lists go on the hidden Lists sheet. */
const MAX_INLINE_LIST = 255;
/** Drop-downs reach this many rows below the last record, so rows a DPO adds get them too. */
const VALIDATED_SPARE_ROWS = 1000;
const LISTS_SHEET = 'Lists';

function columnLetter(position: number): string {
  let letters = '';
  for (let number = position + 1; number > 0; number = Math.floor((number - 1) / 26)) {
    letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  }
  return letters;
}

/** Wide enough for the longest line of the first rows, within reason: long texts wrap instead. */
function columnWidth(sheet: SheetRows, position: number): number {
  let longest = (sheet.header[position] ?? '').length + 2;
  for (const row of sheet.rows.slice(0, 200)) {
    for (const line of (row[position] ?? '').split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(60, Math.max(10, longest + 1));
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetRows): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.sheet, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: sheet.sheet === 'Register' ? 0 : 1 }],
  });
  const widths = sheet.header.map((_name, position) => columnWidth(sheet, position));
  worksheet.columns = widths.map((width) => ({
    width,
    // Text format: what a DPO types stays text (Excel would otherwise turn 2026-01-05 into a date, 007 into 7).
    style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
  }));
  worksheet.addRow(sheet.header).font = { bold: true };
  sheet.rows.forEach((row, index) => {
    row.forEach((cell, position) => {
      if (cell.length > MAX_CELL_CHARACTERS) {
        throw new RegisterError(
          'invalid-input',
          `${sheet.sheet} row ${index + 2}, column "${sheet.header[position] ?? ''}": has ${cell.length.toLocaleString('en')} characters, more than the ${MAX_CELL_CHARACTERS.toLocaleString('en')} a spreadsheet cell holds; export this register as JSON instead`,
        );
      }
    });
    worksheet.addRow(row).height = rowHeight(row, widths);
  });
  return worksheet;
}

/** Points per line of 11-point text, and the most Excel allows a row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * Tall enough for the longest cell's lines, wrapped at its column's width. Neither Excel nor LibreOffice fits a row
 * to wrapped text written by another program, so without a height the lines of a list overlap the next row.
 */
function rowHeight(row: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((cell, position) => {
    const width = Math.max(1, (widths[position] ?? 10) - 1);
    const wrapped = cell.split('\n').reduce((count, line) => count + Math.max(1, Math.ceil(line.length / width)), 0);
    lines = Math.max(lines, wrapped);
  });
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
}

/** Drop-downs on the enumerated columns; a list too long to write inline is put in a column of the hidden Lists sheet. */
function addValidations(worksheet: ExcelJS.Worksheet, sheet: SheetRows, lists: () => ExcelJS.Worksheet): void {
  if (sheet.sheet === 'Register') return;
  const choices = columnChoices(sheet.sheet);
  const lastRow = sheet.rows.length + 1 + VALIDATED_SPARE_ROWS;
  for (const [column, values] of Object.entries(choices)) {
    const position = sheet.header.indexOf(column);
    if (position === -1) continue;
    const inline = `"${values.join(',')}"`;
    let formula = inline;
    if (inline.length > MAX_INLINE_LIST) {
      const listSheet = lists();
      const listColumn = listSheet.columnCount + 1;
      values.forEach((value, index) => (listSheet.getCell(index + 1, listColumn).value = value));
      const letter = columnLetter(listColumn - 1);
      formula = `${LISTS_SHEET}!$${letter}$1:$${letter}$${values.length}`;
    }
    const letter = columnLetter(position);
    dataValidations(worksheet).add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column,
      error: `Pick one of the values in the list (${column}).`,
    });
  }
}

/** Writes the register's workbook; the file appears whole or not at all (temporary file in the same folder, renamed). */
export async function writeXlsx(document: ExchangeDocument, filePath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'RoPA Desk';
  let listSheet: ExcelJS.Worksheet | undefined;
  const lists = () => (listSheet ??= workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' }));
  const sheets = toSheets(document);
  const worksheets = sheets.map((sheet) => addSheet(workbook, sheet));
  // After the four sheets, so that the hidden Lists sheet comes last.
  sheets.forEach((sheet, index) => addValidations(worksheets[index] as ExcelJS.Worksheet, sheet, lists));
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileAtomicallySync(filePath, new Uint8Array(buffer));
}
