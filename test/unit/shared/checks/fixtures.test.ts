// The two real registers, checked on 2 December 2026: exactly the findings a DPO reading them would list, each group
// with the reason it is there. A finding added or lost here is a change in what the DPO is told.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, RuleId, Severity } from '../../../../shared/checks/findings.ts';
import { parseExchangeText } from '../../../../shared/exchange/read.ts';
import { fixturePath } from '../../../support/fixtures.ts';
import { check, ofRule } from './register-builder.ts';

type Expected = [rule: RuleId, record: string, field: string];

function findingsOfFixture(name: string): Finding[] {
  return check(parseExchangeText(readFileSync(fixturePath(name), 'utf8')), { today: '2026-12-02' });
}

/** The findings of one severity as (rule, record name, field), sorted, to compare with the expected list. */
function tuples(findings: readonly Finding[], severity: Severity): string[] {
  return findings
    .filter((finding) => finding.severity === severity)
    .map((finding) => [finding.rule, finding.record.name, finding.field ?? ''].join(' | '))
    .sort();
}
const sorted = (expected: readonly Expected[]) => expected.map((tuple) => tuple.join(' | ')).sort();
const onEach = (rule: RuleId, records: readonly string[], field: string): Expected[] => records.map((record) => [rule, record, field]);

describe('BY THE WAY (Ukraine), in English', () => {
  const findings = findingsOfFixture('bytheway-en');
  const ACTIVITIES = [
    'Personal Account',
    'Payments for services',
    'Advertisements',
    "Comments on the Administrator's publications",
    'Platform support',
    'Commercial (marketing) mailings',
    'Cookies and automated processing of interaction data',
    'Legal compliance and prevention of illegal actions',
    'Requests from Users exercising their rights',
  ];
  const WITHOUT_RECIPIENTS = ACTIVITIES.filter(
    (name) => !['Advertisements', "Comments on the Administrator's publications", 'Legal compliance and prevention of illegal actions'].includes(name),
  );

  it('has these errors', () => {
    expect(tuples(findings, 'error')).toEqual(
      sorted([
        // BY THE WAY is a Ukrainian company: no Art. 27 representative is recorded.
        ['representative-missing', 'BY THE WAY Limited Liability Company', 'representative.name'],
        // DigitalOcean LLC processes the users' data for every activity, and no data processing agreement is recorded.
        ['processor-contract-missing', 'DigitalOcean LLC', 'dpa'],
        // DigitalOcean LLC is established in the US and has no DPF certification: every activity using it sends data to
        // the US without a recorded transfer (each records only the server in Germany).
        ...onEach('transfer-via-subprocessor-unrecorded', ACTIVITIES, 'transfers'),
      ]),
    );
  });

  it('has these warnings', () => {
    expect(tuples(findings, 'warning')).toEqual(
      sorted([
        // The technical support provider's country is not stated in the policy.
        ['recipient-country-missing', 'Technical (software) support provider', 'country'],
        // Cookies and interaction data are used for profiling (recorded as automated decisions), and no DPIA answer is recorded.
        ['dpia-unassessed', 'Cookies and automated processing of interaction data', 'dpia'],
        // "Beyond the periods of the other activities only if required by law…" and "Not stated in the policy." set no limit.
        ['retention-vague', 'Legal compliance and prevention of illegal actions', 'retention'],
        ['retention-vague', 'Requests from Users exercising their rights', 'retention'],
      ]),
    );
  });

  it('has these notes', () => {
    expect(tuples(findings, 'info')).toEqual(
      sorted([
        // Six activities name no recipients besides the processors, and none is confirmed as having none.
        ...onEach('recipients-unstated', WITHOUT_RECIPIENTS, 'recipients'),
        // The only "transfer" each activity records is to the server in Germany, which is none. (That no transfer is
        // stated goes without a note of its own: the error about DigitalOcean's US transfer says more.)
        ...onEach('transfer-to-eea', ACTIVITIES, 'transfers[0].country'),
        // The policy never says where the data come from, nor that they come from the user.
        ...onEach('sources-unstated', ACTIVITIES, 'sources'),
        // No activity has a next review date.
        ...onEach('review-date-missing', ACTIVITIES, 'nextReviewOn'),
      ]),
    );
  });

  it('says why DigitalOcean’s data reach the US, on the activity', () => {
    const [first] = ofRule(findings, 'transfer-via-subprocessor-unrecorded');
    expect(first?.record.type).toBe('activity');
    expect(first?.message).toContain(
      '“DigitalOcean LLC” is established in, or keeps the data in, a country whose adequacy decision covers only certified recipients (United States), is not marked as certified under the Data Privacy Framework',
    );
  });

  it('finds nothing to say about the legal bases, the data categories, the security measures or the controller’s contact', () => {
    const quiet: RuleId[] = [
      'legal-basis-missing',
      'legitimate-interest-unnamed',
      'legal-obligation-law-unnamed',
      'special-condition-missing',
      'security-measures-missing',
      'controller-contact-missing',
    ];
    for (const rule of quiet) expect(ofRule(findings, rule), rule).toEqual([]);
  });
});

