import { describe, expect, it } from 'vitest';
import { accessorOf, columnIdOf, compactVisibilityOf, metaOf, withTableDefaults } from '../../../../renderer/src/components/register-table/columns.ts';
import { containsText, equalsOrIncludes } from '../../../../renderer/src/components/register-table/filters.ts';
import { naturalSort } from '../../../../renderer/src/components/register-table/sorting.ts';
import type { RegisterColumn } from '../../../../renderer/src/components/register-table/types.ts';

type Record = { id: string; name: string; owner?: { team: string } };

describe('column helpers', () => {
  it('read a record as TanStack would, nested keys included', () => {
    const record: Record = { id: '1', name: 'Payroll', owner: { team: 'HR' } };
    expect(accessorOf<Record>({ accessorKey: 'name' })?.(record, 0)).toBe('Payroll');
    expect(accessorOf<Record>({ accessorKey: 'owner.team' })?.(record, 0)).toBe('HR');
    expect(accessorOf<Record>({ accessorKey: 'owner.team' })?.({ id: '2', name: 'x' }, 0)).toBeUndefined();
    expect(accessorOf<Record>({ id: 'upper', accessorFn: (row: Record) => row.name.toUpperCase() })?.(record, 0)).toBe('PAYROLL');
    expect(accessorOf<Record>({ id: 'actions', cell: () => null })).toBeUndefined();
  });

  it('name columns as TanStack does', () => {
    expect(columnIdOf<Record>({ accessorKey: 'owner.team' })).toBe('owner_team');
    expect(columnIdOf<Record>({ id: 'custom', accessorKey: 'name' })).toBe('custom');
  });

  it('give every column the table’s defaults, keeping what the column says', () => {
    const text = withTableDefaults<Record>({ accessorKey: 'name', meta: { label: 'Name', width: 200 } });
    expect(text).toMatchObject({ size: 200, filterFn: containsText, sortingFn: naturalSort, sortUndefined: 'last', sortDescFirst: false });
    const list = withTableDefaults<Record>({ accessorKey: 'name', meta: { label: 'Name', filter: { kind: 'select', options: [] }, numeric: true } });
    expect(list).toMatchObject({ size: 140, filterFn: equalsOrIncludes, sortDescFirst: true });
    const own = withTableDefaults<Record>({ accessorKey: 'name', size: 90, filterFn: 'equals', sortingFn: 'basic' });
    expect(own).toMatchObject({ size: 90, filterFn: 'equals', sortingFn: 'basic' });
  });

  it('show only the compact columns when asked', () => {
    const columns: RegisterColumn<Record>[] = [{ accessorKey: 'name' }, { id: 'owner', accessorFn: (row: Record) => row.owner?.team }, { accessorKey: 'id' }];
    expect(compactVisibilityOf(columns, 'name,id')).toEqual({ name: true, owner: false, id: true });
  });

  it('label a column by its id when it has no meta', () => {
    expect(metaOf<Record>({ columnDef: { id: 'name' } })).toEqual({ label: 'name' });
    expect(metaOf<Record>({ columnDef: { id: 'name', meta: { label: 'Name' } } })).toEqual({ label: 'Name' });
  });
});
