// RegisterTable: the one table of the app, for any kind of record. A TanStack Table v8 model rendered as an ARIA grid
// (or treegrid with `getSubRows`) and virtualised with TanStack Virtual, so 10,000 rows scroll smoothly. It has a
// global search box, a filter per column (text or a closed list, from the column's `meta`), sortable headers (click
// or Enter/Space on the header), a column chooser, keyboard row navigation (arrows, Home/End, Page Up/Down, Enter to
// open; Right/Left expand and collapse tree rows), the number of rows shown, and empty / no-match messages.
//
// Columns are TanStack ColumnDefs whose `meta` is a RegisterColumnMeta ({ label, filter?, width? }); their accessor
// should return what is shown (a string, a number, a list of strings, or undefined), so that search, filters and
// sorting work on the same words the person sees. Use `cell` to decorate (badges, dates in the locale). Keep the
// accessors cheap and the `columns` array stable (useMemo): a new array works every value out again.
// Search, sort, filters and hidden columns are kept for the session per `stateKey`.
//
// Speed with 10,000 rows (flat tables; see FlatRows): TanStack rows are made only for the rows drawn; each record's
// lower-cased search text is worked out once per data load (in short tasks after the rows are drawn, or at the first
// keystroke if that comes first), so a keystroke is one `includes` per record; each column's values and order are
// worked out once per data load, so sorting again (the other way, after a search) compares places; the toolbar, the
// header and the rows are memoised, so scrolling draws only the rows that came into view. Tree tables (small: the
// processors, the transfers) use TanStack's own row models.
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
  createRow,
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type ColumnFiltersState,
  type ExpandedState,
  type FilterFn,
  type Header,
  type Row,
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

/** What a search or a text filter looks for: trimmed and lower-cased once, not once per row. (toLowerCase, like the
 *  texts searched: the same in every locale, and quicker than toLocaleLowerCase on 10,000 texts.) */
function normaliseQuery(value: unknown): string {
  return asSearchable(value).trim().toLowerCase();
}

type Accessor<T> = (row: T, index: number) => unknown;

/** Between the cells of a search text: never typed, so a search never matches across two cells. */
const CELL_SEPARATOR = '\u0000';

/** The lower-cased words of a record for the search (the accessors are called directly: TanStack's row.getValue
 *  costs more than most accessors, and these values are needed only once). */
function searchTextFor<T>(original: T, index: number, accessors: readonly Accessor<T>[]): string {
  let joined = '';
  for (const accessor of accessors) joined += asSearchable(accessor(original, index)) + CELL_SEPARATOR;
  return joined.toLowerCase();
}

// Tree tables (TanStack's row models): texts per row object. TanStack makes new row objects whenever the data or the
// columns change (see `data` below), so a row's text never goes stale, and the old ones are collected with their rows.
const treeSearchTexts = new WeakMap<object, string>();
const treeCellTexts = new WeakMap<object, Map<string, string>>();

function treeSearchText<T>(row: Row<T>, accessors: readonly Accessor<T>[]): string {
  let text = treeSearchTexts.get(row);
  if (text === undefined) {
    text = searchTextFor(row.original, row.index, accessors);
    treeSearchTexts.set(row, text);
  }
  return text;
}

function treeCellText(row: Row<unknown>, columnId: string): string {
  let texts = treeCellTexts.get(row);
  if (texts === undefined) {
    texts = new Map();
    treeCellTexts.set(row, texts);
  }
  let text = texts.get(columnId);
  if (text === undefined) {
    text = asSearchable(row.getValue(columnId)).toLowerCase();
    texts.set(columnId, text);
  }
  return text;
}

/** The text filter. Flat tables apply it by data index (FlatRows); TanStack calls this for tree tables. */
const containsText: FilterFn<unknown> = (row, columnId, query: string) => query === '' || treeCellText(row, columnId).includes(query);
containsText.resolveFilterValue = normaliseQuery;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(asSearchable(a), asSearchable(b));
}

/** The default sort: numbers by value, everything else as the words shown, "2" before "10", case ignored. */
const naturalSort: SortingFn<unknown> = (rowA, rowB, columnId) => compareValues(rowA.getValue(columnId), rowB.getValue(columnId));

