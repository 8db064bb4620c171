import { recordSchemas, type ProcessingActivity } from '../../../../shared/model/records.ts';
import type { ActivitySummary } from '../../../../shared/ipc/contract.ts';
import type { ActivityStatus } from '../../../../shared/model/vocabulary.ts';
import type { FieldIssue } from '../../../../shared/model/issues.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { activityReference } from '../repositories/index.ts';
import type { ServiceContext } from './context.ts';
import { fieldChanges } from './field-changes.ts';
import { contentOf, planSave, withMeta } from './revisions.ts';
import { referenceError, validateRecord } from './validation.ts';

/** Processing activities: the records of Art. 30(1) (controller) and 30(2) (processor). */
export function activityService(context: ServiceContext) {
  const { activities, organisations, processors, register } = context.repositories;

  const load = (id: string): ProcessingActivity => {
    const record = activities.get(id);
    if (record === undefined) throw new RegisterError('not-found', 'This activity is not in the register (it may have been deleted)', 'id');
    return record;
  };

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

  const insertNew = (record: ProcessingActivity, source: string | null) => {
    const reference = activityReference(register.takeActivityNumbers(1));
    activities.insert(record, reference, context.defaultLanguage());
    context.recordChange({
      at: record.updatedAt,
      recordType: 'activity',
      recordId: record.id,
      action: 'create',
      changes: fieldChanges(undefined, record),
      source,
    });
  };

  return {
    /** The table's rows, newest last (the order of creation). */
    list: (): ActivitySummary[] => activities.summaries(),
    get: load,
    referenceOf: (id: string): string | undefined => activities.referenceOf(id),

    save(input: unknown): ProcessingActivity {
      return context.transaction(() => {
        const language = context.defaultLanguage();
        const draft = validateRecord(recordSchemas(language).activityDraft, input);
        const plan = planSave<ProcessingActivity>(context, 'activity', draft, (id) => activities.get(id));
        if (plan.kind === 'unchanged') return plan.record;
        checkReferences(plan.record);
        if (plan.kind === 'create') {
          insertNew(plan.record, null);
        } else {
          activities.update(plan.record, language);
          context.recordChange({
            at: plan.record.updatedAt,
            recordType: 'activity',
            recordId: plan.record.id,
            action: 'update',
            changes: plan.changes,
            source: null,
          });
        }
        return plan.record;
      });
    },

    /** A new activity with the same content, as a draft: the quick way to record a similar processing. */
    duplicate(id: string): ProcessingActivity {
      return context.transaction(() => {
        const original = load(id);
        const copy = withMeta<ProcessingActivity>(
          { ...contentOf(original), status: 'draft' },
          { id: context.newId(), updatedAt: context.now(), revision: 1 },
        );
        insertNew(copy, `duplicate of ${activities.referenceOf(id) ?? id}`);
        return copy;
      });
    },

    /** Activates, retires or returns an activity to draft; a record leaving draft must be complete (Art. 30). */
    setStatus(id: string, status: ActivityStatus): ProcessingActivity {
      return context.transaction(() => {
        const before = load(id);
        if (before.status === status) return before;
        const language = context.defaultLanguage();
        const changed = validateRecord(recordSchemas(language).activityDraft, { ...before, status });
        const record = withMeta<ProcessingActivity>(contentOf(changed), {
          id,
          updatedAt: context.now(),
          revision: before.revision + 1,
        });
        activities.update(record, language);
        context.recordChange({
          at: record.updatedAt,
          recordType: 'activity',
          recordId: id,
          action: 'update',
          changes: fieldChanges(before, record),
          source: null,
        });
        return record;
      });
    },

    delete(id: string): { id: string } {
      return context.transaction(() => {
        const record = load(id);
        activities.delete(id);
        context.recordChange({
          at: context.now(),
          recordType: 'activity',
          recordId: id,
          action: 'delete',
          changes: fieldChanges(record, undefined),
          source: null,
        });
        return { id };
      });
    },
  };
}

export type ActivityService = ReturnType<typeof activityService>;
