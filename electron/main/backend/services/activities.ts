import { recordSchemas, type ProcessingActivity } from '../../../../shared/model/records.ts';
import type { ActivitySummary } from '../../../../shared/ipc/contract.ts';
import type { VocabularyField, VocabularyUse } from '../../../../shared/ipc/commands/activities.ts';
import type { ActivityStatus } from '../../../../shared/model/vocabulary.ts';
import type { FieldIssue } from '../../../../shared/model/issues.ts';
import { activityReference } from '../repositories/index.ts';
import type { ServiceContext } from './context.ts';
import { fieldChanges } from './field-changes.ts';
import { recordKeeper } from './record-keeper.ts';
import { contentOf, withMeta } from './revisions.ts';
import { referenceError, validateRecord } from './validation.ts';

/** Processing activities: the records of Art. 30(1) (controller) and 30(2) (processor). */
export function activityService(context: ServiceContext) {
  const { activities, organisations, processors, register } = context.repositories;

  /** Every organisation and processor the activity names must be in the register; SQLite would refuse it too, but namelessly. */
  const checkReferences = (record: ProcessingActivity) => {
    const issues: FieldIssue[] = [];
    if (!organisations.exists(record.organisationId)) {
      issues.push({ path: 'organisationId', message: `"${record.organisationId}" is not an organisation in this register` });
    }
    record.processorIds?.forEach((id, index) => {
      if (!processors.exists(id)) issues.push({ path: `processorIds[${index}]`, message: `"${id}" is not a processor in this register` });
    });
    record.transfers?.forEach((transfer, index) => {
      if (transfer.processorId !== undefined && !processors.exists(transfer.processorId)) {
        issues.push({ path: `transfers[${index}].processorId`, message: `"${transfer.processorId}" is not a processor in this register` });
      }
    });
    if (issues.length > 0) throw referenceError(issues);
  };

  const records = recordKeeper<ProcessingActivity>(
    context,
    {
      get: (id) => activities.get(id),
      // A new activity, saved or duplicated, takes the next reference (PA-0042); a reference is never given twice.
      insert: (record, language) => activities.insert(record, activityReference(register.takeActivityNumbers(1)), language),
      update: (record, language) => activities.update(record, language),
      delete: (id) => activities.delete(id),
    },
    { type: 'activity', draftSchema: (language) => recordSchemas(language).activityDraft, checkReferences },
  );

  return {
    /** The table's rows, newest last (the order of creation). */
    list: (): ActivitySummary[] => activities.summaries(),
    get: records.get,
    /** The texts of a list field as the editor's suggestions count them: each use, in the default language. */
    vocabulary: (field: VocabularyField): VocabularyUse[] => activities.vocabulary(field, context.defaultLanguage()),
    referenceOf: (id: string): string | undefined => activities.referenceOf(id),
    save: records.save,
    /** For a merge: writes and removes records with their audit rows naming the file (see merges.ts). */
    keeper: records,

    /** A new activity with the same content, as a draft: the quick way to record a similar processing. */
    duplicate(id: string): ProcessingActivity {
      return context.transaction(() => {
        const original = records.get(id);
        const copy = withMeta<ProcessingActivity>({ ...contentOf(original), status: 'draft' }, { id: context.newId(), updatedAt: context.now(), revision: 1 });
        const source = `duplicate of ${activities.referenceOf(id) ?? id}`;
        records.write({ kind: 'create', record: copy, changes: fieldChanges(undefined, copy) }, context.defaultLanguage(), source);
        return copy;
      });
    },

    /** Activates, retires or returns an activity to draft; a record leaving draft must be complete (Art. 30). */
    setStatus(id: string, status: ActivityStatus): ProcessingActivity {
      return context.transaction(() => {
        const before = records.get(id);
        if (before.status === status) return before;
        const language = context.defaultLanguage();
        const changed = validateRecord(recordSchemas(language).activityDraft, { ...before, status });
        const record = withMeta<ProcessingActivity>(contentOf(changed), {
          id,
          updatedAt: context.now(),
          revision: before.revision + 1,
        });
        records.write({ kind: 'update', record, changes: fieldChanges(before, record) }, language);
        return record;
      });
    },

    delete: records.delete,
  };
}

export type ActivityService = ReturnType<typeof activityService>;
