// Properties of the register checks over random registers: whatever the reader accepts, no rule throws, every finding
// is of a known rule and worded (message, hint, source) in all four languages, and the same register always gives the
// same findings. Registers come from the seeded generator, then are changed the way people change them: fields
// dropped, lists emptied, countries and tools picked at random (INT too), "None (confirmed)" where nothing is recorded,
// dates anywhere, sub-processor chains, records set to draft, active or retired.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegister, presentFindings, rawFindings } from '../../../../shared/checks/check-register.ts';
import { RULE_IDS, RULES } from '../../../../shared/checks/findings.ts';
import { registerView } from '../../../../shared/checks/register-view.ts';
import { findProcessorCycle, readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { isItemRecorded } from '../../../../shared/model/records.ts';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  CONFIRMABLE_ITEMS,
  LEGAL_BASES,
  PROCESSOR_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
  TRANSFER_MECHANISMS,
} from '../../../../shared/model/vocabulary.ts';
import { COUNTRY_CODES } from '../../../../shared/reference/countries.ts';
import { REPORT_LANGUAGES } from '../../../../shared/report/languages.ts';
import { generateRegister } from '../../../tools/generate-register.ts';

type Loose = Record<string, unknown>;

/** Texts that matter to the rules (placeholders, vague and precise limits, monitoring words, repealed clauses) and any other. */
const phrase = fc.oneof(
  fc.constantFrom(
    'TBD',
    '-',
    'n/a',
    '?',
    '…',
    'Не визначено',
    'н/п',
    'Še ni določeno',
    'As long as necessary',
    'Indefinitely',
    'Безстроково',
    'Безсрочно',
    'Trajno',
    'Toliko časa, kolikor je potrebno',
    '24 months after the last order',
    'до закінчення договору',
    '5 години след прекратяване',
    '5 let po prenehanju pogodbe',
    'CCTV at the entrance',
    'GPS tracking of vans',
    'Videonadzor',
    'SCCs (2010/87/EU)',
    'SCCs 2021/914',
    'Zendesk, Inc.',
    'ZENDESK INC',
  ),
  fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== ''),
);
/** A text of the register: plain, or in English with translations. */
const text: fc.Arbitrary<unknown> = fc.oneof(phrase, fc.record({ en: phrase, uk: phrase, sl: phrase }, { requiredKeys: ['en'] }));
const texts = fc.array(text, { maxLength: 3 });
const country = fc.constantFrom(...COUNTRY_CODES, 'UK');
const destination = fc.oneof(country, fc.constant('INT'), fc.constantFrom('US', 'GB', 'DE', 'IN', 'CH'));
const date = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const index = fc.nat({ max: 60 });

const ACTIVITY_OPTIONAL = [
  'description',
  'legalBases',
  'specialCategoryConditions',
  'sources',
  'recipients',
  'processorIds',
  'transfers',
  'retention',
  'securityMeasures',
  'automatedDecisions',
  'dpia',
  'confirmedNone',
  'owner',
  'lastReviewedOn',
  'nextReviewOn',
] as const;
const ACTIVITY_LISTS = [
  'purposes',
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'processorIds',
  'transfers',
  'securityMeasures',
  'legalBases',
  'specialCategoryConditions',
] as const;
const PROCESSOR_OPTIONAL = ['kind', 'parentId', 'service', 'country', 'dataLocations', 'dpa', 'dpfCertified', 'contact'] as const;
const ORGANISATION_OPTIONAL = ['address', 'email', 'phone', 'dpo', 'representative', 'securityMeasures', 'channels'] as const;