function valueMatches(value: unknown, wanted: unknown): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

/** The closed-list filter: the value, or one of the values of a list, is the one chosen. */
const equalsOrIncludes: FilterFn<unknown> = (row, columnId, filterValue) => {
  if (filterValue === undefined || filterValue === null || filterValue === '') return true;
  return valueMatches(row.getValue(columnId), filterValue);
};

/** No place in a column's order: the value is missing (such rows go last, whichever the direction). */
const MISSING = 0x7fffffff;

/** The least a flat table needs of a row for a column's own filterFn or sortingFn: its record and values. */
class LightRow<T> {
  readonly depth = 0;
  readonly subRows: Row<T>[] = [];
  private readonly rows: FlatRows<T>;
  readonly index: number;
  readonly original: T;
  constructor(rows: FlatRows<T>, index: number, original: T) {
    this.rows = rows;
    this.index = index;
    this.original = original;
  }
  get id(): string {
    return this.rows.idAt(this.index);
  }
  getValue(columnId: string): unknown {
    const column = this.rows.table.getColumn(columnId);
    return column === undefined ? undefined : this.rows.valuesOf(column)[this.index];
  }
}

/**
 * The row model of a flat table, by data index, for one data load. TanStack's own makes a row object with some sixty
 * functions for every record before the first is drawn (for 10,000 records, most of the wait and a garbage collection
 * after); here a TanStack row is made only for a row that is drawn, and everything else is worked out once per load:
 * each record's search text (in short tasks after the rows are drawn, or at the first search), each column's values, the lower-cased texts of a
 * text filter's column, and each column's order (so a sort, in either direction, after any search, compares places).
 */
class FlatRows<T> {
  private readonly rows: Array<Row<T> | undefined>;
  private readonly lightRows: Array<LightRow<T> | undefined>;
  private readonly searchTexts: Array<string | undefined>;
  private readonly values = new Map<string, unknown[]>();
  private readonly cellTexts = new Map<string, string[]>();
  private readonly orders = new Map<string, Int32Array>();

  readonly table: Table<T>;
  readonly data: readonly T[];
  private readonly searchAccessors: readonly Accessor<T>[];

  constructor(table: Table<T>, data: readonly T[], searchAccessors: readonly Accessor<T>[]) {
    this.table = table;
    this.data = data;
    this.searchAccessors = searchAccessors;
    this.rows = new Array<Row<T> | undefined>(data.length);
    this.lightRows = new Array<LightRow<T> | undefined>(data.length);
    this.searchTexts = new Array<string | undefined>(data.length);
  }

  get size(): number {
    return this.data.length;
  }

  idAt(index: number): string {
    return this.table._getRowId(this.data[index] as T, index);
  }

  /** The TanStack row of a record, made when it is first drawn. */
  row(index: number): Row<T> {
    let row = this.rows[index];
    if (row === undefined) {
      row = createRow(this.table, this.idAt(index), this.data[index] as T, index, 0);
      this.rows[index] = row;
    }
    return row;
  }

  private lightRow(index: number): Row<T> {
    let row = this.lightRows[index];
    if (row === undefined) {
      row = new LightRow(this, index, this.data[index] as T);
      this.lightRows[index] = row;
    }
    return row as unknown as Row<T>;
  }

  searchText(index: number): string {
    let text = this.searchTexts[index];
    if (text === undefined) {
      text = searchTextFor(this.data[index] as T, index, this.searchAccessors);
      this.searchTexts[index] = text;
    }
    return text;
  }

  valuesOf(column: Column<T, unknown>): unknown[] {
    let values = this.values.get(column.id);
    if (values === undefined) {
      const accessor = column.accessorFn;
      values =
        accessor === undefined
          ? new Array<unknown>(this.data.length).fill(undefined)
          : this.data.map((original, index) => accessor(original, index));
      this.values.set(column.id, values);
    }
    return values;
  }

  private cellTextsOf(column: Column<T, unknown>): string[] {
    let texts = this.cellTexts.get(column.id);
    if (texts === undefined) {
      texts = this.valuesOf(column).map((value) => asSearchable(value).toLowerCase());
      this.cellTexts.set(column.id, texts);
    }
    return texts;
  }

