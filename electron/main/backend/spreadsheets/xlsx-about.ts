// The About sheet laid out for Excel: a title, how to fill the workbook in, then per sheet a heading and a table of its
// columns (what goes in each, the words it accepts). Its content is shared/spreadsheet/about.ts.
import type ExcelJS from 'exceljs';
import type { AboutSheet } from '../../../../shared/spreadsheet/about.ts';
import { isAppColumn } from '../../../../shared/spreadsheet/columns.ts';
import { APP_COLUMN_FONT, HEADING_FILL, LINE_HEIGHT, MAX_ROW_HEIGHT } from './xlsx-styles.ts';

const WIDTHS = [30, 70, 45] as const;
/** Roughly how many characters fit on a line of the three columns merged. */
const MERGED_WIDTH = WIDTHS[0] + WIDTHS[1] + WIDTHS[2];

/** Lines a text takes in a cell `width` characters wide, for a row height Excel would not work out itself. */
function linesOf(text: string, width: number): number {
  return text.split('\n').reduce((count, line) => count + Math.max(1, Math.ceil(line.length / width)), 0);
}

const heightOf = (lines: number) => Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);

/** A row of one text across the three columns. */
function paragraph(worksheet: ExcelJS.Worksheet, text: string, font?: Partial<ExcelJS.Font>): ExcelJS.Row {
  const row = worksheet.addRow([text]);
  worksheet.mergeCells(row.number, 1, row.number, WIDTHS.length);
  row.height = heightOf(linesOf(text, MERGED_WIDTH));
  if (font !== undefined) row.font = font;
  return row;
}

export function addAboutSheet(workbook: ExcelJS.Workbook, about: AboutSheet): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(about.name);
  worksheet.columns = WIDTHS.map((width) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  paragraph(worksheet, about.title, { bold: true, size: 14 });
  for (const line of about.intro) paragraph(worksheet, line);
  for (const section of about.sections) {
    worksheet.addRow([]);
    const heading = paragraph(worksheet, section.heading, { bold: true });
    heading.getCell(1).fill = HEADING_FILL;
    if (section.rows.length === 0) continue;
    worksheet.addRow([...about.header]).font = { bold: true };
    for (const columns of section.rows) {
      const row = worksheet.addRow([...columns]);
      row.height = heightOf(Math.max(...columns.map((text, index) => linesOf(text, (WIDTHS[index] ?? 10) - 1))));
      // The app's columns are grey here as in their sheet, so that a colleague recognises them.
      if (isAppColumn(columns[0])) row.font = APP_COLUMN_FONT;
    }
  }
  return worksheet;
}
