// A sheet in no known layout, read through a column mapping: each row (or each group of rows with the same value
// in the `groupBy` column) one activity. Nothing in the sheet is lost: a cell is read into its column's target, or
// kept as text (in the notes, with a finding) when it fits no choice, and a column without a target is kept in an
// `x-` field named after its header.
import { refuse } from '../refusals/refusals.ts';
import type { ColumnMapping, MappingTarget } from './column-mapping.ts';
import { emptyActivity, type ImportedActivity, type ImportedRegister, type ImportFinding, type SheetGrid } from './imported-register.ts';
import { readCell, type CellContext } from './mapped-cells.ts';

type MappedColumn = { position: number; header: string; target: MappingTarget };

const normalise = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase();

/** The sheet's columns with their targets: the mapping's, found by header (in order, for headers given twice). */
function mappedColumns(header: readonly string[], mapping: ColumnMapping, sheet: string, findings: ImportFinding[]): MappedColumn[] {
  const unused = mapping.columns.map((column) => ({ ...column, key: normalise(column.header) }));
  const columns: MappedColumn[] = [];
  header.forEach((raw, position) => {
    const index = unused.findIndex((column) => column.key === normalise(raw));
    const found = index === -1 ? undefined : unused.splice(index, 1)[0];
    if (found === undefined && normalise(raw) !== '') {
      findings.push({ place: { sheet, row: mapping.headerRow, column: raw.trim() }, message: 'is not in the mapping: its cells were kept in an x- field' });
    }
    columns.push({ position, header: raw.trim() === '' ? `Column ${position + 1}` : raw.trim(), target: found?.target ?? 'extension' });
  });
  for (const column of unused) {
    if (column.key !== '') findings.push({ place: { sheet, row: mapping.headerRow }, message: `the mapping's column "${column.header}" is not in this sheet` });
  }
  return columns;
}

/** The rows of each activity: one each, or grouped by the `groupBy` column's value (rows without one stand alone). */
function groupRows(rows: readonly { number: number; cells: string[] }[], groupColumn: number | undefined) {
  if (groupColumn === undefined) return rows.map((row) => [row]);
  const groups = new Map<string, Array<{ number: number; cells: string[] }>>();
  const alone: Array<Array<{ number: number; cells: string[] }>> = [];
  for (const row of rows) {
    const key = normalise(row.cells[groupColumn] ?? '');
    if (key === '') alone.push([row]);
    else groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values(), ...alone].sort((a, b) => (a[0]?.number ?? 0) - (b[0]?.number ?? 0));
}

/** Reads `sheet` through `mapping`; refuses only a mapping that does not fit the sheet at all. */
export function applyMapping(sheet: SheetGrid, mapping: ColumnMapping): ImportedRegister {
  const findings: ImportFinding[] = [];
  const header = sheet.rows[mapping.headerRow - 1];
  if (header === undefined) throw refuse('invalid-input', 'imports:mappingNoHeaderRow', { sheet: sheet.name, row: mapping.headerRow });
  const columns = mappedColumns(header, mapping, sheet.name, findings);
  if (!columns.some((column) => column.target === 'name')) {
    throw refuse('invalid-input', 'imports:mappingNoNameColumn', { sheet: sheet.name });
  }
  const groupColumn =
    mapping.groupBy === undefined ? undefined : columns.find((column) => normalise(column.header) === normalise(mapping.groupBy ?? ''))?.position;
  if (mapping.groupBy !== undefined && groupColumn === undefined) {
    throw refuse('invalid-input', 'imports:mappingNoGroupColumn', { sheet: sheet.name, column: mapping.groupBy });
  }
  const rows = sheet.rows
    .slice(mapping.headerRow)
    .map((cells, index) => ({ number: mapping.headerRow + index + 1, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));

  const activities = groupRows(rows, groupColumn).map((group) => {
    const first = group[0] as { number: number; cells: string[] };
    const activity: ImportedActivity = emptyActivity({ sheet: sheet.name, row: first.number }, '');
    for (const row of group) {
      for (const column of columns) {
        const cell = (row.cells[column.position] ?? '').trim();
        if (cell === '') continue;
        const context: CellContext = { activity, findings, place: { sheet: sheet.name, row: row.number, column: column.header }, position: column.position };
        readCell(column.target, cell, context);
      }
    }
    if (activity.name === '') {
      activity.name = `Unnamed activity (${sheet.name} row ${first.number})`;
      findings.push({ place: activity.place, message: 'names no activity: it was imported as a draft named after its row' });
    }
    return activity;
  });
  return { layout: 'mapping', activities, processors: [], findings };
}