  /** Each record's place in the column's order (equal values share one; missing values have none). */
  private orderOf(column: Column<T, unknown>): Int32Array {
    const known = this.orders.get(column.id);
    if (known !== undefined) return known;
    const sortingFn = column.getSortingFn();
    const values = this.valuesOf(column);
    const indexes: number[] = [];
    // Lists are compared as the words shown: joined once rather than at every comparison.
    const keys = values.map((value) => (Array.isArray(value) ? asSearchable(value) : value));
    keys.forEach((key, index) => {
      if (key !== undefined) indexes.push(index);
    });
    const compare =
      sortingFn === (naturalSort as SortingFn<T>)
        ? (a: number, b: number) => compareValues(keys[a], keys[b])
        : (a: number, b: number) => sortingFn(this.lightRow(a), this.lightRow(b), column.id);
    indexes.sort(compare);
    const order = new Int32Array(this.data.length).fill(MISSING);
    let place = 0;
    indexes.forEach((index, position) => {
      if (position > 0 && compare(indexes[position - 1] as number, index) !== 0) place += 1;
      order[index] = place; // equal values share a place: the next sort key, then the data's order decide
    });
    this.orders.set(column.id, order);
    return order;
  }

  /** The data indexes of the records the search and the column filters leave, in the data's order. */
  filter(query: string, columnFilters: ColumnFiltersState): Int32Array {
    const tests: Array<(index: number) => boolean> = [];
    for (const entry of columnFilters) {
      const column = this.table.getColumn(entry.id);
      const filterFn = column?.getFilterFn();
      if (column === undefined || filterFn === undefined) continue;
      if (filterFn === (containsText as FilterFn<T>)) {
        const wanted = normaliseQuery(entry.value);
        if (wanted === '') continue;
        const texts = this.cellTextsOf(column);
        tests.push((index) => (texts[index] as string).includes(wanted));
      } else if (filterFn === (equalsOrIncludes as FilterFn<T>)) {
        if (entry.value === undefined || entry.value === null || entry.value === '') continue;
        const values = this.valuesOf(column);
        tests.push((index) => valueMatches(values[index], entry.value));
      } else {
        const wanted: unknown = filterFn.resolveFilterValue?.(entry.value) ?? entry.value;
        tests.push((index) => filterFn(this.lightRow(index), column.id, wanted, () => {}));
      }
    }
    const size = this.data.length;
    const shown = new Int32Array(size);
    let count = 0;
    for (let index = 0; index < size; index++) {
      if (query !== '' && !this.searchText(index).includes(query)) continue;
      if (tests.length > 0 && !tests.every((test) => test(index))) continue;
      shown[count++] = index;
    }
    return count === size ? shown : shown.slice(0, count);
  }

  /** The shown records in the order asked for (missing values last, whichever the direction). */
  sort(shown: Int32Array, sorting: SortingState): Int32Array {
    const keys: Array<{ order: Int32Array; sign: number }> = [];
    for (const entry of sorting) {
      const column = this.table.getColumn(entry.id);
      if (column === undefined || !column.getCanSort()) continue;
      const sign = (entry.desc ? -1 : 1) * (column.columnDef.invertSorting === true ? -1 : 1);
      keys.push({ order: this.orderOf(column), sign });
    }
    if (keys.length === 0) return shown;
    return shown.slice().sort((a, b) => {
      for (const key of keys) {
        const placeA = key.order[a] as number;
        const placeB = key.order[b] as number;
        if (placeA !== placeB) {
          if (placeA === MISSING) return 1;
          if (placeB === MISSING) return -1;
          return (placeA - placeB) * key.sign;
        }
      }
      return a - b;
    });
  }
}

/** What the table draws: the rows left by search and filters, in order, whichever model made them. */
type ShownRows<T> = {
  count: number;
  at: (position: number) => Row<T> | undefined;
  positionOf: (id: string) => number;
  /** The records left (in a tree: at every level) and how many. */
  originals: () => T[];
  leftCount: number;
};

