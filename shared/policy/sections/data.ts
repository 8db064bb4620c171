// 2. What data we process (per activity, special categories marked) and, for data not collected from the person,
// where they come from (Art. 14(2)(f)).
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyCell } from '../policy-document.ts';
import { completeRows, list, paragraph, subheading, table, unique } from './blocks.ts';

export function dataSection(context: PolicyContext): PolicyBlock[] | null {
  const { catalogue } = context;
  const words = catalogue.data;
  if (context.activities.length === 0) return null;
  const rows = completeRows(context, context.activities, (activity): PolicyCell[] => {
    const where = `Activity "${context.activityName(activity)}"`;
    const record = { id: activity.id, type: 'activity' as const };
    const categories = activity.dataCategories.flatMap((category, index) => {
      const name = context.publicText(category.name, `${where} data category ${index + 1}`, record);
      if (name === undefined) return [];
      return [category.special === true ? `${name} (${words.special})` : name];
    });
    return [context.activityName(activity), context.publicTexts(activity.dataSubjects, `${where} data subjects`, record), categories];
  });
  if (rows.length === 0) return null;
  const blocks: PolicyBlock[] = [paragraph(words.intro), table([words.activity, words.dataSubjects, words.dataCategories], rows)];
  const sources = unique(
    context.activities.flatMap((activity) =>
      context.publicTexts(activity.sources, `Activity "${context.activityName(activity)}" source`, { id: activity.id, type: 'activity' }),
    ),
  );
  if (sources.length > 0) blocks.push(subheading(words.sourcesTitle), paragraph(words.sourcesIntro), list(sources));
  return blocks;
}
