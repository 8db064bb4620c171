// Bulk edits: one change made to many activities or processors in one transaction. Each record's new revision is
// checked as a save from its editor would be (record-keeper.ts `revise`); one that would not pass refuses the whole
// change, naming every such record. Each record changed gets its own audit row, all with the source "bulk edit #N",
// from which undoBulkEdit (bulk-edit-undo.ts) puts them back.
import type { ActivityBulkChange, ProcessorBulkChange } from '../../../../shared/ipc/commands/bulk-edits.ts';
import type { BulkEditOutcome, UndoneBulkEdit } from '../../../../shared/ipc/contract.ts';
import type { FieldIssue } from '../../../../shared/model/issues.ts';
import type { ProcessingActivity, Processor, RecordMeta, Text } from '../../../../shared/model/records.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { bulkEditSource } from '../repositories/bulk-edit-repository.ts';
import { changedActivity, changedProcessor } from './bulk-changes.ts';
import { undoBulkEdit, type BulkKeepers } from './bulk-edit-undo.ts';
import { BULK_REFUSALS, recordLabeller, someOf, type BulkRecordType } from './bulk-edit-words.ts';
import type { ServiceContext } from './context.ts';
import type { RecordKeeper, RecordWrite } from './record-keeper.ts';

type Targets = { ids: readonly string[]; revisions?: Readonly<Record<string, number>> | undefined };

export function bulkEditService(context: ServiceContext, keepers: BulkKeepers) {
  function apply<T extends RecordMeta & { name: Text }>(
    type: BulkRecordType,
    keeper: RecordKeeper<T>,
    { ids, revisions }: Targets,
    change: (record: T, defaultLanguage: string) => T,
  ): BulkEditOutcome {
    return context.transaction(() => {
      const language = context.defaultLanguage();
      const label = recordLabeller(context);
      const missing: string[] = [];
      const stale: string[] = [];
      const invalid: FieldIssue[] = [];
      const writes: Array<RecordWrite<T>> = [];
      let unchanged = 0;
      for (const id of new Set(ids)) {
        const before = keeper.find(id);
        if (before === undefined) {
          missing.push(id);
          continue;
        }
        const seen = revisions?.[id];
        if (seen !== undefined && seen !== before.revision) {
          stale.push(label(type, before));
          continue;
        }
        try {
          const write = keeper.revise(before, change(before, language), language);
          if (write === undefined) unchanged += 1;
          else writes.push(write);
        } catch (error) {
          if (!(error instanceof RegisterError)) throw error;
          invalid.push({ path: id, message: `${label(type, before)}: ${error.message}` });
        }
      }
      const refusals = BULK_REFUSALS[type];
      if (missing.length > 0) {
        throw refuse('not-found', refusals.missing, { count: missing.length, ids: someOf(missing) }, 'ids');
      }
      if (stale.length > 0) {
        throw refuse('conflict', refusals.stale, { count: stale.length, records: someOf(stale) }, 'revisions');
      }
      if (invalid.length > 0) {
        const records = someOf(invalid.map((issue) => issue.message));
        throw refuse('invalid-input', refusals.invalid, { count: invalid.length, records }, 'change', invalid);
      }
      if (writes.length === 0) return { id: null, recordType: type, changed: 0, unchanged };
      const number = context.repositories.bulkEdits.nextNumber();
      for (const write of writes) keeper.write(write, language, bulkEditSource(number));
      return { id: number, recordType: type, changed: writes.length, unchanged };
    });
  }

  return {
    editActivities: (targets: Targets, change: ActivityBulkChange): BulkEditOutcome =>
      apply<ProcessingActivity>('activity', keepers.activity, targets, (record, language) => changedActivity(record, change, language)),
    editProcessors: (targets: Targets, change: ProcessorBulkChange): BulkEditOutcome =>
      apply<Processor>('processor', keepers.processor, targets, (record) => changedProcessor(record, change)),
    undo: (number: number): UndoneBulkEdit => undoBulkEdit(context, keepers, number),
  };
}

export type BulkEditService = ReturnType<typeof bulkEditService>;
