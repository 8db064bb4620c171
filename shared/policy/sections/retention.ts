// 6. How long data are kept: each activity's period, and a category's own where it differs (Art. 13(2)(a)).
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyCell } from '../policy-document.ts';
import { paragraph, table } from './blocks.ts';

export function retentionSection(context: PolicyContext): PolicyBlock[] | null {
  const { catalogue, texts } = context;
  const words = catalogue.retention;
  if (context.activities.length === 0) return null;
  const rows: PolicyCell[][] = context.activities.map((activity) => {
    const where = `Activity "${context.activityName(activity)}"`;
    const periods: string[] = [];
    if (activity.retention === undefined) texts.notRecorded(where, 'the retention period (Art. 13(2)(a))', activity.id, 'activity');
    else periods.push(texts.text(activity.retention, `${where} retention`, activity.id, 'activity'));
    activity.dataCategories.forEach((category, index) => {
      if (category.retention === undefined) return;
      const name = texts.text(category.name, `${where} data category ${index + 1}`, activity.id, 'activity');
      periods.push(`${words.category(name)} ${texts.text(category.retention, `${where} data category ${index + 1} retention`, activity.id, 'activity')}`);
    });
    return [context.activityName(activity), periods];
  });
  return [paragraph(words.intro), table([words.activity, words.period], rows)];
}
