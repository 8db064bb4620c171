// The state a person gives a table (sort, column filters, search, visible columns, whether the filter row shows),
// starting from what the table was left with in this session and remembered again as it changes.
import { useEffect, useState } from 'react';
import type { ColumnFiltersState, SortingState, VisibilityState } from '@tanstack/react-table';
import { recallTableState, rememberTableState } from './tableMemory.ts';

export function useTableState(stateKey: string | undefined, initialSorting: SortingState | undefined, initialHidden: string[] | undefined) {
  const remembered = recallTableState(stateKey);
  const [sorting, setSorting] = useState<SortingState>(remembered?.sorting ?? initialSorting ?? []);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>(remembered?.filters ?? []);
  const [search, setSearch] = useState(remembered?.search ?? '');
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(
    () => remembered?.visibility ?? Object.fromEntries((initialHidden ?? []).map((id) => [id, false])),
  );
  const [showFilters, setShowFilters] = useState(remembered?.showFilters ?? true);

  useEffect(() => {
    rememberTableState(stateKey, { sorting, filters: columnFilters, search, visibility: columnVisibility, showFilters });
  }, [stateKey, sorting, columnFilters, search, columnVisibility, showFilters]);

  return {
    sorting,
    setSorting,
    columnFilters,
    setColumnFilters,
    search,
    setSearch,
    columnVisibility,
    setColumnVisibility,
    showFilters,
    setShowFilters,
  };
}
