// Column helpers: what a column says about itself, how it reads a record, its id, the defaults the table gives every
// column, and the grid the visible columns make.
import type { Column, ColumnDef } from '@tanstack/react-table';
import { containsText, equalsOrIncludes } from './filters.ts';
import type { Accessor } from './searchText.ts';
import { naturalSort } from './sorting.ts';
import type { RegisterColumn, RegisterColumnMeta } from './types.ts';

/** A column's width when its meta gives none (pixels). */
const DEFAULT_WIDTH = 140;

/** A column's meta, or its id as its label when it has none. */
export function metaOf<T>(column: { columnDef: ColumnDef<T, unknown> }): RegisterColumnMeta {
  return (column.columnDef.meta as RegisterColumnMeta | undefined) ?? { label: String(column.columnDef.id ?? '') };
}

/** How a column definition reads its value from a record (TanStack's own rule for `accessorKey`). */
export function accessorOf<T>(column: RegisterColumn<T>): Accessor<T> | undefined {
  const { accessorFn, accessorKey } = column as { accessorFn?: Accessor<T>; accessorKey?: string };
  if (accessorFn !== undefined) return accessorFn;
  if (accessorKey === undefined) return undefined;
  if (!accessorKey.includes('.')) return (row) => (row as Record<string, unknown>)[accessorKey];
  const path = accessorKey.split('.');
  return (row) => path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], row);
}

/** A column definition's id, as TanStack derives it. */
export function columnIdOf<T>(column: RegisterColumn<T>): string | undefined {
  const { id, accessorKey } = column as { id?: string; accessorKey?: string };
  return id ?? accessorKey?.replaceAll('.', '_');
}

/** A column with the table's defaults: its width from meta, the filter its meta asks for, the natural sort, missing
 *  values last, and words A to Z but numbers largest first. */
export function withTableDefaults<T>(column: RegisterColumn<T>): RegisterColumn<T> {
  const meta = (column.meta as RegisterColumnMeta | undefined) ?? undefined;
  return {
    ...column,
    size: meta?.width ?? column.size ?? DEFAULT_WIDTH,
    filterFn: column.filterFn ?? (meta?.filter?.kind === 'select' ? equalsOrIncludes : containsText),
    sortingFn: column.sortingFn ?? naturalSort,
    sortUndefined: 'last' as const,
    // Words A to Z first, numbers largest first (TanStack would look at the first row to decide).
    sortDescFirst: column.sortDescFirst ?? meta?.numeric === true,
  } as RegisterColumn<T>;
}

/** Which columns show while the table is compact (e.g. beside an editor): a visibility for every column. */
export function compactVisibilityOf<T>(columns: readonly RegisterColumn<T>[], compactKey: string): Record<string, boolean> {
  return Object.fromEntries(columns.map((column) => [String(columnIdOf(column)), compactKey.split(',').includes(String(columnIdOf(column)))]));
}

/** The visible columns as a CSS grid: each at least its minimum, sharing extra space in proportion to its size. */
export function columnLayout<T>(visibleColumns: readonly Column<T, unknown>[]): { gridTemplate: string; minWidth: number } {
  const minOf = (column: Column<T, unknown>) => metaOf(column).minWidth ?? Math.round(column.getSize() * 0.6);
  const gridTemplate = visibleColumns.map((column) => `minmax(${minOf(column)}px, ${column.getSize()}fr)`).join(' ');
  const minWidth = visibleColumns.reduce((sum, column) => sum + minOf(column), 0);
  return { gridTemplate, minWidth };
}
