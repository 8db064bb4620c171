// Per-session memory of each table's search, sort, filters and columns, by the table's `stateKey`, so that leaving a
// screen and coming back finds the table as it was. Forgotten when another register is opened.
import type { ColumnFiltersState, SortingState, VisibilityState } from '@tanstack/react-table';

export type TableMemory = {
  sorting: SortingState;
  filters: ColumnFiltersState;
  search: string;
  visibility: VisibilityState;
  showFilters: boolean;
};

const memory = new Map<string, TableMemory>();

/** What the table under `stateKey` was left with, if anything (nothing without a key). */
export function recallTableState(stateKey: string | undefined): TableMemory | undefined {
  return stateKey === undefined ? undefined : memory.get(stateKey);
}

/** Keeps a table's state for the session (nothing without a key). */
export function rememberTableState(stateKey: string | undefined, state: TableMemory): void {
  if (stateKey !== undefined) memory.set(stateKey, state);
}

/** Forgets every table's remembered search, sort and filters (when another register is opened). */
export function forgetTableState(): void {
  memory.clear();
}
