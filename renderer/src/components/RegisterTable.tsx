// RegisterTable: the one table of the app, for any kind of record. A TanStack Table v8 model rendered as an ARIA grid
// (or treegrid with `getSubRows`) and virtualised with TanStack Virtual, so 10,000 rows scroll smoothly. It has a
// global search box, a filter per column (text or a closed list, from the column's `meta`), sortable headers (click
// or Enter/Space on the header), a column chooser, keyboard row navigation (arrows, Home/End, Page Up/Down, Enter to
// open; Right/Left expand and collapse tree rows), the number of rows shown, and empty / no-match messages.
//
// Columns are TanStack ColumnDefs whose `meta` is a RegisterColumnMeta ({ label, filter?, width? }); their accessor
// should return what is shown (a string, a number, a list of strings, or undefined), so that search, filters and
// sorting work on the same words the person sees. Use `cell` to decorate (badges, dates in the locale). Keep the
// accessors cheap and the `columns` array stable (useMemo): a new array makes every row again.
// Search, sort, filters and hidden columns are kept for the session per `stateKey`.
//
// Speed with 10,000 rows: each row's lower-cased search text (and each text filter's cell text) is worked out once per
// row, in idle time after the rows arrive (or at the first keystroke, whichever comes first), so a keystroke is one
// `includes` per row; each column's order is worked out once per data load, so sorting again (the other way, or after
// the search changed) compares integers; the toolbar, the header and every row are memoised, so scrolling renders
// only the rows that came into view.
import {
  memo,
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
  getMemoOptions,
  getSortedRowModel,
  memo as tableMemo,
  useReactTable,
  type Column,
  type ColumnDef,
  type ColumnFiltersState,
  type ExpandedState,
  type FilterFn,
  type Header,
  type Row,
  type RowModel,
  type SortingFn,
  type SortingState,
  type Table,
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

/** What a search or a text filter looks for: trimmed and lower-cased once, not once per row. */
function normaliseQuery(value: unknown): string {
  return asSearchable(value).trim().toLocaleLowerCase();
}

// Texts worked out once per row. TanStack makes new row objects whenever the data or the columns change (see `data`
// below), so a row's text never goes stale, and the old ones are collected with their rows.
const searchTexts = new WeakMap<object, string>();
const cellTexts = new WeakMap<object, Map<string, string>>();
/** Between the cells of a search text: never typed, so a search never matches across two cells. */
const CELL_SEPARATOR = '\u0000';

/** The row's searchable text: the lower-cased words of every searchable column. */
function searchTextOf(row: Row<unknown>, columnIds: readonly string[]): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    let joined = '';
    for (const id of columnIds) joined += asSearchable(row.getValue(id)) + CELL_SEPARATOR;
    text = joined.toLocaleLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/** One cell's lower-cased text, for a text filter. */
function cellTextOf(row: Row<unknown>, columnId: string): string {
  let texts = cellTexts.get(row);
  if (texts === undefined) {
    texts = new Map();
    cellTexts.set(row, texts);
  }
  let text = texts.get(columnId);
  if (text === undefined) {
    text = asSearchable(row.getValue(columnId)).toLocaleLowerCase();
    texts.set(columnId, text);
  }
  return text;
}

const containsText: FilterFn<unknown> = (row, columnId, query: string) => query === '' || cellTextOf(row, columnId).includes(query);
containsText.resolveFilterValue = normaliseQuery;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(asSearchable(a), asSearchable(b));
}

/** The default sort: numbers by value, everything else as the words shown, "2" before "10", case ignored. */
const naturalSort: SortingFn<unknown> = (rowA, rowB, columnId) => compareValues(rowA.getValue(columnId), rowB.getValue(columnId));

const equalsOrIncludes: FilterFn<unknown> = (row, columnId, filterValue) => {
  if (filterValue === undefined || filterValue === null || filterValue === '') return true;
  const value = row.getValue(columnId);
  return Array.isArray(value) ? value.includes(filterValue) : value === filterValue;
};

