import type { Database } from 'better-sqlite3';
import { CHAIN_START, entryHash, kindOfSource, type ChainedColumns } from '../audit-chain.ts';
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
  up(db) {
    db.exec(`
      CREATE TABLE audit_log_chained (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        record_type TEXT NOT NULL CHECK (record_type IN ('register', 'organisation', 'processor', 'activity')),
        record_id   TEXT NOT NULL,
        record_name TEXT,
        kind        TEXT NOT NULL CHECK (kind IN ('change', 'bulk-edit', 'import', 'merge', 'undo-import', 'restore',
                                                  'accept-finding', 'reopen-finding', 'publish-policy')),
        action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'accept-finding', 'reopen-finding', 'publish')),
        changes     TEXT NOT NULL, -- JSON: [{ "field", "old", "new" }]
        source      TEXT,
        body        TEXT,          -- JSON: the record after the entry; NULL when deleted, or not known (before this step)
        hash        TEXT NOT NULL
      ) STRICT;
    `);
    chainOldEntries(db);
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

/** Every entry so far, with its kind, the record's name where it can be known, and the chain's hashes. */
function chainOldEntries(db: Database): void {
  const names = currentNames(db);
  const insert = db.prepare(`INSERT INTO audit_log_chained (id, at, actor, record_type, record_id, record_name, kind, action, changes, source, body, hash)
                             VALUES (@id, @at, @actor, @recordType, @recordId, @recordName, @kind, @action, @changes, @source, @body, @hash)`);
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
    };
    previous = entryHash(previous, columns);
    insert.run({ ...columns, id: row.id, hash: previous });
  }
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
