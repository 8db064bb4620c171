// A cell of a workbook read with exceljs, as the text the spreadsheet mapping expects.
import type ExcelJS from 'exceljs';

type Value = ExcelJS.CellValue;

/** A date as YYYY-MM-DD; with a time of day, as a date-time in UTC (exceljs reads Excel's serial dates as UTC). */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

/**
 * The text of a cell. A formula is never evaluated: its result as last saved by Excel is read (none: empty). Rich text
 * is its plain text; a number is written as JavaScript writes it; a boolean is yes/no; an error value is its code
 * (#N/A), which the column's check then refuses.
 */
export function cellText(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return dateText(value);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: Value }).result ?? null);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as Value);
  if ('error' in value) return String(value.error);
  return '';
}
