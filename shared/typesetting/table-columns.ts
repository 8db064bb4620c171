// The inner width of each column of a table as pdfmake computes it (columnCalculator.js, TableProcessor.js): fixed
// widths as given, star columns sharing what is left after the padding and rules of the table layout.

/** The parts of a pdfmake table layout that take width: as in pdfmake, functions of the column index. */
export type TableLayoutWidths = {
  paddingLeft?: (column: number, node: { table: { widths: unknown[]; body: unknown[][] } }) => number;
  paddingRight?: (column: number, node: { table: { widths: unknown[]; body: unknown[][] } }) => number;
  vLineWidth?: (column: number, node: { table: { widths: unknown[]; body: unknown[][] } }) => number;
};

/** pdfmake's built-in layouts the documents use, and its default (4-point padding, 1-point rules). */
export const BUILT_IN_LAYOUTS: Record<string, TableLayoutWidths> = {
  noBorders: {
    vLineWidth: () => 0,
    paddingLeft: (column) => (column === 0 ? 0 : 4),
    paddingRight: (column, node) => (column < node.table.widths.length - 1 ? 4 : 0),
  },
};

const DEFAULT_LAYOUT = { paddingLeft: () => 4, paddingRight: () => 4, vLineWidth: () => 1 };

export type ColumnWidth = number | '*' | 'auto';

/**
 * The inner width of a cell starting at `column` and spanning `span` columns, in points, as pdfmake computes it:
 * fixed widths as given, star columns sharing what is left after the padding and rules of the layout; a spanning
 * cell also gets the padding and rules between its columns. Undefined for a table with `auto` columns (pdfmake sizes
 * those by their content, wide enough for their longest word).
 */
export function cellWidths(
  widths: readonly ColumnWidth[],
  body: unknown[][],
  available: number,
  layout: TableLayoutWidths | undefined,
): (column: number, span: number) => number | undefined {
  if (widths.includes('auto')) return () => undefined;
  const node = { table: { widths: [...widths], body } };
  const paddingLeft = (column: number) => (layout?.paddingLeft ?? DEFAULT_LAYOUT.paddingLeft)(column, node);
  const paddingRight = (column: number) => (layout?.paddingRight ?? DEFAULT_LAYOUT.paddingRight)(column, node);
  const vLineWidth = (column: number) => (layout?.vLineWidth ?? DEFAULT_LAYOUT.vLineWidth)(column, node);
  let offsets = vLineWidth(widths.length);
  for (let column = 0; column < widths.length; column++) offsets += vLineWidth(column) + paddingLeft(column) + paddingRight(column);
  const fixed = widths.reduce<number>((sum, width) => sum + (typeof width === 'number' ? width : 0), 0);
  const stars = widths.filter((width) => width === '*').length;
  const star = stars === 0 ? 0 : Math.max(0, (available - offsets - fixed) / stars);
  const inner = widths.map((width) => (typeof width === 'number' ? width : star));
  return (column, span) => {
    let width = 0;
    for (let index = column; index < Math.min(column + span, inner.length); index++) {
      width += inner[index] ?? 0;
      if (index > column) width += paddingRight(index - 1) + vLineWidth(index) + paddingLeft(index);
    }
    return width;
  };
}
