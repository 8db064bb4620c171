// Building blocks of the policy's sections: paragraphs, lists, tables, and the one rule that nothing is said twice.
import type { ProcessingActivity } from '../../model/records.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyCell, PolicyInline } from '../policy-document.ts';

/** A name ending in a full stop ("BTC, d.d.") at the end of a sentence takes no second one. */
const oneFullStop = (text: string) => text.replace(/(?<!\.)\.\.(?!\.)/g, '.');

export const paragraph = (...text: PolicyInline[]): PolicyBlock => ({
  kind: 'paragraph',
  text: text.map((run) => (typeof run === 'string' ? oneFullStop(run) : run)),
});

export const list = (items: ReadonlyArray<PolicyInline[] | string>): PolicyBlock => ({
  kind: 'list',
  items: items.map((item) => (typeof item === 'string' ? [item] : item)),
});

export const table = (header: string[], rows: PolicyCell[][]): PolicyBlock => ({ kind: 'table', header, rows });

export const subheading = (text: string): PolicyBlock => ({ kind: 'subheading', text });

/** The texts once each, in their first order (the same source or measure recorded on many activities). */
export function unique(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const key = value.trim().toLocaleLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(value.trim());
  }
  return result;
}

/** "label: value" as a list item, the value a link where it is one. */
export const labelled = (label: string, value: PolicyInline): PolicyInline[] => [`${label}: `, value];

export const mailto = (email: string): PolicyInline => ({ text: email, href: `mailto:${email}` });

export const weblink = (url: string): PolicyInline => ({ text: url, href: /^https?:\/\//i.test(url) ? url : `https://${url}` });

/**
 * One table row per activity, leaving out a row with an empty cell: the policy never prints a blank where the register
 * says nothing. The gap is reported to the DPO instead.
 */
export function completeRows(
  context: PolicyContext,
  activities: readonly ProcessingActivity[],
  row: (activity: ProcessingActivity) => PolicyCell[],
): PolicyCell[][] {
  return activities.flatMap((activity) => {
    const cells = row(activity);
    const empty = cells.some((cell) => (Array.isArray(cell) ? cell.length === 0 : cell.trim() === ''));
    if (!empty) return [cells];
    context.texts.notRecorded(`Activity "${context.activityName(activity)}"`, 'an item of its row in the policy: the row is left out', activity.id, 'activity');
    return [];
  });
}
