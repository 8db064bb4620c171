import type { Database } from 'better-sqlite3';
import { CHAIN_START, entryHash, kindOfSource, type ChainedColumns } from '../audit-chain.ts';
import { timestamp } from '../../../../../shared/model/dates.ts';
import type { Migration } from './migration.ts';

/**
 * The audit log as a history that survives everything: each entry says its kind (a change, a bulk edit, an import, a
 * merge, an undone import, a restore, a finding accepted or reopened, a policy published), the record's name as it
 * was, the record as it stood after it (`body`, for the register as of a date; unknown for entries written before
 * this step), and the hash of the entry before it with its own. Triggers keep it append-only: no statement of the
 * app, nor any other SQLite client that leaves triggers on, changes or removes an entry.
 */
export const chainedAuditLog: Migration = {
  version: 7,
  name: 'chained, append-only audit log',
  up(db, { now }) {
    db.exec(`
      CREATE TABLE audit_log_chained (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        record_type TEXT NOT NULL CHECK (record_type IN ('register', 'organisation', 'processor', 'activity')),
        record_id   TEXT NOT NULL,
        record_name TEXT,
        kind        TEXT NOT NULL CHECK (kind IN ('change', 'bulk-edit', 'import', 'merge', 'undo-import', 'restore',
                                                  'accept-finding', 'reopen-finding', 'publish-policy', 'history-start')),
        action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'accept-finding', 'reopen-finding', 'publish')),
        changes     TEXT NOT NULL, -- JSON: [{ "field", "old", "new" }]
        source      TEXT,
        body        TEXT,          -- JSON: the record after the entry; NULL when deleted, or not known (before this step)
        revision    INTEGER,       -- the register's revision after the entry; NULL before this step
        hash        TEXT NOT NULL
      ) STRICT;
    `);
    startHistory(db, chainOldEntries(db), timestamp(now()));
    db.exec(`
      DROP TABLE audit_log;
      ALTER TABLE audit_log_chained RENAME TO audit_log;
      CREATE INDEX audit_log_by_record ON audit_log (record_id, id);
      CREATE INDEX audit_log_by_time ON audit_log (at, id);
      CREATE TRIGGER audit_log_entries_stay BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry is never removed'); END;
      CREATE TRIGGER audit_log_entries_stay_as_written BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry is never changed'); END;
    `);
  },
};

type OldEntry = { id: number; at: string; actor: string; recordType: string; recordId: string; action: string; changes: string; source: string | null };

/** Every entry so far, with its kind, the record's name where it can be known, and the chain's hashes; the last hash. */
function chainOldEntries(db: Database): string {
  const names = currentNames(db);
  const insert =
    db.prepare(`INSERT INTO audit_log_chained (id, at, actor, record_type, record_id, record_name, kind, action, changes, source, body, revision, hash)
                             VALUES (@id, @at, @actor, @recordType, @recordId, @recordName, @kind, @action, @changes, @source, @body, @revision, @hash)`);
  const rows = db.prepare<[], OldEntry>(
    'SELECT id, at, actor, record_type AS recordType, record_id AS recordId, action, changes, source FROM audit_log ORDER BY id',
  );
  let previous = CHAIN_START;
  // All read first: better-sqlite3 runs no other statement on a connection while one is being iterated.
  for (const row of rows.all()) {
    const columns: ChainedColumns = {
      ...row,
      recordName: names.get(row.recordId) ?? nameInChanges(row.changes),
      kind: row.action === 'import' || row.action === 'accept-finding' || row.action === 'reopen-finding' ? row.action : kindOfSource(row.source),
      body: null,
      revision: null,
    };
    previous = entryHash(previous, columns);
    insert.run({ ...columns, id: row.id, hash: previous });
  }
  return previous;
}

/**
 * A register that held records before this step: its history in full starts now. One `history-start` entry per record
 * and one for the register, each with the record as it stands, so that the register as of any later date is rebuilt
 * from the log alone; as of an earlier date it cannot be, and the app says so.
 */
function startHistory(db: Database, lastHash: string, at: string): void {
  const register = db
    .prepare<[], { id: string; name: string; defaultLanguage: string; revision: number; extensions: string | null }>(
      'SELECT id, name, default_language AS defaultLanguage, revision, extensions FROM register',
    )
    .get();
  if (register === undefined) return; // a new file: its register is written after the steps, with its first entry
  const records = db.prepare<[], { type: string; id: string; name: string; body: string }>(`
    SELECT type, id, name, body FROM (
      SELECT 1 AS rank, 'organisation' AS type, id, sort_name AS name, body, seq FROM organisations
      UNION ALL SELECT 2, 'processor', id, sort_name, body, seq FROM processors
      UNION ALL SELECT 3, 'activity', id, sort_name, body, seq FROM activities)
    ORDER BY rank, seq`);
  const insert = db.prepare(`INSERT INTO audit_log_chained (at, actor, record_type, record_id, record_name, kind, action, changes, source, body, revision, hash)
                             VALUES (@at, 'RoPA Desk', @recordType, @recordId, @recordName, 'history-start', 'update', '[]', NULL, @body, @revision, @hash)`);
  let previous = lastHash;
  const write = (entry: { recordType: string; recordId: string; recordName: string; body: string }) => {
    const columns: ChainedColumns = {
      ...entry,
      at,
      actor: 'RoPA Desk',
      kind: 'history-start',
      action: 'update',
      changes: '[]',
      source: null,
      revision: register.revision,
    };
    previous = entryHash(previous, columns);
    insert.run({ ...columns, hash: previous });
  };
  for (const record of records.all()) write({ recordType: record.type, recordId: record.id, recordName: record.name, body: record.body });
  const extensions = register.extensions === null ? null : (JSON.parse(register.extensions) as unknown);
  write({
    recordType: 'register',
    recordId: register.id,
    recordName: register.name,
    body: JSON.stringify({ name: register.name, defaultLanguage: register.defaultLanguage, extensions }),
  });
}

/** Each record's name now, in the register's default language (the tables keep it to sort by). */
function currentNames(db: Database): Map<string, string> {
  const rows = db.prepare<[], { id: string; name: string }>(`
    SELECT id, sort_name AS name FROM organisations UNION ALL SELECT id, sort_name FROM processors
    UNION ALL SELECT id, sort_name FROM activities UNION ALL SELECT id, name FROM register`);
  return new Map(rows.all().map((row) => [row.id, row.name]));
}

/** A deleted record's name, from the entry that deleted it (its old value of `name`), when it was a plain text. */
function nameInChanges(changes: string): string | null {
  const change = (JSON.parse(changes) as Array<{ field: string; old: unknown }>).find((candidate) => candidate.field === 'name');
  if (typeof change?.old === 'string') return change.old;
  if (change?.old !== null && typeof change?.old === 'object')
    return (Object.values(change.old as Record<string, unknown>).find((text) => typeof text === 'string') as string) ?? null;
  return null;
}
