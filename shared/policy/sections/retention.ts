// 6. How long data are kept: each activity's period, and a category's own where it differs (Art. 13(2)(a)). A text
// that sets no limit ("not stated in the policy", "as long as necessary") is the DPO's gap, not a period to publish.
import type { Text } from '../../model/text.ts';
import { allTranslations } from '../../checks/rules/texts.ts';
import { isVagueRetention } from '../../checks/rules/retention-terms.ts';
import type { PolicyContext, PolicyRecord } from '../policy-context.ts';
import type { PolicyBlock } from '../policy-document.ts';
import { completeRows, paragraph, table } from './blocks.ts';

export function retentionSection(context: PolicyContext): PolicyBlock[] | null {
  const { catalogue } = context;
  const words = catalogue.retention;
  if (context.activities.length === 0) return null;
  const rows = completeRows(context, context.activities, (activity) => {
    const where = `Activity "${context.activityName(activity)}"`;
    const record = { id: activity.id, type: 'activity' as const };
    const periods: string[] = [];
    const general = publishedPeriod(context, activity.retention, `${where} retention`, record, true);
    if (general !== undefined) periods.push(general);
    activity.dataCategories.forEach((category, index) => {
      const own = publishedPeriod(context, category.retention, `${where} data category ${index + 1} retention`, record, false);
      if (own === undefined || own === general) return;
      const name = context.publicText(category.name, `${where} data category ${index + 1}`, record);
      if (name !== undefined) periods.push(`${words.category(name)} ${own}`);
    });
    return [context.activityName(activity), periods];
  });
  return rows.length === 0 ? null : [paragraph(words.intro), table([words.activity, words.period], rows)];
}

/** The period as the policy may state it: recorded, more than a placeholder, and an actual limit. `required`: an activity's own. */
function publishedPeriod(context: PolicyContext, value: Text | undefined, where: string, record: PolicyRecord, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) context.texts.notRecorded(where, 'the retention period (Art. 13(2)(a))', record.id, record.type);
    return undefined;
  }
  const translations = allTranslations(value);
  if (translations.length > 0 && translations.every(isVagueRetention)) {
    context.texts.notRecorded(
      where,
      'a retention period or the criteria that set it (Art. 13(2)(a)): the text sets no limit and is left out of the policy',
      record.id,
      record.type,
    );
    return undefined;
  }
  return context.publicText(value, where, record);
}
