import type { Statement } from 'better-sqlite3';
import type { Connection } from '../db/connection.ts';
import { CHAIN_START, entryHash, kindOfSource, type ChainedColumns } from '../db/audit-chain.ts';
import type { RecordNaming } from '../../../../shared/history/audit-log-names.ts';
import type { AuditEntry, AuditKind } from '../../../../shared/ipc/contract.ts';

export type FieldChange = AuditEntry['changes'][number];
/**
 * An entry to write: `kind` follows from `source` for a record's change (a merge names its file, a bulk edit its
 * number); `recordName`, when not given, is the record's name in the register now (give it for a record deleted).
 */
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'kind' | 'recordName'> & {
  kind?: AuditKind;
  recordName?: string | null;
  body: unknown;
  /** The register's revision after the entry; the register's revision now unless given (an entry carried by a restore). */
  revision?: number | null;
};

type AuditRow = Omit<AuditEntry, 'changes'> & { changes: string };
type StoredRow = ChainedColumns & { id: number; hash: string };

const COLUMNS = 'id, at, actor, record_type AS recordType, record_id AS recordId, record_name AS recordName, kind, action, changes, source';

/**
 * Which entries: each condition given narrows the list, and all must hold. Moments are in the log's own form
 * (`timestamp`, UTC to the second), so that comparing them as text compares them as instants; both are included.
 */
