import { describe, expect, it } from 'vitest';
import { compareValues, MISSING, placesInOrder, sortByPlaces } from '../../../../renderer/src/components/register-table/sorting.ts';

describe('sorting', () => {
  it('compares numbers by value and words as a person would ("2" before "10", case ignored)', () => {
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(compareValues('ref-2', 'ref-10')).toBeLessThan(0);
    expect(compareValues('apple', 'Apple')).toBe(0);
    expect(compareValues(['a', 'b'], 'a b')).toBe(0);
  });

  it('gives equal values one place and missing values none', () => {
    const values = ['b', undefined, 'a', 'b'];
    const present = [0, 2, 3];
    const order = placesInOrder(values.length, present, (a, b) => compareValues(values[a], values[b]));
    expect(Array.from(order)).toEqual([1, MISSING, 0, 1]);
  });

  it('sorts by the keys in turn, missing values last either way, ties in the data’s order', () => {
    const shown = Int32Array.from([0, 1, 2, 3]);
    const byName = Int32Array.from([1, MISSING, 0, 1]);
    expect(Array.from(sortByPlaces(shown, [{ order: byName, sign: 1 }]))).toEqual([2, 0, 3, 1]);
    expect(Array.from(sortByPlaces(shown, [{ order: byName, sign: -1 }]))).toEqual([0, 3, 2, 1]);
    const byOwner = Int32Array.from([1, 0, 0, 0]);
    expect(
      Array.from(
        sortByPlaces(shown, [
          { order: byName, sign: 1 },
          { order: byOwner, sign: -1 },
        ]),
      ),
    ).toEqual([2, 0, 3, 1]);
    expect(Array.from(sortByPlaces(shown, [{ order: byOwner, sign: 1 }]))).toEqual([1, 2, 3, 0]);
  });

  it('returns the rows as they are when nothing is sorted', () => {
    const shown = Int32Array.from([3, 1]);
    expect(sortByPlaces(shown, [])).toBe(shown);
  });
});
