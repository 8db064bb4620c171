// Every rule is worded in each of the four languages: a message, a hint and a legal source, for every variant of its
// values, and the Ukrainian, Bulgarian and Slovenian words are translations, not the English left in place.
import { describe, expect, it } from 'vitest';
import { findingFormat } from '../../../../shared/checks/check-register.ts';
import { RULE_IDS, type RuleId, type RuleParams } from '../../../../shared/checks/findings.ts';
import { findingCatalogue, type FindingCatalogue, type FindingFormat } from '../../../../shared/checks/messages/index.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../../shared/report/languages.ts';

/** The values each rule's message is made from, one sample per variant of its wording. */
const SAMPLES: { [Rule in RuleId]: Array<RuleParams[Rule]> } = {
  'controller-contact-missing': [{}],
  'representative-missing': [{ country: 'UA' }],
  'representative-not-needed': [{ country: 'SI' }],
  'dpo-contact-missing': [{ dpo: 'Ana Novak' }],
  'purpose-missing': [{}, { placeholder: 'TBD' }],
  'legal-basis-missing': [{}],
  'subjects-missing': [{}, { placeholder: '-' }],
  'data-categories-missing': [{}, { placeholder: 'n/a' }],
  'retention-missing': [{}, { placeholder: 'TBD' }],
  'special-condition-missing': [{ categories: ['Health data'] }, { categories: ['Health data', 'Criminal records', 'Trade union membership'] }],
  'special-condition-without-special-data': [{ conditions: ['art9-2-a'] }, { conditions: ['art9-2-b', 'art9-2-h', 'art10'] }, { conditions: ['art10'] }],
  'legitimate-interest-unnamed': [{ position: 2 }],
  'legal-obligation-law-unnamed': [
    { position: 1, basis: 'legal-obligation' },
    { position: 3, basis: 'public-task' },
  ],
  'retention-vague': [{ text: 'As long as necessary' }, { text: 'Indefinitely', category: 'Purchase history' }],
  'security-measures-missing': [{}],
  'recipients-unstated': [{}],
  'transfers-unstated': [{}],
  'sources-unstated': [{}],
  'transfer-mechanism-missing': [
    { country: 'IN', position: 1, recipient: 'Group company' },
    { country: 'INT', position: 2, recipient: '' },
    { country: 'IN', position: 3, recipient: '' },
  ],
  'transfer-mechanism-invalid': [
    { country: 'US', position: 1, recipient: 'Mailer Inc.', problem: 'privacy-shield' },
    { country: 'IN', position: 2, recipient: 'Group company', problem: 'repealed-scc', decision: '2010/87/EU' },
    { country: 'IN', position: 2, recipient: 'Group company', problem: 'repealed-scc', decision: '2001/497/EC' },
    { country: 'CH', position: 3, recipient: '', problem: 'dpf-outside-us' },
  ],
  'transfer-adequacy-unfounded': [
    { country: 'IN', position: 1, recipient: 'Group company' },
    { country: 'US', position: 2, recipient: 'Zendesk, Inc.' },
  ],
  'transfer-derogation-regular': [{ country: 'BR', position: 1, recipient: 'Partner Ltda' }],
  'transfer-dpf-uncertified': [{ country: 'US', position: 1, recipient: 'Zendesk, Inc.' }],
  'transfer-to-eea': [{ country: 'DE', position: 1, recipient: 'Hosting GmbH' }],
  'transfer-via-subprocessor-unrecorded': [
    { processor: 'DigitalOcean LLC', country: 'US', chain: [] },
    { processor: 'AWS', country: 'US', chain: ['Zendesk, Inc.'] },
  ],
  'recipient-country-missing': [{ kind: 'processor' }, { kind: 'independent-controller' }, { kind: 'processor', parent: 'Zendesk, Inc.' }],
  'processor-contract-missing': [{ activities: ['Payroll'] }, { activities: ['Payroll', 'Recruitment', 'Newsletter', 'CCTV', 'Orders'] }],
  'review-overdue': [{ date: '2026-11-01' }],
  'review-dates-inconsistent': [{ next: '2026-05-01', last: '2026-06-01' }],
  'review-date-missing': [{}],
  'dpia-unassessed': [
    { triggers: ['special'] },
    { triggers: ['automated'] },
    { triggers: ['monitoring'], term: 'cctv' },
    { triggers: ['special', 'automated', 'monitoring'], term: 'gps' },
  ],
  'duplicate-record': [{ others: ['Zendesk, Inc.'] }, { others: ['CCTV', 'C.C.T.V.'] }],
};