/** One change a person might make to the register. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('drop-activity-field' as const), at: index, field: fc.constantFrom(...ACTIVITY_OPTIONAL) }),
  fc.record({ kind: fc.constant('empty-activity-list' as const), at: index, field: fc.constantFrom(...ACTIVITY_LISTS) }),
  fc.record({
    kind: fc.constant('activity-texts' as const),
    at: index,
    field: fc.constantFrom('purposes', 'dataSubjects', 'sources', 'recipients', 'securityMeasures'),
    value: texts,
  }),
  fc.record({
    kind: fc.constant('activity-text' as const),
    at: index,
    field: fc.constantFrom('name', 'description', 'retention', 'automatedDecisions'),
    value: text,
  }),
  fc.record({
    kind: fc.constant('placeholder' as const),
    at: index,
    field: fc.constantFrom('purposes', 'dataSubjects', 'dataCategories', 'retention'),
    value: fc.constantFrom('TBD', '-', 'n/a', 'н/п'),
  }),
  fc.record({
    kind: fc.constant('categories' as const),
    at: index,
    value: fc.array(fc.record({ name: text, special: maybe(fc.boolean()), retention: maybe(text) }, { requiredKeys: ['name'] }), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('lawfulness' as const),
    at: index,
    bases: fc.array(fc.record({ basis: fc.constantFrom(...LEGAL_BASES), detail: maybe(text) }, { requiredKeys: ['basis'] }), { maxLength: 3 }),
    conditions: fc.subarray([...SPECIAL_CATEGORY_CONDITIONS], { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('status' as const), at: index, status: fc.constantFrom(...ACTIVITY_STATUSES), role: fc.constantFrom(...ACTIVITY_ROLES) }),
  fc.record({
    kind: fc.constant('transfers' as const),
    at: index,
    value: fc.array(
      fc.record({
        country: destination,
        mechanism: maybe(fc.constantFrom(...TRANSFER_MECHANISMS)),
        processor: maybe(index),
        recipient: maybe(text),
        safeguards: maybe(text),
      }),
      { maxLength: 3 },
    ),
  }),
  fc.record({ kind: fc.constant('uses' as const), at: index, processors: fc.array(index, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('confirm' as const), at: index, items: fc.subarray([...CONFIRMABLE_ITEMS]) }),
  fc.record({ kind: fc.constant('dates' as const), at: index, last: maybe(date), next: maybe(date) }),
  fc.record({
    kind: fc.constant('dpia' as const),
    at: index,
    value: maybe(
      fc.record(
        { required: fc.boolean(), reason: maybe(text), reference: maybe(fc.constant('DPIA-1')), completedOn: maybe(date) },
        { requiredKeys: ['required'] },
      ),
    ),
  }),
  fc.record({ kind: fc.constant('drop-processor-field' as const), at: index, field: fc.constantFrom(...PROCESSOR_OPTIONAL) }),
  fc.record({
    kind: fc.constant('processor-place' as const),
    at: index,
    country: maybe(country),
    locations: maybe(fc.array(country, { maxLength: 3 })),
    dpf: maybe(fc.boolean()),
    kind_: maybe(fc.constantFrom(...PROCESSOR_KINDS)),
  }),
  fc.record({ kind: fc.constant('processor-name' as const), at: index, name: text }),
  fc.record({ kind: fc.constant('parent' as const), at: index, parent: maybe(index) }),
  fc.record({
    kind: fc.constant('organisation' as const),
    at: index,
    country,
    drop: fc.subarray([...ORGANISATION_OPTIONAL]),
    dpo: maybe(fc.record({ name: maybe(phrase), email: maybe(fc.constantFrom('', ' ', 'dpo@x.test')) })),
    representative: maybe(fc.record({ name: phrase })),
    measures: maybe(texts),
  }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(items: readonly T[], at: number): T | undefined => (items.length === 0 ? undefined : items[at % items.length]);

/** The register with the changes made, then made whole again where a change left an active record incomplete. */
function changed(document: ExchangeDocument, changes: readonly Change[]): unknown {
  const copy = structuredClone(document) as unknown as { organisations: Loose[]; processors: Loose[]; activities: Loose[] };
  const { organisations, processors, activities } = copy;
  for (const step of changes) {
    const activity = pick(activities, step.at);
    const processor = pick(processors, step.at);
    switch (step.kind) {
      case 'drop-activity-field':
        if (activity !== undefined) delete activity[step.field];
        break;
      case 'empty-activity-list':
        if (activity !== undefined) activity[step.field] = [];
        break;
      case 'activity-texts':
      case 'activity-text':
        if (activity !== undefined) activity[step.field] = step.value;
        break;
      case 'placeholder':
        if (activity === undefined) break;
        activity[step.field] = step.field === 'retention' ? step.value : step.field === 'dataCategories' ? [{ name: step.value }] : [step.value];
        break;
      case 'categories':
        if (activity !== undefined) activity['dataCategories'] = step.value;
        break;
      case 'lawfulness':
        if (activity !== undefined) Object.assign(activity, { legalBases: step.bases, specialCategoryConditions: step.conditions });
        break;
      case 'status':
        if (activity !== undefined) Object.assign(activity, { status: step.status, role: step.role });
        break;
      case 'transfers':
        if (activity === undefined) break;
        activity['transfers'] = step.value.map((transfer) => {
          const by = transfer.processor === undefined ? undefined : pick(processors, transfer.processor);
          return {
            country: transfer.country,
            ...(by === undefined
              ? { recipient: transfer.recipient ?? 'Group company' }
              : { processorId: by['id'], ...(transfer.recipient === undefined ? {} : { recipient: transfer.recipient }) }),
            ...(transfer.mechanism === undefined ? {} : { mechanism: transfer.mechanism }),
            ...(transfer.safeguards === undefined ? {} : { safeguards: transfer.safeguards }),
          };
        });
        break;
      case 'uses':
        if (activity !== undefined) activity['processorIds'] = step.processors.flatMap((at) => pick(processors, at)?.['id'] ?? []);
        break;
      case 'confirm':
        if (activity !== undefined) activity['confirmedNone'] = step.items;
        break;
      case 'dates': {
        // The reader refuses a next review before the last one: such a pair is put in the order it accepts.
        const [last, next] = step.last !== undefined && step.next !== undefined && step.next < step.last ? [step.next, step.last] : [step.last, step.next];
        if (activity !== undefined) Object.assign(activity, { lastReviewedOn: last, nextReviewOn: next });
        break;
      }
      case 'dpia':
        if (activity !== undefined) activity['dpia'] = step.value;
        break;
      case 'drop-processor-field':
        if (processor !== undefined) delete processor[step.field];
        break;
      case 'processor-place':
        if (processor !== undefined)
          Object.assign(processor, { country: step.country, dataLocations: step.locations, dpfCertified: step.dpf, kind: step.kind_ });
        break;
      case 'processor-name':
        if (processor !== undefined) processor['name'] = step.name;
        break;
      case 'parent': {
        if (processor === undefined) break;
        const before = processor['parentId'];
        processor['parentId'] = step.parent === undefined ? null : pick(processors, step.parent)?.['id'];
        // A chain that loops back is refused by the reader: such a change is not made.
        if (findProcessorCycle(processors as Array<{ id: string; parentId?: string | null }>) !== undefined) processor['parentId'] = before;
        break;
      }
      case 'organisation': {
        const organisation = pick(organisations, step.at);
        if (organisation === undefined) break;
        for (const field of step.drop) delete organisation[field];
        Object.assign(organisation, { country: step.country, dpo: step.dpo, representative: step.representative, securityMeasures: step.measures });
        break;
      }
    }
  }
  for (const activity of activities) madeWhole(activity);
  return copy;
}

