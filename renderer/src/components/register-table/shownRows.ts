// What the table draws: the rows left by search and filters, in order, whichever row model made them (FlatRows for
// flat tables, TanStack's for trees).
import type { Row } from '@tanstack/react-table';
import type { FlatRows } from './FlatRows.ts';

export type ShownRows<T> = {
  count: number;
  at: (position: number) => Row<T> | undefined;
  positionOf: (id: string) => number;
  /** The id of the row at a position, without making a TanStack row for it (a range of 10,000 rows stays cheap). */
  idAt: (position: number) => string | undefined;
  /** The records left (in a tree: at every level) and how many. */
  originals: () => T[];
  /** The ids of the records left (in a tree: at every level). */
  ids: () => string[];
  leftCount: number;
};

/** A flat table's rows: `order` holds the data indexes shown, in order. */
export function flatShownRows<T>(flat: FlatRows<T>, order: Int32Array, data: readonly T[]): ShownRows<T> {
  return {
    count: order.length,
    at: (position) => (position < order.length ? flat.row(order[position] as number) : undefined),
    positionOf: (id) => order.findIndex((index) => flat.idAt(index) === id),
    idAt: (position) => (position >= 0 && position < order.length ? flat.idAt(order[position] as number) : undefined),
    originals: () => Array.from(order, (index) => data[index] as T),
    ids: () => Array.from(order, (index) => flat.idAt(index)),
    leftCount: order.length,
  };
}

/** A tree table's rows: those drawn (expanded), and those left by the filters at every level. */
export function treeShownRows<T>(rows: readonly Row<T>[], left: readonly Row<T>[]): ShownRows<T> {
  return {
    count: rows.length,
    at: (position) => rows[position],
    positionOf: (id) => rows.findIndex((row) => row.id === id),
    idAt: (position) => rows[position]?.id,
    originals: () => left.map((row) => row.original),
    ids: () => left.map((row) => row.id),
    leftCount: left.length,
  };
}