/** No place in a column's order: the value is missing (such rows go last, whichever the direction). */
const MISSING = 0x7fffffff;
/** Per data load (TanStack's core row model) and column: each row's place in that column's order, by `row.index`. */
const columnOrders = new WeakMap<object, Map<string, Int32Array>>();

function columnOrder<T>(column: Column<T, unknown>, core: RowModel<T>): Int32Array {
  let byColumn = columnOrders.get(core);
  if (byColumn === undefined) {
    byColumn = new Map();
    columnOrders.set(core, byColumn);
  }
  const known = byColumn.get(column.id);
  if (known !== undefined) return known;
  const sortingFn = column.getSortingFn();
  const t0 = performance.now();
  type Entry = { row: Row<T>; value: unknown };
  const entries: Entry[] = [];
  for (const row of core.rows) {
    const value = row.getValue(column.id);
    // Lists are compared as the words shown; join them once rather than at every comparison.
    if (value !== undefined) entries.push({ row, value: Array.isArray(value) ? asSearchable(value) : value });
  }
  const compare =
    sortingFn === (naturalSort as SortingFn<T>)
      ? (a: Entry, b: Entry) => compareValues(a.value, b.value)
      : (a: Entry, b: Entry) => sortingFn(a.row, b.row, column.id);
  const t1 = performance.now();
  entries.sort(compare);
  const t2 = performance.now();
  const order = new Int32Array(core.rows.length).fill(MISSING);
  let place = 0;
  entries.forEach((entry, position) => {
    if (position > 0 && compare(entries[position - 1] as Entry, entry) !== 0) place += 1;
    order[entry.row.index] = place; // equal values share a place, so other sort keys and then row order decide
  });
  byColumn.set(column.id, order);
  console.log('DEBUG columnOrder', column.id, (t1 - t0).toFixed(1), (t2 - t1).toFixed(1), (performance.now() - t2).toFixed(1));
  return order;
}

/**
 * TanStack's sorted row model for flat tables, made fast for large ones: each column's order is worked out once per
 * data load (columnOrder), so a sort compares integers, and the rows are not copied. Missing values go last (the
 * columns' `sortUndefined: 'last'`). Tree tables use TanStack's own.
 */
function flatSortedRowModel<T>(): (table: Table<T>) => () => RowModel<T> {
  return (table) =>
    tableMemo(
      () => [table.getState().sorting, table.getPreSortedRowModel(), table.getCoreRowModel()] as [SortingState, RowModel<T>, RowModel<T>],
      (sorting, rowModel, core) => {
        if (rowModel.rows.length === 0 || sorting.length === 0) return rowModel;
        const keys: Array<{ order: Int32Array; sign: number }> = [];
        for (const entry of sorting) {
          const column = table.getColumn(entry.id);
          if (column === undefined || !column.getCanSort()) continue;
          const sign = (entry.desc ? -1 : 1) * (column.columnDef.invertSorting === true ? -1 : 1);
          keys.push({ order: columnOrder(column, core), sign });
        }
        if (keys.length === 0) return rowModel;
        const rows = [...rowModel.rows].sort((a, b) => {
          for (const key of keys) {
            const placeA = key.order[a.index] ?? MISSING;
            const placeB = key.order[b.index] ?? MISSING;
            if (placeA !== placeB) {
              if (placeA === MISSING) return 1;
              if (placeB === MISSING) return -1;
              return (placeA - placeB) * key.sign;
            }
          }
          return a.index - b.index;
        });
        return { rows, flatRows: rows, rowsById: rowModel.rowsById };
      },
      getMemoOptions(table.options, 'debugTable', 'getSortedRowModel'),
    );
}

function metaOf<T>(column: { columnDef: ColumnDef<T, unknown> }): RegisterColumnMeta {
  return (column.columnDef.meta as RegisterColumnMeta | undefined) ?? { label: String(column.columnDef.id ?? '') };
}

/** A column definition's id, as TanStack derives it. */
function columnIdOf<T>(column: RegisterColumn<T>): string | undefined {
  const { id, accessorKey } = column as { id?: string; accessorKey?: string };
  return id ?? accessorKey?.replaceAll('.', '_');
}

