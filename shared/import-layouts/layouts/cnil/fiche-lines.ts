// A fiche's rows as lines of a form: the label (the first filled cell, usually column A) and the values to its right.
// Tables inside the form (data categories, transfers) have a header line whose cells say what each column holds.
import type { SheetGrid } from '../../imported-register.ts';
import { isFilled, plainLabel } from '../label-text.ts';
import { columnKindOf, type ColumnKind } from './labels.ts';

/** A value, and the last column of the run of cells that repeat it (a merged range, as some readers give it). */
export type Cell = { column: number; last: number; text: string };
/** `row` is 1-based, as Excel numbers it. */
export type Line = { row: number; label: string; values: Cell[] };
/** The columns of a table, by the header line above its rows. */
export type TableColumns = ReadonlyArray<{ column: number; kind: ColumnKind; header: string }>;

/** Cells that only say "nothing here": a dash, "n/a", "néant", "sans objet". */
export const isNothing = (text: string): boolean => /^[-\u2013\u2014/.\s]*$|^(n\/?a|na|neant|sans objet|aucune?|non applicable)$/.test(plainLabel(text));

/**
 * The lines of a sheet that have a label; cells saying nothing are left out of the values. A merged cell's text is in
 * its first cell, or (as exceljs reads it) in each of its cells: a run of equal neighbours is one value.
 */
export function linesOf(sheet: SheetGrid): Line[] {
  const lines: Line[] = [];
  sheet.rows.forEach((cells, index) => {
    const labelColumn = cells.findIndex(isFilled);
    if (labelColumn < 0) return;
    const label = (cells[labelColumn] ?? '').trim();
    let labelEnd = labelColumn;
    while (cells[labelEnd + 1]?.trim() === label) labelEnd++;
    const values: Cell[] = [];
    for (let column = labelEnd + 1; column < cells.length; column++) {
      const text = cells[column];
      if (!isFilled(text) || isNothing(text)) continue;
      const previous = values[values.length - 1];
      if (previous !== undefined && previous.last === column - 1 && previous.text === text.trim()) previous.last = column;
      else values.push({ column, last: column, text: text.trim() });
    }
    lines.push({ row: index + 1, label, values });
  });
  return lines;
}

/** The table columns a title line's cells name, if every value of the line is a column header. */
export function tableColumnsOf(line: Line): TableColumns | undefined {
  if (line.values.length === 0) return undefined;
  const columns: Array<{ column: number; kind: ColumnKind; header: string }> = [];
  for (const value of line.values) {
    const kind = columnKindOf(value.text);
    if (kind === undefined) return undefined;
    columns.push({ column: value.column, kind, header: value.text });
  }
  return columns;
}

/**
 * The values of a table line by what their column holds. A header stands over the merged cells to its right, whose
 * text is in their first cell only, so a value belongs to the nearest header at or before its column (one left of
 * every header, to the first header: the label's merged cells hold nothing else).
 */
export function valuesByKind(line: Line, columns: TableColumns): Map<ColumnKind, Array<Cell & { header: string }>> {
  const byKind = new Map<ColumnKind, Array<Cell & { header: string }>>();
  const first = columns.reduce<TableColumns[number] | undefined>(
    (leftmost, column) => (leftmost === undefined || column.column < leftmost.column ? column : leftmost),
    undefined,
  );
  const ownerOf = (at: number) => {
    let owner: TableColumns[number] | undefined;
    for (const column of columns) if (column.column <= at && (owner === undefined || column.column > owner.column)) owner = column;
    return owner ?? first;
  };
  for (const value of line.values) {
    // A run of equal cells under two headers ("5 ans" as description and as time limit) is a value for each.
    const owners = new Set<TableColumns[number]>();
    for (let at = value.column; at <= value.last; at++) {
      const owner = ownerOf(at);
      if (owner !== undefined) owners.add(owner);
    }
    for (const owner of owners) {
      const list = byKind.get(owner.kind) ?? [];
      list.push({ ...value, header: owner.header });
      byKind.set(owner.kind, list);
    }
  }
  return byKind;
}
