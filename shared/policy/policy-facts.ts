// The facts of a policy that people must be told of in advance when they change (WP260 rev.01, paragraphs 29–31):
// purposes, recipients and processors, transfers, data categories, and retention periods. Kept with each
// published version, in the register's default language, so that any later text can be compared with it.
import type { ExchangeDocument } from '../exchange/read.ts';
import { displayText } from '../model/text.ts';
import { isEeaCountry } from '../reference/transfer-reference.ts';
import { chooseOrganisation } from '../report/build-report.ts';

export type PolicyFacts = {
  purposes: string[];
  recipients: string[];
  transfers: string[];
  dataCategories: string[];
  /** The retention text of each activity (and category), by a key that survives renaming. */
  retention: Record<string, { label: string; text: string }>;
};

export type MaterialChange = {
  kind: 'purpose' | 'recipient' | 'transfer' | 'data-category' | 'retention';
  /** What is new (or, for retention, "label: old → new"). */
  text: string;
  /** Retention only: longer, or changed in a way that cannot be measured (which a DPO should check). */
  retention?: 'longer' | 'changed';
};

export function policyFacts(register: ExchangeDocument, organisationId: string | undefined): PolicyFacts {
  const language = register.register.defaultLanguage;
  const text = (value: Parameters<typeof displayText>[0]) => displayText(value, language, language);
  const organisation = chooseOrganisation(register.organisations, organisationId);
  const activities = register.activities.filter(
    (activity) => activity.organisationId === organisation.id && activity.status === 'active' && activity.public && activity.role !== 'processor',
  );
  const processors = new Map(register.processors.map((processor) => [processor.id, processor]));
  const facts: PolicyFacts = { purposes: [], recipients: [], transfers: [], dataCategories: [], retention: {} };
  for (const activity of activities) {
    const name = text(activity.name);
    facts.purposes.push(...activity.purposes.map((purpose) => `${name}: ${text(purpose)}`));
    facts.recipients.push(...(activity.recipients ?? []).map(text));
    facts.recipients.push(...(activity.processorIds ?? []).map((id) => text(processors.get(id)?.name) || id));
    facts.recipients.push(...(activity.jointControllers ?? []).map((party) => party.name));
    for (const transfer of activity.transfers ?? []) {
      // Data going to an EEA country never leave the EEA: no transfer to announce.
      if (transfer.country !== 'INT' && isEeaCountry(transfer.country)) continue;
      const recipient = transfer.recipient !== undefined ? text(transfer.recipient) : text(processors.get(transfer.processorId ?? '')?.name);
      facts.transfers.push(`${transfer.country}: ${recipient}`);
    }
    facts.dataCategories.push(...activity.dataCategories.map((category) => `${name}: ${text(category.name)}`));
    if (activity.retention !== undefined) facts.retention[activity.id] = { label: name, text: text(activity.retention) };
    activity.dataCategories.forEach((category) => {
      if (category.retention !== undefined)
        facts.retention[`${activity.id}/${text(category.name)}`] = { label: `${name}: ${text(category.name)}`, text: text(category.retention) };
    });
  }
  const sorted = (values: string[]) => [...new Set(values)].sort();
  return {
    purposes: sorted(facts.purposes),
    recipients: sorted(facts.recipients),
    transfers: sorted(facts.transfers),
    dataCategories: sorted(facts.dataCategories),
    retention: facts.retention,
  };
}

/** What the current facts add to the published ones, and retention periods made longer (or changed unmeasurably). */
export function materialChanges(published: PolicyFacts, current: PolicyFacts): MaterialChange[] {
  const added = (kind: MaterialChange['kind'], before: string[], after: string[]): MaterialChange[] => {
    const known = new Set(before);
    return after.filter((value) => !known.has(value)).map((value) => ({ kind, text: value }));
  };
  const changes = [
    ...added('purpose', published.purposes, current.purposes),
    ...added('recipient', published.recipients, current.recipients),
    ...added('transfer', published.transfers, current.transfers),
    ...added('data-category', published.dataCategories, current.dataCategories),
  ];
  for (const [key, now] of Object.entries(current.retention)) {
    const before = published.retention[key];
    if (before === undefined || before.text === now.text) continue;
    const comparison = compareDurations(before.text, now.text);
    if (comparison === 'shorter') continue;
    changes.push({ kind: 'retention', text: `${now.label}: ${before.text} → ${now.text}`, retention: comparison === 'longer' ? 'longer' : 'changed' });
  }
  return changes;
}

/** Units of time in the four languages (words and their usual abbreviations), in days. */
const UNITS: Array<[RegExp, number]> = [
  // "година/години" are Bulgarian years, but also Ukrainian hours (one to four): the text does not say which, and they
  // are read as years. Ukrainian "годин" (five hours or more) is only ever hours.
  [/^(years?|yrs?|y|let[ao]?|leti|leto|г\.?|год\.?|годин[аи]|рік|роки|років|р\.?)$/i, 365],
  [/^(months?|mos?\.?|mesec(a|ev|i|e|u)?|mes\.?|месец(а|и)?|мес\.?|місяц(ь|я|і|ів)?|міс\.?)$/i, 30],
  [/^(weeks?|wks?|ted(en|na|ne|nov|nom)|седмиц(а|и)|тижн(ів|і|я)|тиждень)$/i, 7],
  [/^(days?|d|dan|dn(i|ev|a|eva)|ден|дни|дена|день|дні|днів|дня)$/i, 1],
  [/^(hours?|hrs?|h|ur[aei]?|час(а|ове)?|годин)$/i, 1 / 24],
];

/** The longest period a retention text names, in days; undefined when it names none. */
export function longestPeriodInDays(text: string): number | undefined {
  let longest: number | undefined;
  for (const match of text.matchAll(/(\d+(?:[.,]\d+)?)\s*([\p{L}]+\.?)/gu)) {
    const amount = Number((match[1] ?? '').replace(',', '.'));
    const unit = match[2] ?? '';
    // "5 г." is an abbreviation, "5 years." ends a sentence: try the word with its full stop, then without.
    const days = UNITS.find(([pattern]) => pattern.test(unit) || pattern.test(unit.replace(/\.$/, '')))?.[1];
    if (days !== undefined) longest = Math.max(longest ?? 0, amount * days);
  }
  return longest;
}

function compareDurations(before: string, after: string): 'longer' | 'shorter' | 'unknown' {
  const was = longestPeriodInDays(before);
  const is = longestPeriodInDays(after);
  if (was === undefined || is === undefined || was === is) return 'unknown';
  return is > was ? 'longer' : 'shorter';
}
