// The search and filter engine of flat tables: the rows by data index for one data load, filtered and sorted without
// TanStack's row models (see FlatRows).
import { createRow, type Column, type ColumnFiltersState, type FilterFn, type Row, type SortingFn, type SortingState, type Table } from '@tanstack/react-table';
import { containsText, equalsOrIncludes, isChosen, valueMatches } from './filters.ts';
import { asSearchable, normaliseQuery, searchTextFor, type Accessor } from './searchText.ts';
import { compareValues, naturalSort, placesInOrder, sortByPlaces, type SortKey } from './sorting.ts';

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
export class FlatRows<T> {
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
      values = accessor === undefined ? new Array<unknown>(this.data.length).fill(undefined) : this.data.map((original, index) => accessor(original, index));
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
    const order = placesInOrder(this.data.length, indexes, compare);
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
        if (!isChosen(entry.value)) continue;
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
    const keys: SortKey[] = [];
    for (const entry of sorting) {
      const column = this.table.getColumn(entry.id);
      if (column === undefined || !column.getCanSort()) continue;
      const sign = (entry.desc ? -1 : 1) * (column.columnDef.invertSorting === true ? -1 : 1);
      keys.push({ order: this.orderOf(column), sign });
    }
    return sortByPlaces(shown, keys);
  }
}