type Worded = { message: string; hint: string; source: string };

function worded<Rule extends RuleId>(catalogue: FindingCatalogue, format: FindingFormat, rule: Rule, params: RuleParams[Rule]): Worded {
  const text = catalogue[rule] as unknown as {
    message(params: unknown, format: FindingFormat): string;
    hint(params: unknown, format: FindingFormat): string;
    source: string | ((params: unknown) => string);
  };
  return {
    message: text.message(params, format),
    hint: text.hint(params, format),
    source: typeof text.source === 'string' ? text.source : text.source(params),
  };
}

function wordedIn(language: ReportLanguage) {
  const catalogue = findingCatalogue(language);
  const format = findingFormat(language, catalogue);
  return <Rule extends RuleId>(rule: Rule, params: RuleParams[Rule]) => worded(catalogue, format, rule, params);
}

const cases = RULE_IDS.flatMap((rule) => (SAMPLES[rule] as Array<RuleParams[RuleId]>).map((params, variant) => ({ rule, params, variant: variant + 1 })));
const TRANSLATIONS = REPORT_LANGUAGES.filter((language) => language !== 'en');

describe('the wording of the findings', () => {
  it('has a sample of every rule', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...RULE_IDS].sort());
  });

  describe.each(REPORT_LANGUAGES)('in %s', (language) => {
    const say = wordedIn(language);
    it.each(cases)('gives $rule (variant $variant) a message, a hint and a source', ({ rule, params }) => {
      const { message, hint, source } = say(rule, params);
      expect(message.trim()).not.toBe('');
      expect(hint.trim()).not.toBe('');
      expect(source.trim()).not.toBe('');
      expect(`${message} ${hint} ${source}`).not.toMatch(/undefined|NaN|\[object /);
    });
  });

  describe.each(TRANSLATIONS)('in %s', (language) => {
    const say = wordedIn(language);
    const english = wordedIn('en');
    it.each(cases)('translates $rule (variant $variant) rather than repeating the English', ({ rule, params }) => {
      const translated = say(rule, params);
      const original = english(rule, params);
      expect(translated.message).not.toBe(original.message);
      expect(translated.hint).not.toBe(original.hint);
      expect(translated.source).not.toBe(original.source);
    });

    it('translates the words around the findings as well', () => {
      const catalogue = findingCatalogue(language);
      const en = findingCatalogue('en');
      expect(catalogue.referenceDate('15 November 2026')).not.toBe(en.referenceDate('15 November 2026'));
      expect(catalogue.accepted('Ana', '30 November 2026', 'reason')).not.toBe(en.accepted('Ana', '30 November 2026', 'reason'));
      expect(catalogue.severity).not.toEqual(en.severity);
      expect(catalogue.internationalOrganisation).not.toBe(en.internationalOrganisation);
    });
  });

  it('names countries and dates in the reader’s language', () => {
    const en = wordedIn('en')('review-overdue', { date: '2026-11-01' });
    const uk = wordedIn('uk')('review-overdue', { date: '2026-11-01' });
    expect(en.message).toContain('1 November 2026');
    expect(uk.message).not.toContain('November');
    expect(wordedIn('sl')('representative-missing', { country: 'UA' }).message).toContain('Ukrajina');
  });
});
