import type { Migration } from './migration.ts';

/**
 * One snapshot per export rather than per revision: a DPO sends HR's part and marketing's part of the register at
 * the same revision, and each file coming back must be merged against what that file contained. An export is
 * named by its revision and the time it was taken (`baseRevision` and `exportedAt` of the file).
 */
export const snapshotsPerExport: Migration = {
  version: 4,
  name: 'export snapshots per export',
  up(db) {
    db.exec(`
      CREATE TABLE export_snapshots_by_export (
        register_revision INTEGER NOT NULL CHECK (register_revision >= 0),
        exported_at       TEXT    NOT NULL,
        document          TEXT    NOT NULL, -- the exchange file as exported (JSON)
        PRIMARY KEY (register_revision, exported_at)
      ) STRICT;
      INSERT INTO export_snapshots_by_export (register_revision, exported_at, document)
        SELECT register_revision, exported_at, document FROM export_snapshots;
      DROP TABLE export_snapshots;
      ALTER TABLE export_snapshots_by_export RENAME TO export_snapshots;
    `);
  },
};