/** Runs `work` on every row in idle time, a slice at a time, until done or cancelled. */
function inIdleTime<T>(rows: readonly T[], work: (row: T) => void): () => void {
  if (typeof requestIdleCallback !== 'function' || rows.length === 0) return () => {};
  let next = 0;
  let handle = 0;
  const step = (deadline: IdleDeadline) => {
    while (next < rows.length && deadline.timeRemaining() > 2) {
      const end = Math.min(rows.length, next + 200);
      for (; next < end; next++) work(rows[next] as T);
    }
    if (next < rows.length) handle = requestIdleCallback(step);
  };
  handle = requestIdleCallback(step);
  return () => cancelIdleCallback(handle);
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
  // The box shows each keystroke at once; the rows follow as soon as they are filtered.
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

  // The search looks at every column with a value (shown or not) unless it says `enableGlobalFilter: false`. TanStack
  // would ask each row once per column; it is asked for the first column only, and looks at the row's whole text.
  const searchColumnIds = useMemo(
    () =>
      columns
        .filter((column) => column.enableGlobalFilter !== false && ('accessorFn' in column || 'accessorKey' in column))
        .map((column) => columnIdOf(column))
        .filter((id): id is string => id !== undefined),
    [columns],
  );
  const searchFilter = useMemo(() => {
    const filter: FilterFn<T> = (row, _columnId, query: string) => query === '' || searchTextOf(row as Row<unknown>, searchColumnIds).includes(query);
    filter.resolveFilterValue = normaliseQuery;
    return filter;
  }, [searchColumnIds]);

  // TanStack caches each row's values until the data change: a new copy when the columns change (e.g. names
  // looked up from another query arrived) makes it compute them again (and drops the texts and orders above).
  const data = useMemo(() => (columns.length >= 0 ? [...props.data] : []), [props.data, columns]);
  const tree = props.getSubRows !== undefined;
  const compactKey = props.compactColumns?.join(',');
  const compactVisibility = useMemo(
    () =>
      compactKey === undefined
        ? undefined
        : Object.fromEntries(props.columns.map((column) => [String(columnIdOf(column)), compactKey.split(',').includes(String(columnIdOf(column)))])),
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
      globalFilter: deferredSearch.trim(),
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
    getSortedRowModel: tree ? getSortedRowModel() : flatSortedRowModel<T>(),
    ...(tree ? { getSubRows: props.getSubRows, getExpandedRowModel: getExpandedRowModel(), filterFromLeafRows: true } : {}),
    globalFilterFn: searchFilter,
    getColumnCanGlobalFilter: (column) => column.id === searchColumnIds[0],
    enableSortingRemoval: true,
  });

  const rows = table.getRowModel().rows;
  const totalCount = props.data.length;
  const shownCount = tree ? table.getFilteredRowModel().flatRows.length : rows.length;
  const visibleColumns = table.getVisibleLeafColumns();

  // Work out every row's search text while the person looks at the table, so the first keystroke is quick too.
  const coreRows = table.getCoreRowModel().flatRows;
  useEffect(() => inIdleTime(coreRows, (row) => searchTextOf(row as Row<unknown>, searchColumnIds)), [coreRows, searchColumnIds]);

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

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, row: Row<T>, position: number) => {
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
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

  // The rows are memoised; they reach the latest handlers through this ref (events come after the commit).
  const rowEvents = useRef<RowEvents<T> | null>(null);
  useEffect(() => {
    rowEvents.current = {
      click: (row, position) => {
        setActiveIndex(position);
        props.onOpen?.(row.original);
      },
      focus: (position) => {
        if (position !== index) setActiveIndex(position);
      },
      keyDown: onRowKeyDown,
    };
  });
  const stableRowEvents = useMemo<RowEvents<T>>(
    () => ({
      click: (row, position) => rowEvents.current?.click(row, position),
      focus: (position) => rowEvents.current?.focus(position),
      keyDown: (event, row, position) => rowEvents.current?.keyDown(event, row, position),
    }),
    [],
  );

  const filtersActive = columnFilters.length > 0 || search.trim() !== '';
  const clearFilters = () => {
    setColumnFilters([]);
    setSearch('');
  };

  const minOf = (column: (typeof visibleColumns)[number]) => metaOf(column).minWidth ?? Math.round(column.getSize() * 0.6);
  const gridTemplate = visibleColumns.map((column) => `minmax(${minOf(column)}px, ${column.getSize()}fr)`).join(' ');
  const minWidth = visibleColumns.reduce((sum, column) => sum + minOf(column), 0);
  const allColumns = table.getAllLeafColumns();
  const hideable = useMemo(() => allColumns.filter((column) => column.getCanHide()), [allColumns]);
  const virtualItems = virtualizer.getVirtualItems();
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const filteredRows = tree ? table.getFilteredRowModel().flatRows : rows;
  const { countLabel } = props;
  const countText = useMemo(
    () =>
      countLabel?.(shownCount, totalCount, () => filteredRows.map((row) => row.original)) ??
      t('rowCount', { shown: format.number(shownCount), total: format.number(totalCount), count: totalCount }),
    // format.number depends only on the language, which `t` follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [countLabel, shownCount, totalCount, filteredRows, t],
  );

  return (
    <div className={`register-table ${props.className ?? ''}`}>
      <TableToolbar
        label={props.label}
        searchLabel={props.searchLabel}
        search={search}
        onSearch={setSearch}
        actions={props.actions}
        showFilters={showFilters}
        onShowFilters={setShowFilters}
        hideable={hideable}
        columnVisibility={columnVisibility}
        onColumnVisibility={setColumnVisibility}
        countText={countText}
      />

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
        <TableHead
          headers={headers}
          visibleColumns={visibleColumns}
          sorting={sorting}
          columnFilters={columnFilters}
          showFilters={showFilters}
          gridTemplate={gridTemplate}
          minWidth={minWidth}
        />

        <div ref={bodyRef} className="table-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth }}>
          {virtualItems.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <TableRow<T>
                key={row.id}
                row={row}
                position={item.index}
                start={item.start}
                ariaRowIndex={item.index + (showFilters ? 3 : 2)}
                isActive={row.id === activeId}
                isKeyboardRow={item.index === index}
                isExpanded={tree && row.getCanExpand() ? row.getIsExpanded() : undefined}
                tree={tree}
                extraClass={props.rowClassName?.(row.original) ?? ''}
                rowName={props.rowLabel?.(row.original)}
                gridTemplate={gridTemplate}
                visibleColumns={visibleColumns}
                events={stableRowEvents}
              />
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

// The table's parts, memoised: scrolling re-renders the table for the rows that came into view, not its toolbar,
// header and filter boxes; typing a search re-renders the toolbar, then the rows once filtered.

type TableToolbarProps<T> = {
  label: string;
  searchLabel: string;
  search: string;
  onSearch: (value: string) => void;
  actions: ReactNode;
  showFilters: boolean;
  onShowFilters: (value: boolean) => void;
  hideable: Column<T, unknown>[];
  columnVisibility: VisibilityState;
  onColumnVisibility: (value: VisibilityState) => void;
  countText: string;
};

const TableToolbar = memo(function TableToolbar<T>(props: TableToolbarProps<T>) {
  const { t } = useTranslation('table');
  const { hideable, columnVisibility } = props;
  return (
    <div className="table-toolbar">
      <SearchField className="search-field" value={props.search} onChange={props.onSearch} aria-label={props.searchLabel}>
        <Input className="search-input" placeholder={t('searchPlaceholder')} />
        {props.search !== '' && (
          <Button className="search-clear" aria-label={t('clearSearch')}>
            ×
          </Button>
        )}
      </SearchField>
      <Toolbar className="table-actions" aria-label={t('tableActions', { table: props.label })}>
        {props.actions}
        <ToggleButton className="button" isSelected={props.showFilters} onChange={props.onShowFilters}>
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
                  props.onColumnVisibility({});
                  return;
                }
                if (keys.size === 0) return; // keep at least one column
                props.onColumnVisibility(Object.fromEntries(hideable.map((column) => [column.id, keys.has(column.id)])));
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
        {props.countText}
      </span>
    </div>
  );
}) as <T>(props: TableToolbarProps<T>) => ReactNode;

type TableHeadProps<T> = {
  headers: Header<T, unknown>[];
  visibleColumns: Column<T, unknown>[];
  /** Not read: a new value re-renders the sort indicators. */
  sorting: SortingState;
  /** Not read: a new value re-renders the filter boxes. */
  columnFilters: ColumnFiltersState;
  showFilters: boolean;
  gridTemplate: string;
  minWidth: number;
};

const TableHead = memo(function TableHead<T>(props: TableHeadProps<T>) {
  const { t } = useTranslation('table');
  const { gridTemplate } = props;
  return (
    <div className="table-head" role="rowgroup" style={{ minWidth: props.minWidth }}>
      <div className="table-row table-header-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: gridTemplate }}>
        {props.headers.map((header) => {
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
      {props.showFilters && (
        <div className="table-row table-filter-row" role="row" aria-rowindex={2} style={{ gridTemplateColumns: gridTemplate }}>
          {props.visibleColumns.map((column) => {
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
  );
}) as <T>(props: TableHeadProps<T>) => ReactNode;

type RowEvents<T> = {
  click: (row: Row<T>, position: number) => void;
  focus: (position: number) => void;
  keyDown: (event: KeyboardEvent<HTMLDivElement>, row: Row<T>, position: number) => void;
};

type TableRowProps<T> = {
  row: Row<T>;
  position: number;
  start: number;
  ariaRowIndex: number;
  isActive: boolean;
  /** The row reached with Tab (the others are reached with the arrows). */
  isKeyboardRow: boolean;
  /** Tree rows with children: whether they are open. */
  isExpanded: boolean | undefined;
  tree: boolean;
  extraClass: string;
  rowName: string | undefined;
  gridTemplate: string;
  /** Not read: a new list re-renders the cells. */
  visibleColumns: Column<T, unknown>[];
  events: RowEvents<T>;
};

const TableRow = memo(function TableRow<T>(props: TableRowProps<T>) {
  const { row, position, tree, events } = props;
  return (
    <div
      role="row"
      {...(props.rowName === undefined ? {} : { 'aria-label': props.rowName })}
      data-index={position}
      aria-rowindex={props.ariaRowIndex}
      aria-selected={props.isActive}
      {...(tree ? { 'aria-level': row.depth + 1, ...(props.isExpanded === undefined ? {} : { 'aria-expanded': props.isExpanded }) } : {})}
      tabIndex={props.isKeyboardRow ? 0 : -1}
      className={`table-row table-body-row ${props.isActive ? 'is-active' : ''} ${position % 2 === 1 ? 'is-odd' : ''} ${props.extraClass}`}
      style={{ transform: `translateY(${props.start}px)`, gridTemplateColumns: props.gridTemplate }}
      onClick={() => events.click(row, position)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) events.focus(position);
      }}
      onKeyDown={(event) => {
        if (event.target === event.currentTarget) events.keyDown(event, row, position);
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
            {tree && cellIndex === 0 && props.isExpanded !== undefined && (
              <span
                className="tree-toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  row.toggleExpanded();
                }}
              >
                {props.isExpanded ? '▾' : '▸'}
              </span>
            )}
            <span className="cell-content">{flexRender(cell.column.columnDef.cell, cell.getContext())}</span>
          </div>
        );
      })}
    </div>
  );
}) as <T>(props: TableRowProps<T>) => ReactNode;

/** A cell showing a value or a quiet dash for "none". */
export function CellText({ value }: { value: string | null | undefined }) {
  if (value === null || value === undefined || value === '') return <span className="cell-empty">—</span>;
  return <span title={value}>{value}</span>;
}
