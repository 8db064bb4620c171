import type { Connection } from '../db/connection.ts';
import type { AuditEntry } from '../../../../shared/ipc/contract.ts';

export type FieldChange = AuditEntry['changes'][number];
export type NewAuditEntry = Omit<AuditEntry, 'id'>;

type AuditRow = Omit<AuditEntry, 'changes'> & { changes: string };

const COLUMNS = 'id, at, actor, record_type AS recordType, record_id AS recordId, action, changes, source';

export function auditRepository(db: Connection) {
  const append = db.prepare('INSERT INTO audit_log (at, actor, record_type, record_id, action, changes, source) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // One statement for all the records of an import: SQLite loops over the ids, not JavaScript over 10,000 inserts.
  const appendImported = db.prepare(
    `INSERT INTO audit_log (at, actor, record_type, record_id, action, changes, source)
     SELECT ?, ?, ?, value, 'import', '[]', ? FROM json_each(?) ORDER BY key`,
  );
  const newest = db.prepare<[number], AuditRow>(`SELECT ${COLUMNS} FROM audit_log ORDER BY id DESC LIMIT ?`);
  const newestOf = db.prepare<[string, number], AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE record_id = ? ORDER BY id DESC LIMIT ?`);

  const entry = (row: AuditRow): AuditEntry => ({ ...row, changes: JSON.parse(row.changes) as FieldChange[] });

  return {
    append(entry: NewAuditEntry): void {
      append.run(entry.at, entry.actor, entry.recordType, entry.recordId, entry.action, JSON.stringify(entry.changes), entry.source);
    },
    /** One `import` row per record, all with the same time, actor and source (the file's name and hash). */
    appendImported(entry: { at: string; actor: string; recordType: NewAuditEntry['recordType']; recordIds: string[]; source: string }): void {
      if (entry.recordIds.length === 0) return;
      appendImported.run(entry.at, entry.actor, entry.recordType, entry.source, JSON.stringify(entry.recordIds));
    },
    /** Newest first. */
    list(options: { recordId?: string | undefined; limit: number }): AuditEntry[] {
      const rows = options.recordId === undefined ? newest.all(options.limit) : newestOf.all(options.recordId, options.limit);
      return rows.map(entry);
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
