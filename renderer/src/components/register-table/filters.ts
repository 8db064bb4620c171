// The two column filters (free text, one value of a closed list) and the search of tree tables. Flat tables apply
// the same rules by data index (FlatRows); TanStack calls these functions for tree tables.
import type { FilterFn, Row } from '@tanstack/react-table';
import { asSearchable, normaliseQuery, searchTextFor, type Accessor } from './searchText.ts';

// Tree tables (TanStack's row models): texts per row object. TanStack makes new row objects whenever the data or the
// columns change (see `data` in RegisterTable), so a row's text never goes stale, and the old ones are collected with
// their rows.
const treeSearchTexts = new WeakMap<object, string>();
const treeCellTexts = new WeakMap<object, Map<string, string>>();

/** A tree row's whole search text, worked out once per row object. */
export function treeSearchText<T>(row: Row<T>, accessors: readonly Accessor<T>[]): string {
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
export const containsText: FilterFn<unknown> = (row, columnId, query: string) => query === '' || treeCellText(row, columnId).includes(query);
containsText.resolveFilterValue = normaliseQuery;

/** Whether a value, or one of the values of a list, is the one chosen. */
export function valueMatches(value: unknown, wanted: unknown): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

/** Whether a closed-list filter is set at all ("All" is empty). */
export function isChosen(filterValue: unknown): boolean {
  return !(filterValue === undefined || filterValue === null || filterValue === '');
}

/** The closed-list filter: the value, or one of the values of a list, is the one chosen. */
export const equalsOrIncludes: FilterFn<unknown> = (row, columnId, filterValue) => {
  if (!isChosen(filterValue)) return true;
  return valueMatches(row.getValue(columnId), filterValue);
};
