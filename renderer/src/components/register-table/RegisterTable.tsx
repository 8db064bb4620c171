// RegisterTable: the one table of the app, for any kind of record. A TanStack Table v8 model rendered as an ARIA grid
// (or treegrid with `getSubRows`) and virtualised with TanStack Virtual, so 10,000 rows scroll smoothly. It has a
// global search box, a filter per column (text or a closed list, from the column's `meta`), sortable headers (click
// or Enter/Space on the header), a column chooser, keyboard row navigation (arrows, Home/End, Page Up/Down, Enter to
// open; Right/Left expand and collapse tree rows), the number of rows shown, and empty / no-match messages. With
// `selection`, rows can be selected for a bulk edit (a box per row, select-all, Shift/Ctrl+click, Space and
// Shift+arrows; types.ts RowSelection) and the screen's bulk actions show in a bar above the rows.
//
// Columns are TanStack ColumnDefs whose `meta` is a RegisterColumnMeta ({ label, filter?, width? }); their accessor
// should return what is shown (a string, a number, a list of strings, or undefined), so that search, filters and
// sorting work on the same words the person sees. Use `cell` to decorate (badges, dates in the locale). Keep the
// accessors cheap and the `columns` array stable (useMemo): a new array works every value out again.
// Search, sort, filters and hidden columns are kept for the session per `stateKey` (tableMemory.ts).
//
// Speed with 10,000 rows (flat tables; see FlatRows.ts): TanStack rows are made only for the rows drawn; each record's
// lower-cased search text is worked out once per data load (in short tasks after the rows are drawn, or at the first
// keystroke if that comes first: shortTasks.ts), so a keystroke is one `includes` per record; each column's values
// and order are worked out once per data load, so sorting again (the other way, after a search) compares places; the
// toolbar, the header and the rows are memoised, so scrolling draws only the rows that came into view. Tree tables
// (small: the processors, the transfers) use TanStack's own row models.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type Column,
  type ExpandedState,
  type FilterFn,
  type Row,
} from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { accessorOf, columnIdOf, columnLayout, compactVisibilityOf, withTableDefaults } from './columns.ts';
import { treeSearchText } from './filters.ts';
import { FlatRows } from './FlatRows.ts';
import { clampPosition, pageSizeFor, rowKeyAction, type KeyModifiers } from './keyboardNavigation.ts';
import { normaliseQuery, type Accessor } from './searchText.ts';
import { SelectionBar } from './SelectionBar.tsx';
import { inShortTasks } from './shortTasks.ts';
import { flatShownRows, treeShownRows, type ShownRows } from './shownRows.ts';
import { TableHead } from './TableHead.tsx';
import { TableRow, type RowEvents } from './TableRow.tsx';
import { TableToolbar } from './TableToolbar.tsx';
import type { RegisterTableProps } from './types.ts';
import { useRowSelection, type RowSelecting } from './useRowSelection.ts';
import { useTableState } from './useTableState.ts';
import './register-table.css';

const ROW_HEIGHT = 32;
/** The width of the column of row boxes (pixels). */
const SELECT_WIDTH = 28;

const NO_ROWS = new Int32Array(0);

