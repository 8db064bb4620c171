// What the readers of a workbook's child sheets share: the row being read, its processing's activity, and the two
// ways a value is kept when the register has no place for it. A value that fits no choice goes to the notes, with a
// finding; a column no field takes (a purpose's description, a contractor's documentation link) goes, unchanged, to
// an `x-ciso-…` list on the activity, one entry per row, so it is still there when the register is written back out.
import type { ImportedActivity, ImportedProcessor, ImportFinding, SheetGrid } from '../../imported-register.ts';
import { cellOf, fieldName, freeKey, type Column, type Columns } from './columns.ts';
import { ROW_WORDS, type ChildKind } from './sheets.ts';

export type ChildRow = {
  kind: ChildKind;
  sheet: SheetGrid;
  columns: Columns;
  /** The row's number in the file (row 1 is the header). */
  rowNumber: number;
  row: readonly string[];
  activity: ImportedActivity;
  findings: ImportFinding[];
  /** The register's processors, added to by the contractors sheet. */
  processors: ImportedProcessor[];
  /** The columns the row's reader has read (or that link it), so the others are kept. */
  read: Set<Column>;
};

/** The cell of the first of `names` the sheet has; the column counts as read. */
export function take(child: ChildRow, ...names: string[]): { value: string; column: Column | undefined } {
  const column = child.columns.find(...names);
  if (column !== undefined) child.read.add(column);
  return { value: cellOf(child.row, column), column };
}

/** Keeps a value that fits no choice in the activity's notes (`Purposes, legal_basis: "…"`), and tells where it was. */
export function keepChildValue(child: ChildRow, column: Column | undefined, value: string, why: string): void {
  const header = column?.header ?? '';
  child.activity.notes.push(`${child.sheet.name}, ${header}: "${value}"`);
  child.findings.push({
    place: { sheet: child.sheet.name, row: child.rowNumber, column: header },
    message: `"${value}" ${why}: kept in the notes of "${child.activity.name}"`,
  });
}

/** The row's other filled cells, by field name: `{ description: "…", documentation_link: "…" }`. */
export function unreadCells(child: ChildRow): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const column of child.columns.all) {
    const value = cellOf(child.row, column);
    if (child.read.has(column) || value === '') continue;
    cells[freeKey(cells, fieldName(column.header))] = value;
  }
  return cells;
}

/**
 * Adds the row's unread cells to the activity's `x-ciso-<sheet>-details` list, with `extra` (cells read, but only to be
 * kept, such as a choice written as its key). The entry is named by the row's own name when that was not read into a
 * field (a transfer's name beside its entity), else by the name the row was read under.
 */
export function keepUnreadCells(child: ChildRow, name: string, extra: Readonly<Record<string, string>> = {}): void {
  const cells = { ...unreadCells(child), ...extra };
  if (Object.keys(cells).length === 0) return;
  const key = detailsKey(child);
  const list = child.activity.extensions[key];
  const entry = { name, ...cells };
  if (Array.isArray(list)) list.push(entry);
  else child.activity.extensions[key] = [entry];
}

/** `x-ciso-personal-data-details`: where a sheet's unread cells are kept on the activity. */
const detailsKey = (child: ChildRow) => `x-ciso-${ROW_WORDS[child.kind].replace(/\s+/g, '-')}-details` as const;

/** A row that names nothing (no name, no category, no country): its cells are kept, and the DPO told where. */
export function keepNamelessRow(child: ChildRow, lacking: string): void {
  keepUnreadCells(child, '');
  child.findings.push({
    place: { sheet: child.sheet.name, row: child.rowNumber },
    message: `this ${ROW_WORDS[child.kind]} row has no ${lacking}: its cells are kept with "${child.activity.name}" (${detailsKey(child)})`,
  });
}
