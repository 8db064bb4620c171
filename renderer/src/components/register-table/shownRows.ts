// What the table draws: the rows left by search and filters, in order, whichever row model made them (FlatRows for
// flat tables, TanStack's for trees).
import type { Row } from '@tanstack/react-table';
import type { FlatRows } from './FlatRows.ts';

export type ShownRows<T> = {
  count: number;
  at: (position: number) => Row<T> | undefined;
  positionOf: (id: string) => number;
  /** The records left (in a tree: at every level) and how many. */
  originals: () => T[];
  leftCount: number;
};

/** A flat table's rows: `order` holds the data indexes shown, in order. */
export function flatShownRows<T>(flat: FlatRows<T>, order: Int32Array, data: readonly T[]): ShownRows<T> {
  return {
    count: order.length,
    at: (position) => (position < order.length ? flat.row(order[position] as number) : undefined),
    positionOf: (id) => order.findIndex((index) => flat.idAt(index) === id),
    originals: () => Array.from(order, (index) => data[index] as T),
    leftCount: order.length,
  };
}

/** A tree table's rows: those drawn (expanded), and those left by the filters at every level. */
export function treeShownRows<T>(rows: readonly Row<T>[], left: readonly Row<T>[]): ShownRows<T> {
  return {
    count: rows.length,
    at: (position) => rows[position],
    positionOf: (id) => rows.findIndex((row) => row.id === id),
    originals: () => left.map((row) => row.original),
    leftCount: left.length,
  };
}