export type AuditQuery = {
  recordId?: string | undefined;
  recordType?: AuditEntry['recordType'] | undefined;
  actor?: string | undefined;
  kinds?: readonly AuditKind[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
};

/** Each condition of a query in SQL. Only the conditions given are written, so SQLite can use the index that fits. */
const CONDITIONS: Readonly<Record<keyof AuditQuery, string>> = {
  recordId: 'record_id = @recordId',
  recordType: 'record_type = @recordType',
  actor: 'actor = @actor',
  kinds: 'kind IN (SELECT value FROM json_each(@kinds))',
  since: 'at >= @since',
  until: 'at <= @until',
};
type Order = 'newest first' | 'oldest first';

/** Where the chain of hashes no longer fits: the first entry whose hash is not that of its content and the one before. */
export type ChainBreak = { id: number; at: string };

export function auditRepository(db: Connection) {
  const insert = db.prepare(`INSERT INTO audit_log (at, actor, record_type, record_id, record_name, kind, action, changes, source, body, revision, hash)
                             VALUES (@at, @actor, @recordType, @recordId, @recordName, @kind, @action, @changes, @source, @body, @revision, @hash)`);
  const revisionNow = db.prepare<[], number>('SELECT revision FROM register').pluck();
  const lastHash = db.prepare<[], string>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck();
  const everyRow = db.prepare<[], StoredRow>(
    'SELECT id, at, actor, record_type AS recordType, record_id AS recordId, record_name AS recordName, kind, action, changes, source, body, revision, hash FROM audit_log ORDER BY id',
  );

  const names = {
    register: db.prepare<[string], string>('SELECT name FROM register WHERE id = ?').pluck(),
    organisation: db.prepare<[string], string>('SELECT sort_name FROM organisations WHERE id = ?').pluck(),
    processor: db.prepare<[string], string>('SELECT sort_name FROM processors WHERE id = ?').pluck(),
    activity: db.prepare<[string], string>('SELECT sort_name FROM activities WHERE id = ?').pluck(),
  };
  const nameNow = (entry: NewAuditEntry): string | null => names[entry.recordType].get(entry.recordId) ?? null;

  const everyRowAfter = db.prepare<[number], StoredRow>(
    'SELECT id, at, actor, record_type AS recordType, record_id AS recordId, record_name AS recordName, kind, action, changes, source, body, revision, hash FROM audit_log WHERE id > ? ORDER BY id',
  );
  const lastId = db.prepare<[], number>('SELECT max(id) FROM audit_log').pluck();

  const entry = (row: AuditRow): AuditEntry => ({ ...row, changes: JSON.parse(row.changes) as FieldChange[] });

  // One statement per set of conditions and order (at most 2 × 64), prepared when first asked for.
  const queries = new Map<string, Statement<Record<string, string | number>, AuditRow>>();
  const select = (query: AuditQuery, order: Order, limit: number | undefined): AuditEntry[] => {
    const given = (Object.keys(CONDITIONS) as Array<keyof AuditQuery>).filter((condition) => query[condition] !== undefined);
    const key = `${order}:${given.join(',')}:${limit === undefined ? '' : 'limit'}`;
    let statement = queries.get(key);
    if (statement === undefined) {
      const where = given.length === 0 ? '' : `WHERE ${given.map((condition) => CONDITIONS[condition]).join(' AND ')}`;
      const orderBy = `ORDER BY id ${order === 'newest first' ? 'DESC' : 'ASC'}${limit === undefined ? '' : ' LIMIT @limit'}`;
      statement = db.prepare<Record<string, string | number>, AuditRow>(`SELECT ${COLUMNS} FROM audit_log ${where} ${orderBy}`);
      queries.set(key, statement);
    }
    const values: Record<string, string | number> = limit === undefined ? {} : { limit };
    for (const condition of given) {
      const value = query[condition];
      values[condition] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    return statement.all(values).map(entry);
  };

  const namings = db.prepare<[], RecordNaming>(
    'SELECT id AS entryId, record_id AS recordId, record_type AS recordType, record_name AS name FROM audit_log WHERE record_name IS NOT NULL ORDER BY id',
  );

  /** Writes entries in order, each chained to the one before. Call inside a transaction, so no other entry comes between. */
  const appendAll = (entries: Iterable<NewAuditEntry>): void => {
    let previous = lastHash.get() ?? CHAIN_START;
    const revision = revisionNow.get() ?? null;
    for (const next of entries) {
      const columns: ChainedColumns = {
        at: next.at,
        actor: next.actor,
        recordType: next.recordType,
        recordId: next.recordId,
        recordName: next.recordName === undefined ? nameNow(next) : next.recordName,
        kind: next.kind ?? kindOfSource(next.source),
        action: next.action,
        changes: JSON.stringify(next.changes),
        source: next.source,
        body: next.body === undefined || next.body === null ? null : JSON.stringify(next.body),
        revision: next.revision === undefined ? revision : next.revision,
      };
      previous = entryHash(previous, columns);
      insert.run({ ...columns, hash: previous });
    }
  };

  return {
    append(entry: NewAuditEntry): void {
      appendAll([entry]);
    },
    appendAll,
    /** The entries that pass `query`, the newest first, at most `limit`. */
    list: (query: AuditQuery, limit: number): AuditEntry[] => select(query, 'newest first', limit),
    /** Every entry that passes `query`, the oldest first: what an export of the log writes. */
    listAll: (query: AuditQuery): AuditEntry[] => select(query, 'oldest first', undefined),
    /** Each name the log gave a record, with the entry that gave it, oldest first: how a record was named when. */
    namings: (): RecordNaming[] => namings.all(),
    /** Every entry after `id`, oldest first, as written: what a restore carries into the older file it puts back. */
    entriesAfter(id: number): Array<NewAuditEntry & { id: number }> {
      return everyRowAfter.all(id).map((row) => ({
        ...row,
        kind: row.kind as AuditKind,
        action: row.action as AuditEntry['action'],
        recordType: row.recordType as AuditEntry['recordType'],
        changes: JSON.parse(row.changes) as FieldChange[],
        body: row.body === null ? null : (JSON.parse(row.body) as unknown),
      }));
    },
    /** The id of the newest entry; 0 in a log with none. */
    lastId: (): number => lastId.get() ?? 0,
    /** The whole chain checked from the first entry: how many entries, and the first that does not fit, if any. */
    verify(): { entries: number; broken: ChainBreak | undefined } {
      let previous = CHAIN_START;
      let entries = 0;
      for (const row of everyRow.iterate()) {
        entries++;
        if (entryHash(previous, row) !== row.hash) return { entries, broken: { id: row.id, at: row.at } };
        previous = row.hash;
      }
      return { entries, broken: undefined };
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
