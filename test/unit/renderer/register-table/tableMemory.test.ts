import { describe, expect, it } from 'vitest';
import { forgetTableState, recallTableState, rememberTableState, type TableMemory } from '../../../../renderer/src/components/register-table/tableMemory.ts';

const state: TableMemory = {
  sorting: [{ id: 'name', desc: true }],
  filters: [{ id: 'status', value: 'active' }],
  search: 'pay',
  visibility: { owner: false },
  showFilters: false,
};

describe('the per-session memory of tables', () => {
  it('keeps a table’s state under its key until another register is opened', () => {
    rememberTableState('activities', state);
    expect(recallTableState('activities')).toEqual(state);
    expect(recallTableState('processors')).toBeUndefined();
    forgetTableState();
    expect(recallTableState('activities')).toBeUndefined();
  });

  it('keeps nothing for a table without a key', () => {
    rememberTableState(undefined, state);
    expect(recallTableState(undefined)).toBeUndefined();
  });
});