function metaOf<T>(column: { columnDef: ColumnDef<T, unknown> }): RegisterColumnMeta {
  return (column.columnDef.meta as RegisterColumnMeta | undefined) ?? { label: String(column.columnDef.id ?? '') };
}

/** How a column definition reads its value from a record (TanStack's own rule for `accessorKey`). */
function accessorOf<T>(column: RegisterColumn<T>): Accessor<T> | undefined {
  const { accessorFn, accessorKey } = column as { accessorFn?: Accessor<T>; accessorKey?: string };
  if (accessorFn !== undefined) return accessorFn;
  if (accessorKey === undefined) return undefined;
  if (!accessorKey.includes('.')) return (row) => (row as Record<string, unknown>)[accessorKey];
  const path = accessorKey.split('.');
  return (row) => path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], row);
}

/** A column definition's id, as TanStack derives it. */
function columnIdOf<T>(column: RegisterColumn<T>): string | undefined {
  const { id, accessorKey } = column as { id?: string; accessorKey?: string };
  return id ?? accessorKey?.replaceAll('.', '_');
}

/** Chromium's (and so Electron's) task scheduler. */
type TaskScheduler = { postTask: (callback: () => void, options: { priority: 'user-visible'; signal: AbortSignal }) => Promise<unknown> };

/**
 * Calls `work` for 0 … count - 1 in short tasks of a few milliseconds (so a click, a key or a frame never waits for it
 * longer than that), starting after the next frame is drawn, until done or cancelled. (Not requestIdleCallback nor
 * `background` tasks: they wait for the page to be quiet, which a table being sorted and scrolled rarely is, and the
 * work would be left to the first keystroke.)
 */
function inShortTasks(count: number, work: (index: number) => void): () => void {
  if (count === 0) return () => {};
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  const controller = new AbortController();
  let next = 0;
  const schedule = () => {
    if (scheduler !== undefined) void scheduler.postTask(step, { priority: 'user-visible', signal: controller.signal }).catch(() => {});
    else setTimeout(step, 0);
  };
  const step = () => {
    if (controller.signal.aborted) return;
    const stopAt = performance.now() + 4;
    while (next < count && performance.now() < stopAt) {
      const end = Math.min(count, next + 25);
      for (; next < end; next++) work(next);
    }
    if (next < count) schedule();
  };
  const frame = requestAnimationFrame(schedule);
  return () => {
    cancelAnimationFrame(frame);
    controller.abort();
  };
}