describe('BTC, d.d. (Slovenia), in Slovenian', () => {
  const findings = findingsOfFixture('btc-sl');
  const CHATBOT = 'BTC ChatBot in spletni produkti';
  const ANALYSIS = 'Analiza vedenja uporabnikov in notranja poročila';
  const MAILINGS = 'Pošiljanje sporočil in marketinškega materiala';
  const ADS = 'Personalizirani oglasi';
  const DISCLOSURE = 'Razkritje podatkov na podlagi zakonske zahteve';
  const ACTIVITIES = [CHATBOT, ANALYSIS, MAILINGS, ADS, DISCLOSURE];
  const PROCESSORS = [
    'Zunanji ponudnik tehnoloških rešitev za obdelavo in shranjevanje podatkov',
    'Ponudnik e-poštnih storitev',
    'Ponudnik bančnih storitev',
    'Ponudnik storitev analize podatkov',
    'Ponudnik storitev poslovne inteligence',
  ];

  it('has these errors', () => {
    expect(tuples(findings, 'error')).toEqual(
      sorted([
        // The organisation record gives neither address nor e-mail nor phone.
        ['controller-contact-missing', 'BTC, d.d.', 'address'],
        // None of the five processors, all used by active activities, has an Art. 28 contract recorded.
        ...onEach('processor-contract-missing', PROCESSORS, 'dpa'),
      ]),
    );
  });

  it('has these warnings', () => {
    expect(tuples(findings, 'warning')).toEqual(
      sorted([
        // The policy names the processors only by service: where they are is unknown.
        ...onEach('recipient-country-missing', PROCESSORS, 'country'),
        // "Rok hrambe v politiki ni določen" (the policy sets no time limit) on every activity.
        ...onEach('retention-vague', ACTIVITIES, 'retention'),
        // Personalised ads are profiling (recorded as automated decisions), and no DPIA answer is recorded.
        ['dpia-unassessed', ADS, 'dpia'],
      ]),
    );
  });

  it('has these notes', () => {
    expect(tuples(findings, 'info')).toEqual(
      sorted([
        // No activity records or rules out a transfer (the policy says third parties may be outside the EU).
        ...onEach('transfers-unstated', ACTIVITIES, 'transfers'),
        // Recipients are stated for the chatbot, the ads and the disclosure, not for the analysis or the mailings.
        ...onEach('recipients-unstated', [ANALYSIS, MAILINGS], 'recipients'),
        // Only the chatbot names a source (Facebook).
        ...onEach('sources-unstated', [ANALYSIS, MAILINGS, ADS, DISCLOSURE], 'sources'),
        // No activity has a next review date.
        ...onEach('review-date-missing', ACTIVITIES, 'nextReviewOn'),
      ]),
    );
  });

  it('asks for no representative and derives no transfer: BTC is in Slovenia and no processor has a country', () => {
    for (const rule of ['representative-missing', 'representative-not-needed', 'transfer-via-subprocessor-unrecorded'] as const)
      expect(ofRule(findings, rule), rule).toEqual([]);
  });

  it('is worded in Slovenian when asked, with the same findings', () => {
    const slovenian = check(parseExchangeText(readFileSync(fixturePath('btc-sl'), 'utf8')), { today: '2026-12-02', language: 'sl' });
    expect(slovenian.map((finding) => finding.key)).toEqual(findings.map((finding) => finding.key));
    expect(slovenian.every((finding) => finding.message !== '' && finding.hint !== '' && finding.source !== '')).toBe(true);
  });
});
