// How complete the register is, item by item of Art. 30(1): of the active activities, how many record the item, how
// many have it confirmed as none, and how many leave a gap a finding reports. The Overview's register-health panel.
import type { ProcessingActivity } from '../model/records.ts';
import type { ConfirmableItem } from '../model/vocabulary.ts';
import type { Finding, RuleId } from './findings.ts';

export const ARTICLE_30_ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type Article30Item = (typeof ARTICLE_30_ITEMS)[number];

/** The rules whose findings mean the item is not (properly) recorded. */
const GAPS: Readonly<Record<Article30Item, readonly RuleId[]>> = {
  a: ['controller-contact-missing', 'representative-missing'],
  b: ['purpose-missing', 'legal-basis-missing', 'special-condition-missing', 'legitimate-interest-unnamed', 'legal-obligation-law-unnamed'],
  c: ['subjects-missing', 'data-categories-missing'],
  d: ['recipients-unstated'],
  e: ['transfers-unstated', 'transfer-mechanism-missing', 'transfer-mechanism-invalid', 'transfer-adequacy-unfounded', 'transfer-via-subprocessor-unrecorded'],
  f: ['retention-missing', 'retention-vague'],
  g: ['security-measures-missing'],
};

/** The items a DPO may answer with "None (confirmed)". */
const CONFIRMABLE: Partial<Record<Article30Item, ConfirmableItem>> = { d: 'recipients', e: 'transfers' };

export type ItemCompleteness = { item: Article30Item; recorded: number; confirmedNone: number; gaps: number; total: number };

/** Per item, over the active activities; an organisation's gap (its contact details) counts against each of its activities. */
export function article30Completeness(activities: readonly ProcessingActivity[], findings: readonly Finding[]): ItemCompleteness[] {
  const active = activities.filter((activity) => activity.status === 'active');
  const gapsOf = new Map<string, Set<Article30Item>>();
  const itemOf = new Map<RuleId, Article30Item>();
  for (const item of ARTICLE_30_ITEMS) for (const rule of GAPS[item]) itemOf.set(rule, item);
  for (const finding of findings) {
    const item = itemOf.get(finding.rule);
    if (item === undefined || finding.accepted !== undefined) continue;
    const items = gapsOf.get(finding.record.id) ?? new Set<Article30Item>();
    items.add(item);
    gapsOf.set(finding.record.id, items);
  }
  return ARTICLE_30_ITEMS.map((item) => {
    let gaps = 0;
    let confirmedNone = 0;
    for (const activity of active) {
      const confirmable = CONFIRMABLE[item];
      if (gapsOf.get(activity.id)?.has(item) === true || gapsOf.get(activity.organisationId)?.has(item) === true) gaps++;
      else if (confirmable !== undefined && activity.confirmedNone?.includes(confirmable) === true) confirmedNone++;
    }
    return { item, recorded: active.length - gaps - confirmedNone, confirmedNone, gaps, total: active.length };
  });
}
