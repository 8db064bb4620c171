// Sorting: the default comparison (the words shown, numbers by value), each record's place in a column's order, and
// the shown records sorted by those places. Pure apart from `naturalSort`, which is TanStack's sortingFn shape.
import type { SortingFn } from '@tanstack/react-table';
import { asSearchable } from './searchText.ts';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Numbers by value, everything else as the words shown, "2" before "10", case ignored. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(asSearchable(a), asSearchable(b));
}

/** The default sort: numbers by value, everything else as the words shown, "2" before "10", case ignored. */
export const naturalSort: SortingFn<unknown> = (rowA, rowB, columnId) => compareValues(rowA.getValue(columnId), rowB.getValue(columnId));

/** No place in a column's order: the value is missing (such rows go last, whichever the direction). */
export const MISSING = 0x7fffffff;

/**
 * Each of `size` records' place in a column's order: `present` (the indexes of the records with a value) is sorted
 * with `compare`, equal values share a place (the next sort key, then the data's order decide), and the records left
 * out have none (MISSING).
 */
export function placesInOrder(size: number, present: number[], compare: (a: number, b: number) => number): Int32Array {
  present.sort(compare);
  const order = new Int32Array(size).fill(MISSING);
  let place = 0;
  present.forEach((index, position) => {
    if (position > 0 && compare(present[position - 1] as number, index) !== 0) place += 1;
    order[index] = place;
  });
  return order;
}

/** One sort key: each record's place in a column's order, and 1 (as the column sorts) or -1 (the other way). */
export type SortKey = { order: Int32Array; sign: number };

/** The shown records in the order the keys ask for (missing values last, whichever the direction; ties in the data's
 *  order). Returns `shown` itself when there is no key. */
export function sortByPlaces(shown: Int32Array, keys: readonly SortKey[]): Int32Array {
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
