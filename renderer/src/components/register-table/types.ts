// The public types of RegisterTable: its props, and what a column says about itself in its `meta`.
import type { ReactNode } from 'react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import type { Option } from '../form/option.ts';

export type RegisterColumnMeta = {
  /** The column's name: header, column chooser, filter label. */
  label: string;
  /** A filter box under the header: free text, or one value of a closed list. */
  filter?: { kind: 'text' } | { kind: 'select'; options: readonly Option[] };
  /** Base width in pixels (columns share extra space in proportion). Default 140. */
  width?: number;
  /** The narrowest the column may get, in pixels (default 60% of `width`). */
  minWidth?: number;
  /** Right-align (numbers). */
  numeric?: boolean;
};

// TanStack's own type for a list of differently-typed columns uses `any` for the value type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisterColumn<T> = ColumnDef<T, any>;

/**
 * Rows chosen for a bulk edit, kept by the screen: a box per row and a select-all box (of the rows the search and
 * filters leave), Shift+click for a range, Ctrl/Cmd+click to toggle, Space and Shift+arrows from the keyboard. Rows
 * hidden by a search or filter leave the selection, so a bulk edit changes only rows the person can see.
 */
export type RowSelection<T> = {
  selected: ReadonlySet<string>;
  onChange: (selected: ReadonlySet<string>) => void;
  /** The bulk actions, shown in a bar above the rows while any is selected. */
  actions?: ReactNode;
  /** The name of a row's box ("Select PA-0003 Payroll"); default: the row's label, or its id. */
  rowName?: (row: T) => string;
};

export type RegisterTableProps<T> = {
  /** The table's accessible name ("Activities"). */
  label: string;
  data: readonly T[];
  columns: RegisterColumn<T>[];
  getRowId: (row: T) => string;
  /** Enter, or a click on a row. */
  onOpen?: (row: T) => void;
  /** The row open in an editor (highlighted, and scrolled into view when it changes). */
  activeId?: string | null;
  /** Shown when there are no rows at all ("No activities yet: add one, or import a register file"). Say which
   *  toolbar button adds one rather than repeating it: two buttons with one name confuse screen readers. */
  emptyMessage: ReactNode;
  /** Shown when search or filters hide every row (a default is given). */
  noMatchesMessage?: ReactNode;
  /** The search box's label ("Search activities"). */
  searchLabel: string;
  /** Buttons placed in the table's toolbar (e.g. "New activity"). */
  actions?: ReactNode;
  initialSorting?: SortingState;
  /** Column ids hidden until the person shows them with the column chooser. */
  initialHidden?: string[];
  /** When set, only these columns are shown (e.g. while an editor takes half the width); the person's own column
   *  choice comes back when it is unset. */
  compactColumns?: string[] | undefined;
  /** Keeps search, sort, filters and visible columns for this session under this key. */
  stateKey?: string;
  /** Tree tables: the children of a row (rows then nest, expanded at first). */
  getSubRows?: (row: T) => T[] | undefined;
  /** "12 of 340 activities" (default: "12 of 340 rows"). */
  /** `shownRows` gives the rows left by search and filters (in a tree: at every level), e.g. to count leaves. */
  countLabel?: (shown: number, total: number, shownRows: () => T[]) => string;
  loading?: boolean;
  rowClassName?: (row: T) => string | undefined;
  /** The row's accessible name (e.g. the record's name) instead of the text of all its cells. */
  rowLabel?: (row: T) => string | undefined;
  className?: string;
  /** Makes rows selectable for bulk edits (see RowSelection). */
  selection?: RowSelection<T>;
};
