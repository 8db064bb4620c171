import { describe, expect, it } from 'vitest';
import { asSearchable, CELL_SEPARATOR, normaliseQuery, searchTextFor } from '../../../../renderer/src/components/register-table/searchText.ts';

describe('the words search looks at', () => {
  it('shows nothing for a missing value and a list as its items', () => {
    expect(asSearchable(undefined)).toBe('');
    expect(asSearchable(null)).toBe('');
    expect(asSearchable(['HR', ['Payroll', 3]])).toBe('HR Payroll 3');
    expect(asSearchable(12)).toBe('12');
  });

  it('trims and lower-cases what is looked for', () => {
    expect(normaliseQuery('  Payroll ')).toBe('payroll');
    expect(normaliseQuery(undefined)).toBe('');
  });

  it('joins a record’s cells so that a search never matches across two of them', () => {
    const record = { name: 'Payroll', owner: 'HR' };
    const text = searchTextFor(record, 0, [(row) => row.name, (row) => row.owner]);
    expect(text).toBe(`payroll${CELL_SEPARATOR}hr${CELL_SEPARATOR}`);
    expect(text.includes('payroll hr')).toBe(false);
    expect(text.includes('roll')).toBe(true);
  });
});
