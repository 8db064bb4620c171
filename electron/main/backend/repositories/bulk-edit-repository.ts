// Bulk edits as the audit log holds them. A bulk edit has no table of its own: its audit rows, one per record changed,
// all with the source "bulk edit #N", say everything an undo needs (each field's old and new value), and a register
// put back from a backup takes its bulk edits back with it.
import type { Connection } from '../db/connection.ts';
import type { AuditEntry } from '../../../../shared/ipc/contract.ts';
import type { FieldChange } from './audit-repository.ts';

const PREFIX = 'bulk edit #';
const UNDO_PREFIX = 'undo of bulk edit #';

/** The audit source of bulk edit `number`. An imported file's source is "name (sha256 …)", so none is mistaken for one. */
export function bulkEditSource(number: number): string {
  return `${PREFIX}${number}`;
}

/** The audit source of the undo of bulk edit `number`. */
export function bulkEditUndoSource(number: number): string {
  return `${UNDO_PREFIX}${number}`;
}

/** The bulk edit a source names ("bulk edit #4" and "undo of bulk edit #4": 4), if it names one. */
export function bulkEditNumberOf(source: string | null): number | undefined {
  const match = /^(?:undo of )?bulk edit #([1-9][0-9]*)$/.exec(source ?? '');
  return match === null ? undefined : Number(match[1]);
}

/** One record's row of a bulk edit. */
export type BulkEditRow = Pick<AuditEntry, 'id' | 'at' | 'recordType' | 'recordId' | 'changes'>;

/** An audit row written after a bulk edit's, about one of its records (a deletion's changes keep the record's name). */
export type LaterChange = Pick<AuditEntry, 'recordId' | 'action' | 'source' | 'at' | 'changes'>;

type Stored<Row extends { changes: unknown }> = Omit<Row, 'changes'> & { changes: string };

const parsed = <Row extends { changes: unknown }>(row: Stored<Row>): Row => ({ ...row, changes: JSON.parse(row.changes) as FieldChange[] }) as Row;

export function bulkEditRepository(db: Connection) {
  // Only sources that are the prefix and digits: "bulk edit #12", not "bulk edit #12 (sha256 …)".
  const lastNumber = db.prepare<[], { last: number | null }>(
    `SELECT MAX(CAST(substr(source, ${PREFIX.length + 1}) AS INTEGER)) AS last FROM audit_log
     WHERE source GLOB '${PREFIX}[1-9]*' AND substr(source, ${PREFIX.length + 1}) NOT GLOB '*[^0-9]*'`,
  );
  const rowsOf = db.prepare<[string], Stored<BulkEditRow>>(
    `SELECT id, at, record_type AS recordType, record_id AS recordId, changes FROM audit_log WHERE source = ? AND action = 'update' ORDER BY id`,
  );
  const firstOf = db.prepare<[string], { at: string }>('SELECT at FROM audit_log WHERE source = ? ORDER BY id LIMIT 1');
  const laterChanges = db.prepare<[string, number], Stored<LaterChange>>(
    `SELECT record_id AS recordId, action, source, at, changes FROM audit_log
     WHERE record_id IN (SELECT value FROM json_each(?)) AND id > ? ORDER BY id`,
  );

  return {
    /** The number the next bulk edit takes: one more than any in the audit log. */
    nextNumber: (): number => (lastNumber.get()?.last ?? 0) + 1,
    /** The rows of bulk edit `number`, in the order written (none when there is no such bulk edit). */
    rowsOf: (number: number): BulkEditRow[] => rowsOf.all(bulkEditSource(number)).map(parsed<BulkEditRow>),
    /** When bulk edit `number` was undone, if it was. */
    undoneAt: (number: number): string | undefined => firstOf.get(bulkEditUndoSource(number))?.at,
    /** What was written about these records after audit row `afterId`, oldest first. */
    changesSince: (recordIds: readonly string[], afterId: number): LaterChange[] =>
      laterChanges.all(JSON.stringify(recordIds), afterId).map(parsed<LaterChange>),
  };
}

export type BulkEditRepository = ReturnType<typeof bulkEditRepository>;
