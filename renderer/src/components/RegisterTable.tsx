// RegisterTable: the one table of the app, for any kind of record. A TanStack Table v8 model rendered as an ARIA grid
// (or treegrid with `getSubRows`) and virtualised with TanStack Virtual, so 10,000 rows scroll smoothly. It has a
// global search box, a filter per column (text or a closed list, from the column's `meta`), sortable headers (click
// or Enter/Space on the header), a column chooser, keyboard row navigation (arrows, Home/End, Page Up/Down, Enter to
// open; Right/Left expand and collapse tree rows), the number of rows shown, and empty / no-match messages.
//
// Columns are TanStack ColumnDefs whose `meta` is a RegisterColumnMeta ({ label, filter?, width? }); their accessor
// should return what is shown (a string, a number, a list of strings, or undefined), so that search, filters and
// sorting work on the same words the person sees. Use `cell` to decorate (badges, dates in the locale).
// Search, sort, filters and hidden columns are kept for the session per `stateKey`.
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ExpandedState,
  type FilterFn,
  type Row,
  type SortingFn,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  Button,
  Input,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  SearchField,
  ToggleButton,
  Toolbar,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { SelectBox, type Option } from './form/SelectField.tsx';

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
  /** Shown when there are no rows at all ("No activities yet: add one, or import a register file"). */
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
};

type TableMemory = {
  sorting: SortingState;
  filters: ColumnFiltersState;
  search: string;
  visibility: VisibilityState;
  showFilters: boolean;
};
const memory = new Map<string, TableMemory>();

/** Forgets every table's remembered search, sort and filters (when another register is opened). */
export function forgetTableState(): void {
  memory.clear();
}

const ROW_HEIGHT = 32;

function asSearchable(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asSearchable).join(' ');
  return String(value);
}

