import type { Connection } from '../db/connection.ts';

/** The tables that keep one record a row, in the order of creation (`seq`), the record itself as JSON in `body`. */
export type RecordTable = 'organisations' | 'processors' | 'activities';

/**
 * Listing, reading, finding and deleting records by id: the same for every record table, since a row's `body` is the
 * record exactly as it was saved or imported. Writing differs per table (each has its own columns to sort, filter and
 * hold foreign keys), so it stays in the table's repository.
 */
export function recordBodies<T>(db: Connection, table: RecordTable) {
  // `table` is one of three literals, never input, so it may stand in the SQL.
  const all = db.prepare<[], string>(`SELECT body FROM ${table} ORDER BY seq`).pluck();
  const one = db.prepare<[string], string>(`SELECT body FROM ${table} WHERE id = ?`).pluck();
  const exists = db.prepare<[string], number>(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);

  return {
    list(): T[] {
      return all.all().map((body) => JSON.parse(body) as T);
    },
    get(id: string): T | undefined {
      const body = one.get(id);
      return body === undefined ? undefined : (JSON.parse(body) as T);
    },
    exists(id: string): boolean {
      return exists.get(id) !== undefined;
    },
    delete(id: string): void {
      remove.run(id);
    },
  };
}
