// Undoing a bulk edit: every field it changed goes back to the value its audit row kept, in one transaction, each
// record checked as a save would be and audited as "undo of bulk edit #N". Refused, naming the records, when any of
// them changed after the bulk edit (an undo would silently throw that later work away), was deleted, or when the
// bulk edit was undone already.
import type { UndoneBulkEdit } from '../../../../shared/ipc/contract.ts';
import type { FieldIssue } from '../../../../shared/model/issues.ts';
import type { ProcessingActivity, Processor, RecordMeta, Text } from '../../../../shared/model/records.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { bulkEditNumberOf, bulkEditUndoSource, type BulkEditRow, type LaterChange } from '../repositories/bulk-edit-repository.ts';
import type { FieldChange } from '../repositories/index.ts';
import { BULK_REFUSALS, recordLabeller, someOf, type BulkRecordType } from './bulk-edit-words.ts';
import type { ServiceContext } from './context.ts';
import { sameJson } from './field-changes.ts';
import type { RecordKeeper, RecordWrite } from './record-keeper.ts';

export type BulkKeepers = { activity: RecordKeeper<ProcessingActivity>; processor: RecordKeeper<Processor> };

/** The record with each changed field back at its old value (absent where it was absent). */
function putBack(record: object, changes: readonly FieldChange[]): object {
  const next: Record<string, unknown> = { ...record };
  for (const change of changes) {
    if (change.old === null) delete next[change.field];
    else next[change.field] = change.old;
  }
  return next;
}

/** True while every field the bulk edit set still has the value it set. */
function stillAsLeft(record: object, changes: readonly FieldChange[]): boolean {
  const fields = record as Record<string, unknown>;
  return changes.every((change) => sameJson(fields[change.field], change.new ?? undefined));
}

/** What happened to a record since, in a refusal: "(edited at …)", "(changed by bulk edit #4 at …)", "(deleted at …)". */
function whatHappened(change: LaterChange | undefined): string {
  if (change === undefined) return 'changed';
  const by = change.source === null ? '' : ` by ${change.source}`;
  if (change.action === 'delete') return `deleted${by} at ${change.at}`;
  return `${change.source === null ? 'edited' : 'changed'}${by} at ${change.at}`;
}

/**
 * What was written about the records after the bulk edit, leaving out later bulk edits that were undone with their
 * undos: they cancel out (each undo checked its records were as its bulk edit left them), so bulk edits can be undone
 * newest first, as an undo stack.
 */
function laterChanges(context: ServiceContext, rows: readonly BulkEditRow[], afterId: number): LaterChange[] {
  const changes = context.repositories.bulkEdits.changesSince(
    rows.map((row) => row.recordId),
    afterId,
  );
  const undone = new Set(changes.filter((change) => change.source?.startsWith('undo of ') === true).map((change) => bulkEditNumberOf(change.source)));
  return changes.filter((change) => {
    const number = bulkEditNumberOf(change.source);
    return number === undefined || !undone.has(number);
  });
}

function restore<T extends RecordMeta & { name: Text }>(
  context: ServiceContext,
  type: BulkRecordType,
  keeper: RecordKeeper<T>,
  rows: readonly BulkEditRow[],
  number: number,
): UndoneBulkEdit {
  const language = context.defaultLanguage();
  const label = recordLabeller(context);
  // A bulk edit's rows are written in one transaction, so whatever comes after its last row came after the bulk edit.
  const lastRow = rows[rows.length - 1] as BulkEditRow;
  const firstLater = new Map<string, LaterChange>();
  for (const change of laterChanges(context, rows, lastRow.id)) {
    if (!firstLater.has(change.recordId)) firstLater.set(change.recordId, change);
  }

  const changedSince: string[] = [];
  const invalid: FieldIssue[] = [];
  const writes: Array<RecordWrite<T>> = [];
  for (const row of rows) {
    const current = keeper.find(row.recordId);
    const later = firstLater.get(row.recordId);
    if (current === undefined || later !== undefined || !stillAsLeft(current, row.changes)) {
      // A deleted record is named as its deletion's audit row kept it.
      const name = current === undefined ? `“${String(later?.changes.find((change) => change.field === 'name')?.old ?? row.recordId)}”` : label(type, current);
      changedSince.push(`${name} (${whatHappened(later)})`);
      continue;
    }
    try {
      const write = keeper.revise(current, putBack(current, row.changes), language);
      if (write !== undefined) writes.push(write);
    } catch (error) {
      if (!(error instanceof RegisterError)) throw error;
      invalid.push({ path: row.recordId, message: `${label(type, current)}: ${error.message}` });
    }
  }
  const refusals = BULK_REFUSALS[type];
  if (changedSince.length > 0) {
    throw refuse('conflict', refusals.changedSince, { number, count: changedSince.length, records: someOf(changedSince) }, 'id');
  }
  if (invalid.length > 0) {
    const records = someOf(invalid.map((issue) => issue.message));
    throw refuse('invalid-input', refusals.invalidBefore, { number, count: invalid.length, records }, 'id', invalid);
  }
  for (const write of writes) keeper.write(write, language, bulkEditUndoSource(number));
  return { id: number, recordType: type, restored: writes.length };
}

/** Undoes bulk edit `number` (see the top of this file). */
export function undoBulkEdit(context: ServiceContext, keepers: BulkKeepers, number: number): UndoneBulkEdit {
  return context.transaction(() => {
    const { bulkEdits } = context.repositories;
    const rows = bulkEdits.rowsOf(number);
    const first = rows[0];
    if (first === undefined) throw refuse('not-found', 'register:noSuchBulkEdit', { number }, 'id');
    const undoneAt = bulkEdits.undoneAt(number);
    if (undoneAt !== undefined) throw refuse('conflict', 'register:bulkEditAlreadyUndone', { number, at: undoneAt }, 'id');
    return first.recordType === 'processor'
      ? restore<Processor>(context, 'processor', keepers.processor, rows, number)
      : restore<ProcessingActivity>(context, 'activity', keepers.activity, rows, number);
  });
}
