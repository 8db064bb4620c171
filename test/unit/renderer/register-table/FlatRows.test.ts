// The search and filter engine of flat tables, on a real TanStack table model (no React: createTable).
import { describe, expect, it } from 'vitest';
import { createTable, getCoreRowModel, type ColumnFiltersState, type Row, type SortingState, type TableOptionsResolved } from '@tanstack/react-table';
import { accessorOf, withTableDefaults } from '../../../../renderer/src/components/register-table/columns.ts';
import { FlatRows } from '../../../../renderer/src/components/register-table/FlatRows.ts';
import { normaliseQuery, type Accessor } from '../../../../renderer/src/components/register-table/searchText.ts';
import type { RegisterColumn } from '../../../../renderer/src/components/register-table/types.ts';

type Activity = { id: string; name: string; status: string; bases: string[]; risk?: number };

const activities: Activity[] = [
  { id: 'a', name: 'Payroll', status: 'active', bases: ['contract', 'legal-obligation'], risk: 3 },
  { id: 'b', name: 'Newsletter', status: 'draft', bases: ['consent'] },
  { id: 'c', name: 'CCTV 10', status: 'active', bases: ['legitimate-interests'], risk: 1 },
  { id: 'd', name: 'CCTV 2', status: 'retired', bases: [], risk: 3 },
];

const columns: RegisterColumn<Activity>[] = [
  { accessorKey: 'name', meta: { label: 'Name', filter: { kind: 'text' } } },
  { accessorKey: 'status', meta: { label: 'Status', filter: { kind: 'select', options: [] } } },
  { id: 'bases', accessorFn: (row: Activity) => row.bases, meta: { label: 'Legal bases', filter: { kind: 'select', options: [] } } },
  { accessorKey: 'risk', meta: { label: 'Risk', numeric: true } },
  // A column's own sort: by the name's length (to check a sortingFn the table does not know).
  {
    id: 'length',
    accessorFn: (row: Activity) => row.name.length,
    sortingFn: (a: Row<Activity>, b: Row<Activity>) => a.original.name.length - b.original.name.length,
    meta: { label: 'Length' },
  },
].map(withTableDefaults);

function flatRowsOf(data: Activity[]) {
  const table = createTable<Activity>({
    data,
    columns,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualFiltering: true,
    manualSorting: true,
  } as TableOptionsResolved<Activity>);
  const accessors = columns.map((column) => accessorOf(column) as Accessor<Activity>);
  return new FlatRows(table, data, accessors);
}

const ids = (rows: FlatRows<Activity>, indexes: Int32Array) => Array.from(indexes, (index) => rows.idAt(index));

describe('the flat table engine', () => {
  const rows = flatRowsOf(activities);
  const shown = (query: string, filters: ColumnFiltersState = [], sorting: SortingState = []) =>
    ids(rows, rows.sort(rows.filter(normaliseQuery(query), filters), sorting));

  it('searches every column’s words, case ignored, never across two cells', () => {
    expect(shown('cctv')).toEqual(['c', 'd']);
    expect(shown('CONSENT')).toEqual(['b']);
    expect(shown('payroll active')).toEqual([]);
    expect(shown('')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters a text column by its words and a list column by one value, also inside a list', () => {
    expect(shown('', [{ id: 'name', value: ' Cctv ' }])).toEqual(['c', 'd']);
    expect(shown('', [{ id: 'status', value: 'active' }])).toEqual(['a', 'c']);
    expect(shown('', [{ id: 'bases', value: 'contract' }])).toEqual(['a']);
    expect(shown('', [{ id: 'status', value: '' }])).toEqual(['a', 'b', 'c', 'd']);
    expect(shown('cctv', [{ id: 'status', value: 'active' }])).toEqual(['c']);
  });

  it('sorts words naturally and numbers by value, missing values last either way, ties in the data’s order', () => {
    expect(shown('', [], [{ id: 'name', desc: false }])).toEqual(['d', 'c', 'b', 'a']);
    expect(shown('', [], [{ id: 'name', desc: true }])).toEqual(['a', 'b', 'c', 'd']);
    expect(shown('', [], [{ id: 'risk', desc: false }])).toEqual(['c', 'a', 'd', 'b']);
    expect(shown('', [], [{ id: 'risk', desc: true }])).toEqual(['a', 'd', 'c', 'b']);
    expect(
      shown(
        '',
        [],
        [
          { id: 'risk', desc: true },
          { id: 'name', desc: false },
        ],
      ),
    ).toEqual(['d', 'a', 'c', 'b']);
  });

  it('uses a column’s own sortingFn', () => {
    expect(shown('', [], [{ id: 'length', desc: false }])).toEqual(['d', 'a', 'c', 'b']);
  });

  it('makes a TanStack row only for a row that is drawn, once', () => {
    const row = rows.row(2);
    expect(row.id).toBe('c');
    expect(row.original).toBe(activities[2]);
    expect(rows.row(2)).toBe(row);
  });
});
