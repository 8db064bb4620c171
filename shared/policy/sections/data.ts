// 2. What data we process (per activity, special categories marked) and, for data not collected from the person,
// where they come from (Art. 14(2)(f)).
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock } from '../policy-document.ts';
import { list, paragraph, subheading, table, unique } from './blocks.ts';

export function dataSection(context: PolicyContext): PolicyBlock[] | null {
  const { catalogue, texts } = context;
  const words = catalogue.data;
  if (context.activities.length === 0) return null;
  const rows = context.activities.map((activity) => {
    const where = `Activity "${context.activityName(activity)}"`;
    const categories = activity.dataCategories.map((category, index) => {
      const name = texts.text(category.name, `${where} data category ${index + 1}`, activity.id, 'activity');
      return category.special === true ? `${name} (${words.special})` : name;
    });
    return [context.activityName(activity), texts.texts(activity.dataSubjects, `${where} data subjects`, activity.id, 'activity'), categories];
  });
  const blocks: PolicyBlock[] = [paragraph(words.intro), table([words.activity, words.dataSubjects, words.dataCategories], rows)];
  const sources = unique(
    context.activities.flatMap((activity) => texts.texts(activity.sources, `Activity "${context.activityName(activity)}" source`, activity.id, 'activity')),
  );
  if (sources.length > 0) blocks.push(subheading(words.sourcesTitle), paragraph(words.sourcesIntro), list(sources));
  return blocks;
}
