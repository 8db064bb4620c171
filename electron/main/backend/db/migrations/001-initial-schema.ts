import type { Migration } from './migration.ts';

/**
 * The first schema. Each record's whole validated body is kept as JSON in `body`, so translations and `x-` keys come
 * back exactly as they went in; the other columns are copies of what the tables list, sort and filter on, and what
 * references other records, so SQLite itself enforces those references.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      -- The one row describing this register. revision goes up by one on every change to any record.
      CREATE TABLE register (
        singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
        id               TEXT    NOT NULL,
        name             TEXT    NOT NULL,
        default_language TEXT    NOT NULL,
        revision         INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        created_at       TEXT    NOT NULL,
        -- The number of the last activity reference handed out (PA-0001, …): references are never reused.
        activity_counter INTEGER NOT NULL DEFAULT 0,
        -- Top-level x- keys of an imported exchange file, written back on export (JSON object, or NULL).
        extensions       TEXT
      ) STRICT;

      -- seq is the order of creation, which exports keep; VACUUM never renumbers an INTEGER PRIMARY KEY.
      CREATE TABLE organisations (
        seq        INTEGER PRIMARY KEY,
        id         TEXT    NOT NULL UNIQUE,
        name       TEXT    NOT NULL, -- the name as JSON text (a string or its translations)
        sort_name  TEXT    NOT NULL, -- the name in the default language
        country    TEXT    NOT NULL,
        revision   INTEGER NOT NULL CHECK (revision >= 1),
        updated_at TEXT    NOT NULL,
        body       TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE processors (
        seq        INTEGER PRIMARY KEY,
        id         TEXT    NOT NULL UNIQUE,
        parent_id  TEXT    REFERENCES processors (id),
        kind       TEXT    NOT NULL,
        name       TEXT    NOT NULL,
        sort_name  TEXT    NOT NULL,
        country    TEXT,
        has_dpa    INTEGER NOT NULL CHECK (has_dpa IN (0, 1)),
        revision   INTEGER NOT NULL CHECK (revision >= 1),
        updated_at TEXT    NOT NULL,
        body       TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX processors_by_parent ON processors (parent_id) WHERE parent_id IS NOT NULL;

      CREATE TABLE activities (
        seq                INTEGER PRIMARY KEY,
        id                 TEXT    NOT NULL UNIQUE,
        reference          TEXT    NOT NULL UNIQUE,
        organisation_id    TEXT    NOT NULL REFERENCES organisations (id),
        role               TEXT    NOT NULL,
        name               TEXT    NOT NULL,
        sort_name          TEXT    NOT NULL,
        status             TEXT    NOT NULL,
        public             INTEGER NOT NULL CHECK (public IN (0, 1)),
        owner              TEXT,
        legal_bases        TEXT    NOT NULL, -- comma-separated Art. 6 bases, in the record's order
        transfer_countries TEXT    NOT NULL, -- comma-separated destinations, in the record's order
        next_review_on     TEXT,
        revision           INTEGER NOT NULL CHECK (revision >= 1),
        updated_at         TEXT    NOT NULL,
        body               TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX activities_by_organisation ON activities (organisation_id);
      CREATE INDEX activities_by_status_and_review ON activities (status, next_review_on);

      -- The processors an activity uses (processorIds), in the record's order.
      CREATE TABLE activity_processors (
        activity_id  TEXT    NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        processor_id TEXT    NOT NULL REFERENCES processors (id),
        PRIMARY KEY (activity_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_processors_by_processor ON activity_processors (processor_id);

      -- An activity's transfers: what the Transfers screen lists, and the processor each one may name.
      CREATE TABLE activity_transfers (
        activity_id  TEXT    NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        country      TEXT    NOT NULL,
        mechanism    TEXT,
        processor_id TEXT    REFERENCES processors (id),
        PRIMARY KEY (activity_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_transfers_by_processor ON activity_transfers (processor_id) WHERE processor_id IS NOT NULL;
      CREATE INDEX activity_transfers_by_country ON activity_transfers (country);

      -- Who changed what, when: one row per record per change, with the old and new value of each changed field.
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        record_type TEXT NOT NULL CHECK (record_type IN ('register', 'organisation', 'processor', 'activity')),
        record_id   TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
        changes     TEXT NOT NULL, -- JSON: [{ "field", "old", "new" }]
        source      TEXT
      ) STRICT;
      CREATE INDEX audit_log_by_record ON audit_log (record_id, id);
    `);
  },
};