const containsText: FilterFn<unknown> = (row, columnId, filterValue) => {
  const query = String(filterValue ?? '').trim().toLocaleLowerCase();
  if (query === '') return true;
  return asSearchable(row.getValue(columnId)).toLocaleLowerCase().includes(query);
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The default sort: numbers by value, everything else as the words shown, "2" before "10", case ignored. */
const naturalSort: SortingFn<unknown> = (rowA, rowB, columnId) => {
  const a = rowA.getValue(columnId);
  const b = rowB.getValue(columnId);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(asSearchable(a), asSearchable(b));
};

const equalsOrIncludes: FilterFn<unknown> = (row, columnId, filterValue) => {
  if (filterValue === undefined || filterValue === null || filterValue === '') return true;
  const value = row.getValue(columnId);
  return Array.isArray(value) ? value.includes(filterValue) : value === filterValue;
};

function metaOf<T>(column: { columnDef: ColumnDef<T, unknown> }): RegisterColumnMeta {
  return (column.columnDef.meta as RegisterColumnMeta | undefined) ?? { label: String(column.columnDef.id ?? '') };
}

export function RegisterTable<T>(props: RegisterTableProps<T>) {
  const { t } = useTranslation('table');
  const format = useFormat();
  const remembered = props.stateKey === undefined ? undefined : memory.get(props.stateKey);
  const [sorting, setSorting] = useState<SortingState>(remembered?.sorting ?? props.initialSorting ?? []);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>(remembered?.filters ?? []);
  const [search, setSearch] = useState(remembered?.search ?? '');
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(
    () => remembered?.visibility ?? Object.fromEntries((props.initialHidden ?? []).map((id) => [id, false])),
  );
  const [showFilters, setShowFilters] = useState(remembered?.showFilters ?? true);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const deferredSearch = useDeferredValue(search);

  useEffect(() => {
    if (props.stateKey !== undefined) {
      memory.set(props.stateKey, { sorting, filters: columnFilters, search, visibility: columnVisibility, showFilters });
    }
  }, [props.stateKey, sorting, columnFilters, search, columnVisibility, showFilters]);

  const columns = useMemo(
    () =>
      props.columns.map((column) => {
        const meta = (column.meta as RegisterColumnMeta | undefined) ?? undefined;
        return {
          ...column,
          size: meta?.width ?? column.size ?? 140,
          filterFn: column.filterFn ?? (meta?.filter?.kind === 'select' ? equalsOrIncludes : containsText),
          sortingFn: column.sortingFn ?? naturalSort,
          sortUndefined: 'last' as const,
        } as RegisterColumn<T>;
      }),
    [props.columns],
  );

  // TanStack caches each row's values until the data change: a new copy when the columns change (e.g. names
  // looked up from another query arrived) makes it compute them again.
  const data = useMemo(() => (columns.length >= 0 ? [...props.data] : []), [props.data, columns]);
  const tree = props.getSubRows !== undefined;
  const compactKey = props.compactColumns?.join(',');
  const compactVisibility = useMemo(
    () =>
      compactKey === undefined
        ? undefined
        : Object.fromEntries(props.columns.map((column) => [String(column.id), compactKey.split(',').includes(String(column.id))])),
    [compactKey, props.columns],
  );
  // TanStack Table returns functions that must not be memoised by the compiler; this component follows the rules.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<T>({
    data,
    columns,
    state: {
      sorting,
      columnFilters,
      globalFilter: deferredSearch,
      columnVisibility: compactVisibility ?? columnVisibility,
      expanded,
    },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    onExpandedChange: setExpanded,
    getRowId: (row) => props.getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    ...(tree ? { getSubRows: props.getSubRows, getExpandedRowModel: getExpandedRowModel(), filterFromLeafRows: true } : {}),
    globalFilterFn: containsText as FilterFn<T>,
    getColumnCanGlobalFilter: () => true,
    enableSortingRemoval: true,
  });

  const rows = table.getRowModel().rows;
  const totalCount = props.data.length;
  const shownCount = tree ? table.getFilteredRowModel().flatRows.length : rows.length;
  const visibleColumns = table.getVisibleLeafColumns();

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusWanted, setFocusWanted] = useState(false);
  const index = Math.min(activeIndex, Math.max(rows.length - 1, 0));

  const rangeExtractor = useCallback(
    (range: Range) => {
      // Keep the keyboard's row rendered even when scrolled away, so focus never falls off the table.
      const indexes = defaultRangeExtractor(range);
      if (index < rows.length && !indexes.includes(index)) indexes.push(index);
      return indexes;
    },
    [index, rows.length],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    rangeExtractor,
  });

  // Move focus to the keyboard's row (always rendered: see rangeExtractor) after it moved.
  useEffect(() => {
    if (!focusWanted) return;
    const frame = requestAnimationFrame(() => {
      bodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
      setFocusWanted(false);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusWanted, index]);

  // When the open record changes (from outside), bring its row into view and make it the keyboard's row.
  const activeId = props.activeId ?? null;
  const lastActive = useRef<string | null>(null);
  useEffect(() => {
    if (activeId === lastActive.current) return;
    lastActive.current = activeId;
    if (activeId === null) return;
    const position = rows.findIndex((row) => row.id === activeId);
    if (position >= 0) {
      setActiveIndex(position);
      virtualizer.scrollToIndex(position, { align: 'auto' });
    }
  }, [activeId, rows, virtualizer]);

  const moveTo = (next: number) => {
    if (rows.length === 0) return;
    const clamped = Math.max(0, Math.min(rows.length - 1, next));
    setActiveIndex(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    setFocusWanted(true);
  };

  const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, row: Row<T>, position: number) => {
    switch (event.key) {
      case 'ArrowDown':
        moveTo(position + 1);
        break;
      case 'ArrowUp':
        moveTo(position - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'PageDown':
        moveTo(position + pageSize);
        break;
      case 'PageUp':
        moveTo(position - pageSize);
        break;
      case 'Enter':
      case ' ':
        props.onOpen?.(row.original);
        break;
      case 'ArrowRight':
        if (tree && row.getCanExpand() && !row.getIsExpanded()) row.toggleExpanded(true);
        else return;
        break;
      case 'ArrowLeft':
        if (tree && row.getCanExpand() && row.getIsExpanded()) row.toggleExpanded(false);
        else if (tree && row.depth > 0) {
          const parent = row.getParentRow();
          const parentIndex = parent === undefined ? -1 : rows.findIndex((candidate) => candidate.id === parent.id);
          if (parentIndex >= 0) moveTo(parentIndex);
        } else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const filtersActive = columnFilters.length > 0 || search.trim() !== '';
  const clearFilters = () => {
    setColumnFilters([]);
    setSearch('');
  };

  const minOf = (column: (typeof visibleColumns)[number]) => metaOf(column).minWidth ?? Math.round(column.getSize() * 0.6);
  const gridTemplate = visibleColumns.map((column) => `minmax(${minOf(column)}px, ${column.getSize()}fr)`).join(' ');
  const minWidth = visibleColumns.reduce((sum, column) => sum + minOf(column), 0);
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const rowRole = 'row';
  const virtualItems = virtualizer.getVirtualItems();

  return (
    <div className={`register-table ${props.className ?? ''}`}>
      <div className="table-toolbar">
        <SearchField className="search-field" value={search} onChange={setSearch} aria-label={props.searchLabel}>
          <Input className="search-input" placeholder={t('searchPlaceholder')} />
          {search !== '' && (
            <Button className="search-clear" aria-label={t('clearSearch')}>
              ×
            </Button>
          )}
        </SearchField>
        <Toolbar className="table-actions" aria-label={t('tableActions', { table: props.label })}>
          {props.actions}
          <ToggleButton className="button" isSelected={showFilters} onChange={setShowFilters}>
            {t('filters')}
          </ToggleButton>
          <MenuTrigger>
            <Button className="button">{t('columns')}</Button>
            <Popover className="popover" placement="bottom end">
              <Menu
                className="menu"
                aria-label={t('chooseColumns')}
                selectionMode="multiple"
                selectedKeys={new Set(hideable.filter((column) => columnVisibility[column.id] !== false).map((column) => column.id))}
                onSelectionChange={(keys) => {
                  if (keys === 'all') {
                    setColumnVisibility({});
                    return;
                  }
                  if (keys.size === 0) return; // keep at least one column
                  setColumnVisibility(Object.fromEntries(hideable.map((column) => [column.id, keys.has(column.id)])));
                }}
              >
                {hideable.map((column) => (
                  <MenuItem key={column.id} id={column.id} className="menu-item menu-item-check">
                    {({ isSelected }) => (
                      <>
                        <span className="menu-check" aria-hidden="true">
                          {isSelected ? '✓' : ''}
                        </span>
                        {metaOf(column).label}
                      </>
                    )}
                  </MenuItem>
                ))}
              </Menu>
            </Popover>
          </MenuTrigger>
        </Toolbar>
        <span className="row-count" role="status">
          {props.countLabel?.(shownCount, totalCount, () => (tree ? table.getFilteredRowModel().flatRows : rows).map((row) => row.original)) ??
            t('rowCount', { shown: format.number(shownCount), total: format.number(totalCount), count: totalCount })}
        </span>
      </div>

      <div
        ref={scrollRef}
        className="table-scroll"
        role={tree ? 'treegrid' : 'grid'}
        aria-label={props.label}
        aria-rowcount={rows.length + (showFilters ? 2 : 1)}
        aria-colcount={visibleColumns.length}
        aria-readonly="true"
        aria-busy={props.loading === true}
      >
        <div className="table-head" role="rowgroup" style={{ minWidth }}>
          <div className="table-row table-header-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: gridTemplate }}>
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              const meta = metaOf(header.column);
              const sorted = header.column.getIsSorted();
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  className={`table-header-cell ${meta.numeric === true ? 'numeric' : ''}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  {header.column.getCanSort() ? (
                    <Button className="sort-button" onPress={() => header.column.toggleSorting(undefined, false)}>
                      <span className="sort-label">{meta.label}</span>
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </Button>
                  ) : (
                    <span className="sort-label">{meta.label}</span>
                  )}
                </div>
              );
            })}
          </div>
          {showFilters && (
            <div className="table-row table-filter-row" role="row" aria-rowindex={2} style={{ gridTemplateColumns: gridTemplate }}>
              {visibleColumns.map((column) => {
                const meta = metaOf(column);
                const filterLabel = t('filterBy', { column: meta.label });
                const value = column.getFilterValue();
                return (
                  <div key={column.id} role="gridcell" className="table-filter-cell">
                    {meta.filter?.kind === 'select' ? (
                      <SelectBox
                        className="filter-select"
                        label={filterLabel}
                        labelHidden
                        options={[{ value: '', label: t('all') }, ...meta.filter.options]}
                        value={typeof value === 'string' ? value : ''}
                        onChange={(next) => column.setFilterValue(next === '' || next === null ? undefined : next)}
                      />
                    ) : meta.filter?.kind === 'text' ? (
                      <Input
                        className="filter-input"
                        aria-label={filterLabel}
                        placeholder={t('filterPlaceholder')}
                        value={typeof value === 'string' ? value : ''}
                        onChange={(event) => column.setFilterValue(event.target.value === '' ? undefined : event.target.value)}
                      />
                    ) : null}
                  </div>
                );
              })}
            </div>
          )}
        </div>

        <div ref={bodyRef} className="table-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth }}>
          {virtualItems.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const isActive = row.id === activeId;
            const extraClass = props.rowClassName?.(row.original) ?? '';
            const rowName = props.rowLabel?.(row.original);
            return (
              <div
                key={row.id}
                role={rowRole}
                {...(rowName === undefined ? {} : { 'aria-label': rowName })}
                data-index={item.index}
                aria-rowindex={item.index + (showFilters ? 3 : 2)}
                aria-selected={isActive}
                {...(tree ? { 'aria-level': row.depth + 1, ...(row.getCanExpand() ? { 'aria-expanded': row.getIsExpanded() } : {}) } : {})}
                tabIndex={item.index === index ? 0 : -1}
                className={`table-row table-body-row ${isActive ? 'is-active' : ''} ${item.index % 2 === 1 ? 'is-odd' : ''} ${extraClass}`}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: gridTemplate }}
                onClick={() => {
                  setActiveIndex(item.index);
                  props.onOpen?.(row.original);
                }}
                onFocus={(event) => {
                  if (event.target === event.currentTarget && item.index !== index) setActiveIndex(item.index);
                }}
                onKeyDown={(event) => {
                  if (event.target === event.currentTarget) onRowKeyDown(event, row, item.index);
                }}
              >
                {row.getVisibleCells().map((cell, cellIndex) => {
                  const meta = metaOf(cell.column);
                  return (
                    <div key={cell.id} role="gridcell" className={`table-cell ${meta.numeric === true ? 'numeric' : ''}`}>
                      {tree && cellIndex === 0 && (
                        <span className="tree-indent" style={{ width: row.depth * 16 }} aria-hidden="true">
                          {row.depth > 0 ? '└' : ''}
                        </span>
                      )}
                      {tree && cellIndex === 0 && row.getCanExpand() && (
                        <span
                          className="tree-toggle"
                          aria-hidden="true"
                          onClick={(event) => {
                            event.stopPropagation();
                            row.toggleExpanded();
                          }}
                        >
                          {row.getIsExpanded() ? '▾' : '▸'}
                        </span>
                      )}
                      <span className="cell-content">{flexRender(cell.column.columnDef.cell, cell.getContext())}</span>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        {rows.length === 0 && props.loading !== true && (
          <div className="table-empty">
            {totalCount === 0 ? (
              props.emptyMessage
            ) : (
              <>
                <p>{props.noMatchesMessage ?? t('noMatches')}</p>
                {filtersActive && (
                  <Button className="button" onPress={clearFilters}>
                    {t('clearFilters')}
                  </Button>
                )}
              </>
            )}
          </div>
        )}
        {rows.length === 0 && props.loading === true && <div className="table-empty">{t('loading')}</div>}
      </div>
    </div>
  );
}

/** A cell showing a value or a quiet dash for "none". */
export function CellText({ value }: { value: string | null | undefined }) {
  if (value === null || value === undefined || value === '') return <span className="cell-empty">—</span>;
  return <span title={value}>{value}</span>;
}
