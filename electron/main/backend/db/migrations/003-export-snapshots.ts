import type { Migration } from './migration.ts';

/**
 * What each export for a colleague contained, by the register revision it was taken at: when the file comes back
 * (its `baseRevision` and register id say which export it was), the merge is three-way against this snapshot.
 */
export const exportSnapshots: Migration = {
  version: 3,
  name: 'export snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE export_snapshots (
        register_revision INTEGER PRIMARY KEY CHECK (register_revision >= 0),
        exported_at       TEXT    NOT NULL,
        document          TEXT    NOT NULL -- the exchange file as exported (JSON)
      ) STRICT;
    `);
  },
};
