// What assistive technology reads out for an element, for assertions a DPO (or a screen reader) would make.
// Testing Library finds elements by role and name; these add what it has no query for.
import { within } from '@testing-library/react';

/** The element's description: the texts its aria-describedby names (a field's help and its error message). */
export function descriptionOf(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '');
  return ids
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** The cell of `row` under the column headed `column`, as a screen reader pairs them in a grid. */
export function cellUnder(row: HTMLElement, column: string): HTMLElement {
  const grid = row.closest<HTMLElement>('[role="grid"], [role="treegrid"]');
  if (grid === null) throw new Error('The row is not in a grid.');
  const headers = within(grid).getAllByRole('columnheader');
  const index = headers.indexOf(within(grid).getByRole('columnheader', { name: column }));
  const cell = within(row).getAllByRole('gridcell')[index];
  if (cell === undefined) throw new Error(`The row has no cell under "${column}".`);
  return cell;
}