export function RegisterTable<T>(props: RegisterTableProps<T>) {
  const { t } = useTranslation('table');
  const format = useFormat();
  const { sorting, setSorting, columnFilters, setColumnFilters, search, setSearch, columnVisibility, setColumnVisibility, showFilters, setShowFilters } =
    useTableState(props.stateKey, props.initialSorting, props.initialHidden);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  // The box shows each keystroke at once; the rows follow as soon as they are filtered.
  const query = normaliseQuery(useDeferredValue(search));

  const columns = useMemo(() => props.columns.map(withTableDefaults), [props.columns]);

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
  const compactVisibility = useMemo(() => (compactKey === undefined ? undefined : compactVisibilityOf(props.columns, compactKey)), [compactKey, props.columns]);
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

  const shown = useMemo<ShownRows<T>>(
    () => (flat !== undefined ? flatShownRows(flat, order, data) : treeShownRows(treeRows ?? [], treeLeft ?? [])),
    [flat, order, data, treeRows, treeLeft],
  );

  const rowCount = shown.count;
  const totalCount = props.data.length;
  const visibleColumns = table.getVisibleLeafColumns();
  const selecting = useRowSelection(props.selection, shown, props.loading === true);

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
    const clamped = clampPosition(next, rowCount);
    if (clamped === undefined) return;
    setActiveIndex(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    setFocusWanted(true);
  };

  /** Moves the keyboard's row to `to` and selects from the anchor to it (Shift+click, Shift+arrows). */
  const extendTo = (selection: RowSelecting, to: number, from: number) => {
    const clamped = clampPosition(to, rowCount);
    if (clamped === undefined) return;
    selection.extendTo(clamped, from);
    moveTo(clamped);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, row: Row<T>, position: number) => {
    const canExpand = tree && row.getCanExpand();
    const action = rowKeyAction(
      event.key,
      {
        position,
        rowCount,
        pageSize: pageSizeFor(scrollRef.current?.clientHeight, ROW_HEIGHT),
        tree,
        canExpand,
        isExpanded: canExpand && row.getIsExpanded(),
        hasParent: row.depth > 0 && row.parentId !== undefined,
        selectable: selecting !== undefined,
      },
      { shift: event.shiftKey, mod: event.ctrlKey || event.metaKey },
    );
    if (action === undefined) return;
    if (action.kind === 'move') moveTo(action.to);
    else if (action.kind === 'toggle') selecting?.toggle(row.id);
    else if (action.kind === 'extend') {
      if (selecting !== undefined) extendTo(selecting, action.to, position);
    } else if (action.kind === 'selectAll') selecting?.selectAllShown();
    else if (action.kind === 'open') props.onOpen?.(row.original);
    else if (action.kind === 'expand') row.toggleExpanded(true);
    else if (action.kind === 'collapse') row.toggleExpanded(false);
    else {
      const parentIndex = shown.positionOf(row.parentId as string);
      if (parentIndex >= 0) moveTo(parentIndex);
    }
    event.preventDefault();
  };

  // The rows are memoised; they reach the latest handlers through this ref (events come after the commit).
  const rowEvents = useRef<RowEvents<T> | null>(null);
  useEffect(() => {
    rowEvents.current = {
      click: (row, position, modifiers: KeyModifiers) => {
        // In a selectable table Shift+click selects a range and Ctrl/Cmd+click toggles; a plain click opens.
        if (selecting !== undefined && modifiers.shift) extendTo(selecting, position, index);
        else if (selecting !== undefined && modifiers.mod) {
          setActiveIndex(position);
          selecting.toggle(row.id);
        } else {
          setActiveIndex(position);
          props.onOpen?.(row.original);
        }
      },
      select: (row, position, shift) => {
        if (selecting === undefined) return;
        if (shift) extendTo(selecting, position, index);
        else {
          setActiveIndex(position);
          selecting.toggle(row.id);
        }
      },
      focus: (position) => {
        if (position !== index) setActiveIndex(position);
      },
      keyDown: onRowKeyDown,
    };
  });
  const stableRowEvents = useMemo<RowEvents<T>>(
    () => ({
      click: (row, position, modifiers) => rowEvents.current?.click(row, position, modifiers),
      select: (row, position, shift) => rowEvents.current?.select(row, position, shift),
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

  const layout = columnLayout(visibleColumns);
  const gridTemplate = selecting === undefined ? layout.gridTemplate : `${SELECT_WIDTH}px ${layout.gridTemplate}`;
  const minWidth = layout.minWidth + (selecting === undefined ? 0 : SELECT_WIDTH);
  // The head is memoised: its select-all box reaches the latest selection through a ref, so scrolling skips it.
  const latestSelecting = useRef(selecting);
  useEffect(() => {
    latestSelecting.current = selecting;
  });
  const toggleAllShown = useCallback(() => latestSelecting.current?.toggleAllShown(), []);
  const selectAllState = selecting?.shownState;
  const selectAllLabel = t('selectAllShown');
  const selectAll = useMemo(
    () => (selectAllState === undefined ? undefined : { state: selectAllState, label: selectAllLabel, onToggle: toggleAllShown }),
    [selectAllState, selectAllLabel, toggleAllShown],
  );
  const selectedCount = selecting?.selected.size ?? 0;
  const { rowLabel } = props;
  const selectRowName = props.selection?.rowName;
  const selectLabel = (row: Row<T>) => t('selectRow', { row: selectRowName?.(row.original) ?? rowLabel?.(row.original) ?? row.id });
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
      {selecting !== undefined && selectedCount > 0 && (
        <SelectionBar count={selectedCount} tableLabel={props.label} actions={props.selection?.actions} onClear={selecting.clear} />
      )}

      <div
        ref={scrollRef}
        className="table-scroll"
        role={tree ? 'treegrid' : 'grid'}
        aria-label={props.label}
        {...(selecting === undefined ? {} : { 'aria-multiselectable': true })}
        aria-rowcount={rowCount + (showFilters ? 2 : 1)}
        aria-colcount={visibleColumns.length + (selecting === undefined ? 0 : 1)}
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
          selectAll={selectAll}
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
                rowName={rowLabel?.(row.original)}
                isSelected={selecting === undefined ? undefined : selecting.selected.has(row.id)}
                selectLabel={selecting === undefined ? '' : selectLabel(row)}
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
