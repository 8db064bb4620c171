// Sheets of text cells written as an XLSX with exceljs, with merged cells where the template merges them: the ICO and
// CNIL workbooks of the layouts' tests are built as grids first (what the import reads back), then written.
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../shared/import-layouts/imported-register.ts';

/** Merged cells of one row (the layouts merge no rows), 1-based and inclusive, as Excel numbers rows and columns. */
export type Merge = { row: number; left: number; right: number };
export type GridSheet = SheetGrid & { merges?: readonly Merge[]; columnWidths?: readonly number[] };

/**
 * Writes the sheets to `filePath`. Only a merge's first cell may hold text (Excel keeps no other). The streaming
 * writer (no styles) writes the benchmark's 2,000-row workbook several times faster than building it in memory.
 */
export async function writeGridWorkbook(filePath: string, sheets: readonly GridSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useSharedStrings: true, useStyles: false });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    if (sheet.columnWidths !== undefined) worksheet.columns = sheet.columnWidths.map((width) => ({ width }));
    // A streamed row is written when it is committed: its merges are made before.
    sheet.rows.forEach((cells, index) => {
      const row = worksheet.getRow(index + 1);
      cells.forEach((cell, column) => {
        if (cell !== '') row.getCell(column + 1).value = cell;
      });
      for (const merge of sheet.merges ?? []) if (merge.row === index + 1) worksheet.mergeCells(merge.row, merge.left, merge.row, merge.right);
      row.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
}

/** A row of `width` cells beginning with `cells`: the grids are rectangular, as a sheet is read. */
export function rowOf(width: number, cells: readonly string[]): string[] {
  return [...cells, ...new Array<string>(Math.max(0, width - cells.length)).fill('')];
}
