import { recordSchemas, type Organisation } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { ServiceContext } from './context.ts';
import { recordKeeper } from './record-keeper.ts';
import { usageNames } from './revisions.ts';

/** The controllers (legal entities) the register covers: Art. 30(1)(a). */
export function organisationService(context: ServiceContext) {
  const { organisations } = context.repositories;

  /** An activity without its organisation would have no controller, so the activities must go or move first. */
  const checkDeletable = (record: Organisation) => {
    const usage = organisations.activitiesOf(record.id);
    if (usage.count === 0) return;
    const language = context.defaultLanguage();
    throw refuse('in-use', 'register:organisationInUse', {
      name: displayText(record.name, language, language),
      count: usage.count,
      activities: usageNames(usage),
    });
  };

  const records = recordKeeper<Organisation>(context, organisations, {
    type: 'organisation',
    draftSchema: (language) => recordSchemas(language).organisationDraft,
    checkDeletable,
  });

  return {
    list: (): Organisation[] => organisations.list(),
    get: records.get,
    save: records.save,
    delete: records.delete,
    /** For a merge: writes and removes records with their audit rows naming the file (see merges.ts). */
    keeper: records,
  };
}

export type OrganisationService = ReturnType<typeof organisationService>;