/** What the reader requires of a record that is not a draft, and "None (confirmed)" only where nothing is recorded. */
function madeWhole(activity: Loose): void {
  const empty = (field: string) => !Array.isArray(activity[field]) || (activity[field] as unknown[]).length === 0;
  if (activity['status'] !== 'draft') {
    if (empty('purposes')) activity['purposes'] = ['Purpose'];
    if (empty('dataSubjects')) activity['dataSubjects'] = ['Customers'];
    if (empty('dataCategories')) activity['dataCategories'] = [{ name: 'Contact details' }];
    if (activity['retention'] === undefined) activity['retention'] = '2 years';
    if (activity['role'] !== 'processor' && empty('legalBases')) activity['legalBases'] = [{ basis: 'contract' }];
    if (activity['role'] === 'joint-controller' && empty('jointControllers')) activity['jointControllers'] = [{ name: 'Partner SE' }];
    if (activity['role'] === 'processor' && empty('controllers')) activity['controllers'] = [{ name: 'Client Ltd' }];
  }
  for (const list of ['purposes', 'dataSubjects', 'dataCategories']) if (!Array.isArray(activity[list])) activity[list] = [];
  const confirmed = activity['confirmedNone'];
  if (Array.isArray(confirmed)) {
    activity['confirmedNone'] = [...new Set(confirmed as Array<(typeof CONFIRMABLE_ITEMS)[number]>)].filter(
      (item) => !isItemRecorded(activity as Parameters<typeof isItemRecorded>[0], item),
    );
  }
}

const registers = fc.record({
  seed: fc.integer(),
  activities: fc.integer({ min: 0, max: 24 }),
  processors: fc.integer({ min: 0, max: 10 }),
  organisations: fc.integer({ min: 1, max: 3 }),
  changes: fc.array(change, { maxLength: 30 }),
  today: date,
});

describe('the register checks, on any register the reader accepts', () => {
  it('never throw, find only known rules, word every finding in all four languages, and give the same findings every time', () => {
    fc.assert(
      fc.property(registers, ({ seed, activities, processors, organisations, changes, today }) => {
        const document = readExchangeDocument(changed(generateRegister({ activities, processors, organisations, seed }), changes));
        const view = registerView(document, 'en', today);
        const raw = rawFindings(view);
        for (const finding of raw) expect(RULE_IDS).toContain(finding.rule);
        for (const language of REPORT_LANGUAGES) {
          const findings = presentFindings(raw, view, { language });
          expect(findings).toHaveLength(raw.length);
          for (const finding of findings) {
            expect(finding.severity).toBe(RULES[finding.rule].severity);
            expect(finding.message.trim(), `${language} ${finding.rule} message`).not.toBe('');
            expect(finding.hint.trim(), `${language} ${finding.rule} hint`).not.toBe('');
            expect(finding.source.trim(), `${language} ${finding.rule} source`).not.toBe('');
            expect(finding.message).not.toMatch(/undefined|NaN|\[object /);
          }
        }
        const input = { content: document, defaultLanguage: 'en', today };
        const first = checkRegister(input, { language: 'en' });
        expect(checkRegister(structuredClone(input), { language: 'en' })).toEqual(first);
        expect(new Set(first.map((finding) => finding.key)).size).toBe(first.length);
      }),
      { numRuns: 120 },
    );
  });

  it('never throw on the generator’s own registers, small and large', () => {
    for (const [activities, seed] of [
      [0, 1],
      [1, 2],
      [10, 3],
      [60, 4],
      [250, 5],
    ] as const) {
      const document = generateRegister({ activities, seed });
      expect(() => checkRegister({ content: document, defaultLanguage: 'en', today: '2026-12-02' }, { language: 'uk' })).not.toThrow();
    }
  });
});
