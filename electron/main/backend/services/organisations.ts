import { recordSchemas, type Organisation } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { RegisterError } from '../../../../shared/result.ts';
import type { ServiceContext } from './context.ts';
import { describeUsage, planSave } from './revisions.ts';
import { validateRecord } from './validation.ts';
import { fieldChanges } from './field-changes.ts';

/** The controllers (legal entities) the register covers: Art. 30(1)(a). */
export function organisationService(context: ServiceContext) {
  const { organisations } = context.repositories;

  const load = (id: string): Organisation => {
    const record = organisations.get(id);
    if (record === undefined) throw new RegisterError('not-found', 'This organisation is not in the register (it may have been deleted)', 'id');
    return record;
  };

  return {
    list: (): Organisation[] => organisations.list(),
    get: load,

    save(input: unknown): Organisation {
      return context.transaction(() => {
        const language = context.defaultLanguage();
        const draft = validateRecord(recordSchemas(language).organisationDraft, input);
        const plan = planSave<Organisation>(context, 'organisation', draft, (id) => organisations.get(id));
        if (plan.kind === 'unchanged') return plan.record;
        if (plan.kind === 'create') organisations.insert(plan.record, language);
        else organisations.update(plan.record, language);
        context.recordChange({
          at: plan.record.updatedAt,
          recordType: 'organisation',
          recordId: plan.record.id,
          action: plan.kind,
          changes: plan.changes,
          source: null,
        });
        return plan.record;
      });
    },

    delete(id: string): { id: string } {
      return context.transaction(() => {
        const record = load(id);
        const usage = organisations.activitiesOf(id);
        if (usage.count > 0) {
          const name = displayText(record.name, context.defaultLanguage(), context.defaultLanguage());
          throw new RegisterError(
            'in-use',
            `"${name}" cannot be deleted: it is used by ${describeUsage(usage.count, usage.names, 'activity', 'activities')}. Move those activities to another organisation or delete them first`,
          );
        }
        organisations.delete(id);
        context.recordChange({
          at: context.now(),
          recordType: 'organisation',
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

export type OrganisationService = ReturnType<typeof organisationService>;