const NO_ROWS = new Int32Array(0);

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
  const query = normaliseQuery(useDeferredValue(search));

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
          // Words A to Z first, numbers largest first (TanStack would look at the first row to decide).
          sortDescFirst: column.sortDescFirst ?? meta?.numeric === true,
        } as RegisterColumn<T>;
      }),
    [props.columns],
  );

  // The search looks at every column with a value (shown or not) unless it says `enableGlobalFilter: false`.
  const searching = useMemo(() => {
    const searched = columns.filter((column) => column.enableGlobalFilter !== false && accessorOf(column) !== undefined);
    const accessors = searched.map((column) => accessorOf(column) as Accessor<T>);
    // Tree tables: TanStack would ask each row once per column; it asks for the first column only, and this looks at
    // the row's whole text.
    const treeFilter: FilterFn<T> = (row, _columnId, wanted: string) => wanted === '' || treeSearchText(row, accessors).includes(wanted);
    return { firstColumnId: searched[0] === undefined ? undefined : columnIdOf(searched[0]), accessors, treeFilter };
  }, [columns]);

  // A new copy when the columns change (e.g. names looked up from another query arrived), so that every value, text
  // and order worked out from the old columns is worked out again.
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
      columnVisibility: compactVisibility ?? columnVisibility,
      ...(tree ? { globalFilter: query, expanded } : {}),
    },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    onExpandedChange: setExpanded,
    getRowId: (row) => props.getRowId(row),
    // Flat tables never ask TanStack for its row models (see FlatRows); tree tables use them all.
    getCoreRowModel: getCoreRowModel(),
    ...(tree
      ? {
          getFilteredRowModel: getFilteredRowModel(),
          getSortedRowModel: getSortedRowModel(),
          getSubRows: props.getSubRows,
          getExpandedRowModel: getExpandedRowModel(),
          filterFromLeafRows: true,
          globalFilterFn: searching.treeFilter,
          getColumnCanGlobalFilter: (column: Column<T, unknown>) => column.id === searching.firstColumnId,
        }
      : { manualFiltering: true, manualSorting: true }),
    enableSortingRemoval: true,
  });

  // Flat tables: the rows by data index, filtered and sorted (each step again only when what it depends on changed).
  const { accessors } = searching;
  const flat = useMemo(() => (tree ? undefined : new FlatRows(table, data, accessors)), [tree, table, data, accessors]);
  const filtered = useMemo(() => flat?.filter(query, columnFilters) ?? NO_ROWS, [flat, query, columnFilters]);
  const order = useMemo(() => flat?.sort(filtered, sorting) ?? NO_ROWS, [flat, filtered, sorting]);
  // Work out every record's search text while the person looks at the table, so the first keystroke is quick too.
  useEffect(() => (flat === undefined ? undefined : inShortTasks(flat.size, (index) => flat.searchText(index))), [flat]);

  // Tree tables: TanStack's rows (small registers: processors, transfers).
  const treeRows = tree ? table.getRowModel().rows : undefined;
  const treeLeft = tree ? table.getFilteredRowModel().flatRows : undefined;

  const shown = useMemo<ShownRows<T>>(() => {
    if (flat !== undefined) {
      return {
        count: order.length,
        at: (position) => (position < order.length ? flat.row(order[position] as number) : undefined),
        positionOf: (id) => order.findIndex((index) => flat.idAt(index) === id),
        originals: () => Array.from(order, (index) => data[index] as T),
        leftCount: order.length,
      };
    }
    const rows = treeRows ?? [];
    const left = treeLeft ?? [];
    return {
      count: rows.length,
      at: (position) => rows[position],
      positionOf: (id) => rows.findIndex((row) => row.id === id),
      originals: () => left.map((row) => row.original),
      leftCount: left.length,
    };
  }, [flat, order, data, treeRows, treeLeft]);

  const rowCount = shown.count;
  const totalCount = props.data.length;
  const visibleColumns = table.getVisibleLeafColumns();

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusWanted, setFocusWanted] = useState(false);
  const index = Math.min(activeIndex, Math.max(rowCount - 1, 0));

  const rangeExtractor = useCallback(
    (range: Range) => {
      // Keep the keyboard's row rendered even when scrolled away, so focus never falls off the table.
      const indexes = defaultRangeExtractor(range);
      if (index < rowCount && !indexes.includes(index)) indexes.push(index);
      return indexes;
    },
    [index, rowCount],
  );

  const virtualizer = useVirtualizer({
    count: rowCount,
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
    const position = shown.positionOf(activeId);
    if (position >= 0) {
      setActiveIndex(position);
      virtualizer.scrollToIndex(position, { align: 'auto' });
    }
  }, [activeId, shown, virtualizer]);

  const moveTo = (next: number) => {
    if (rowCount === 0) return;
    const clamped = Math.max(0, Math.min(rowCount - 1, next));
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
        moveTo(rowCount - 1);
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
        else if (tree && row.depth > 0 && row.parentId !== undefined) {
          const parentIndex = shown.positionOf(row.parentId);
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
  const { countLabel } = props;
  const countText = useMemo(
    () =>
      countLabel?.(shown.leftCount, totalCount, shown.originals) ??
      t('rowCount', { shown: format.number(shown.leftCount), total: format.number(totalCount), count: totalCount }),
    // format.number depends only on the language, which `t` follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [countLabel, shown, totalCount, t],
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
        aria-rowcount={rowCount + (showFilters ? 2 : 1)}
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
            const row = shown.at(item.index);
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
        {rowCount === 0 && props.loading !== true && (
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
        {rowCount === 0 && props.loading === true && <div className="table-empty">{t('loading')}</div>}
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
                  <span className={`sort-indicator ${sorted === false ? 'unsorted' : ''}`} aria-hidden="true">
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
