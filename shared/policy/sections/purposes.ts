// 3. What each processing is, in the words written for the public; why, and on what legal basis: each activity's
// purposes with its Art. 6 bases in plain words, the legitimate interests and laws relied on named (Art. 13(1)(c)–(d)),
// then the Art. 9/10 conditions.
import type { ProcessingActivity } from '../../model/records.ts';
import { SPECIAL_CATEGORY_CONDITIONS } from '../../model/vocabulary.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock } from '../policy-document.ts';
import { completeRows, list, paragraph, subheading, table } from './blocks.ts';

export function purposesSection(context: PolicyContext): PolicyBlock[] | null {
  const { catalogue } = context;
  const words = catalogue.purposes;
  if (context.activities.length === 0) return null;
  const blocks: PolicyBlock[] = [...descriptions(context)];
  const rows = completeRows(context, context.activities, (activity) => [
    context.activityName(activity),
    context.publicTexts(activity.purposes, `Activity "${context.activityName(activity)}" purpose`, { id: activity.id, type: 'activity' }),
    basesOf(context, activity),
  ]);
  if (rows.length > 0) blocks.push(paragraph(words.intro), table([catalogue.data.activity, words.purpose, words.legalBasis], rows));
  const used = new Set(context.activities.flatMap((activity) => activity.specialCategoryConditions ?? []));
  const conditions = SPECIAL_CATEGORY_CONDITIONS.filter((condition) => used.has(condition));
  if (conditions.length > 0) {
    blocks.push(
      subheading(words.specialTitle),
      paragraph(words.specialIntro),
      list(conditions.map((condition) => capitalised(catalogue.specialConditions[condition]))),
    );
  }
  return blocks;
}

/** "Newsletter: we send …": each activity's public description; the internal description is never printed here. */
function descriptions(context: PolicyContext): PolicyBlock[] {
  const entries = context.activities.flatMap((activity) => {
    const text = context.publicText(activity.publicDescription, `Activity "${context.activityName(activity)}" public description`, {
      id: activity.id,
      type: 'activity',
    });
    return text === undefined ? [] : [`${context.activityName(activity)}: ${text}`];
  });
  return entries.length === 0 ? [] : [paragraph(context.catalogue.purposes.descriptionsIntro), list(entries)];
}

/** The bases in plain words; a legitimate interest or a law named after its basis, as Art. 13(1)(c)–(d) asks. */
function basesOf(context: PolicyContext, activity: ProcessingActivity): string[] {
  const { catalogue, texts } = context;
  return (activity.legalBases ?? []).map((entry, index) => {
    const plain = capitalised(catalogue.legalBases[entry.basis]);
    const where = `Activity "${context.activityName(activity)}" legal basis ${index + 1}`;
    const detail = context.publicText(entry.detail, `${where} detail`, { id: activity.id, type: 'activity' });
    if (entry.basis === 'legitimate-interests') {
      if (detail === undefined) {
        texts.notRecorded(where, 'the legitimate interest relied on (Art. 13(1)(d))', activity.id, 'activity');
        return plain;
      }
      return `${plain}. ${catalogue.purposes.legitimateInterest} ${detail}`;
    }
    if ((entry.basis === 'legal-obligation' || entry.basis === 'public-task') && detail !== undefined) {
      return `${plain}. ${catalogue.purposes.law} ${detail}`;
    }
    return plain;
  });
}

export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
