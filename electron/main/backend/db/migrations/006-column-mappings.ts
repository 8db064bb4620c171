import type { Migration } from './migration.ts';

/**
 * The column mappings a DPO saved when importing a spreadsheet in no known layout: each under a name, found again by
 * the headers of the next file (`header_key`: the headers, normalised, as JSON), and offered for it.
 */
export const columnMappings: Migration = {
  version: 6,
  name: 'saved column mappings',
  up(db) {
    db.exec(`
      CREATE TABLE column_mappings (
        name       TEXT NOT NULL PRIMARY KEY CHECK (length(trim(name)) > 0),
        header_key TEXT NOT NULL,
        mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
        saved_by   TEXT NOT NULL,
        saved_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX column_mappings_by_headers ON column_mappings (header_key);
    `);
  },
};
