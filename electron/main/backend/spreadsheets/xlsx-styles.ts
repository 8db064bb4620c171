// The looks the XLSX template shares between its sheets.
import type ExcelJS from 'exceljs';

/** Points per line of 11-point text, and the most Excel allows a row. */
export const LINE_HEIGHT = 15;
export const MAX_ROW_HEIGHT = 409;

/** The app's columns (ids, revision, extra): grey, so that a colleague sees they are not theirs to fill in. */
export const APP_COLUMN_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF7F7F7F' } };
export const APP_COLUMN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
export const APP_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
/** Narrow: an id is copied, never read. */
export const APP_COLUMN_WIDTH = 12;

export const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
