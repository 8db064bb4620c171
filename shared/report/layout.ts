import type { PdfContent, PdfDocumentDefinition, PdfStyle } from './pdf-document.ts';

/** The report's look in one place: A4, a readable 9-point body, headings that stand out, and "Not recorded" in red. */
export const FONT = 'Roboto';
const NOT_RECORDED_COLOUR = '#b00020';
const RULE_COLOUR = '#5b6b7f';

export const REPORT_STYLES: Record<string, PdfStyle> = {
  title: { fontSize: 22, bold: true, margin: [0, 120, 0, 8] },
  subtitle: { fontSize: 12, color: RULE_COLOUR, margin: [0, 0, 0, 30] },
  part: { fontSize: 14, bold: true, margin: [0, 0, 0, 10] },
  section: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] },
  activity: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
  letter: { bold: true, fillColor: '#e8edf3', margin: [0, 1, 0, 1] },
  label: { color: '#3a4656' },
  tableHeader: { bold: true, fillColor: '#e8edf3' },
  notRecorded: { color: NOT_RECORDED_COLOUR, bold: true },
  draft: { color: '#8a5a00', bold: true },
  small: { fontSize: 8, color: RULE_COLOUR },
  pageHeader: { fontSize: 7.5, color: RULE_COLOUR, margin: [40, 18, 40, 0] },
  pageFooter: { fontSize: 7.5, color: RULE_COLOUR, margin: [40, 8, 40, 0], alignment: 'center' },
  tocTitle: { fontSize: 14, bold: true, margin: [0, 0, 0, 10] },
  tocPart: { bold: true },
  tocEntry: { fontSize: 8.5 },
};

export const PAGE: Pick<PdfDocumentDefinition, 'pageSize' | 'pageMargins' | 'defaultStyle'> = {
  pageSize: 'A4',
  pageMargins: [40, 48, 40, 44],
  defaultStyle: { font: FONT, fontSize: 9, lineHeight: 1.15 },
};

/** The value printed for an item the register leaves empty: never left out silently. */
export function notRecorded(label: string): PdfContent {
  return { text: label, style: 'notRecorded' };
}

/** A list of texts as one cell: one line each, or a bullet list when there are several. */
export function lines(values: readonly string[]): PdfContent {
  if (values.length === 1) return values[0] ?? '';
  return { ul: [...values], margin: [0, 0, 0, 0] };
}

export type LabelledRow = readonly [label: string, value: PdfContent];

/** Label and value rows under an optional full-width heading (an Art. 30 letter), as one two-column table. */
export function labelledTable(rows: readonly LabelledRow[], heading?: string): PdfContent {
  const body: PdfContent[][] = [];
  if (heading !== undefined) body.push([{ text: heading, style: 'letter', colSpan: 2 }, '']);
  for (const [label, value] of rows) body.push([{ text: label, style: 'label' }, value]);
  // The heading is a header row: repeated when the item runs onto the next page, and never left alone at a page's foot.
  const header = heading === undefined ? {} : { headerRows: 1, keepWithHeaderRows: 1 };
  return { table: { widths: [150, '*'], body, ...header }, layout: 'register' };
}

/**
 * An item whose value is a table too wide for the value column of a labelled table (the transfers of item (e)): one
 * table across the whole width, headed by the item's letter heading as labelledTable heads its items, then the column
 * headings. Both repeat when it runs onto the next page, and are never left alone at a page's foot. The table breaks
 * between its rows (a table nested in one cell would move whole to the next page); each row, a few lines, stays whole.
 */
export function fullWidthTable(heading: string, widths: Array<number | '*' | 'auto'>, header: readonly string[], rows: PdfContent[][]): PdfContent {
  const headingRow: PdfContent[] = [{ text: heading, style: 'letter', colSpan: header.length }, ...header.slice(1).map(() => '')];
  const headerRow = header.map((text) => ({ text, style: 'tableHeader', fontSize: 8 }));
  const body = rows.map((row) => row.map((cell): PdfContent => ({ stack: [cell], fontSize: 8 })));
  return { table: { widths, headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, body: [headingRow, headerRow, ...body] }, layout: 'register' };
}

/** A table with a header row repeated on every page it runs over, and never left alone at a page's foot. */
export function dataTable(widths: Array<number | '*' | 'auto'>, header: readonly string[], rows: PdfContent[][]): PdfContent {
  const headerRow = header.map((text) => ({ text, style: 'tableHeader' }));
  const keep = rows.length === 0 ? {} : { keepWithHeaderRows: 1 };
  return { table: { widths, headerRows: 1, ...keep, body: [headerRow, ...rows] }, layout: 'register' };
}

/** Splits rows into tables of at most `size` (pdfmake lays out one huge table far more slowly than many small). */
export function chunked<T>(rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

type TableNode = { table: { body: unknown[][]; headerRows?: number } };

/**
 * Thin rules between rows, a shaded header; registered with pdfmake by the backend under the name `register`.
 * Functions of (row index, table) as pdfmake's custom table layouts are.
 */
export const REGISTER_TABLE_LAYOUT = {
  hLineWidth: (row: number, node: TableNode) => (row === 0 || row === node.table.body.length ? 0.6 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => '#aab4c0',
  paddingLeft: (column: number) => (column === 0 ? 2 : 6),
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/**
 * The leading nodes of a section up to its first table, as one block that is never split over two pages: a heading
 * (and the description under it) never stays at a page's foot without the first item it heads. The heading's `id`
 * moves to the block, whose first position is the heading's, so the contents and bookmarks still point at it.
 */
export function keptTogether(content: PdfContent[]): PdfContent[] {
  const firstTable = content.findIndex((node) => typeof node === 'object' && !Array.isArray(node) && 'table' in node);
  if (firstTable < 0) return content;
  const lead = content.slice(0, firstTable + 1);
  const heading = lead[0];
  const id = typeof heading === 'object' && !Array.isArray(heading) ? heading.id : undefined;
  if (id !== undefined && typeof heading === 'object' && !Array.isArray(heading)) delete heading.id;
  return [{ stack: lead, unbreakable: true, ...(id === undefined ? {} : { id }) }, ...content.slice(firstTable + 1)];
}
