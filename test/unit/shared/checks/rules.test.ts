// The rule table of the register checks as a whole: every rule has the severity the issue gives it and fires on a
// register built for it; a register that records everything properly gets no finding at all. Each rule's cases, where
// it fires and where it stays quiet, are in the files beside this one, one per group of rules.
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES, type RuleId, type Severity } from '../../../../shared/checks/findings.ts';
import {
  ACTIVITY,
  OTHER_ACTIVITY,
  PROCESSOR,
  SUB_PROCESSOR,
  activity,
  findingsOf,
  ofRule,
  organisation,
  processor,
  without,
  type RegisterParts,
} from './register-builder.ts';

/** The table: the severity of each rule. */
const SEVERITY_TABLE: Record<RuleId, Severity> = {
  'controller-contact-missing': 'error',
  'representative-missing': 'error',
  'representative-not-needed': 'warning',
  'dpo-contact-missing': 'warning',
  'purpose-missing': 'error',
  'legal-basis-missing': 'error',
  'subjects-missing': 'error',
  'data-categories-missing': 'error',
  'retention-missing': 'error',
  'special-condition-missing': 'error',
  'special-condition-without-special-data': 'warning',
  'legitimate-interest-unnamed': 'warning',
  'legal-obligation-law-unnamed': 'warning',
  'retention-vague': 'warning',
  'security-measures-missing': 'warning',
  'recipients-unstated': 'info',
  'transfers-unstated': 'info',
  'sources-unstated': 'info',
  'transfer-mechanism-missing': 'error',
  'transfer-mechanism-invalid': 'error',
  'transfer-adequacy-unfounded': 'error',
  'transfer-derogation-regular': 'warning',
  'transfer-dpf-uncertified': 'warning',
  'transfer-to-eea': 'info',
  'transfer-via-subprocessor-unrecorded': 'error',
  'recipient-country-missing': 'warning',
  'processor-contract-missing': 'error',
  'review-overdue': 'warning',
  'review-dates-inconsistent': 'warning',
  'review-date-missing': 'info',
  'dpia-unassessed': 'warning',
  'duplicate-record': 'info',
};

const oneActivity = (fields: Record<string, unknown>): RegisterParts => ({ activities: [activity(ACTIVITY, fields)] });
const transfer = (fields: Record<string, unknown>): RegisterParts =>
  oneActivity({ confirmedNone: undefined, transfers: [{ recipient: 'Group company', ...fields }] });

/**
 * For each rule, a register on which it fires. `legal-basis-missing` is left to completeness-rules.test.ts: the
 * reader refuses an active controller's record without a legal basis, so only the editor (`activityRules`) sees one.
 */
const FIRES_ON: Record<Exclude<RuleId, 'legal-basis-missing'>, RegisterParts> = {
  'controller-contact-missing': { organisations: [without(organisation(), 'address', 'email')] },
  'representative-missing': { organisations: [organisation({ country: 'US' })] },
  'representative-not-needed': { organisations: [organisation({ representative: { name: 'Rep GmbH' } })] },
  'dpo-contact-missing': { organisations: [organisation({ dpo: { name: 'Ana Novak' } })] },
  'purpose-missing': oneActivity({ purposes: ['TBD'] }),
  'subjects-missing': oneActivity({ dataSubjects: ['-'] }),
  'data-categories-missing': oneActivity({ dataCategories: [{ name: 'n/a' }] }),
  'retention-missing': oneActivity({ retention: 'TBD' }),
  'special-condition-missing': oneActivity({ dataCategories: [{ name: 'Health data', special: true }] }),
  'special-condition-without-special-data': oneActivity({ specialCategoryConditions: ['art9-2-b'] }),
  'legitimate-interest-unnamed': oneActivity({ legalBases: [{ basis: 'legitimate-interests' }] }),
  'legal-obligation-law-unnamed': oneActivity({ legalBases: [{ basis: 'legal-obligation' }] }),
  'retention-vague': oneActivity({ retention: 'As long as necessary' }),
  'security-measures-missing': { activities: [without(activity(ACTIVITY), 'securityMeasures')] },
  'recipients-unstated': { activities: [without(activity(ACTIVITY), 'recipients')] },
  'transfers-unstated': { activities: [without(activity(ACTIVITY), 'confirmedNone')] },
  'sources-unstated': { activities: [without(activity(ACTIVITY), 'sources')] },
  'transfer-mechanism-missing': transfer({ country: 'IN' }),
  'transfer-mechanism-invalid': transfer({ country: 'US', mechanism: 'privacy-shield' }),
  'transfer-adequacy-unfounded': transfer({ country: 'IN', mechanism: 'adequacy' }),
  'transfer-derogation-regular': transfer({ country: 'IN', mechanism: 'derogation' }),
  'transfer-dpf-uncertified': transfer({ country: 'US', mechanism: 'dpf' }),
  'transfer-to-eea': transfer({ country: 'DE' }),
  'transfer-via-subprocessor-unrecorded': {
    processors: [processor(PROCESSOR), processor(SUB_PROCESSOR, { parentId: PROCESSOR, country: 'US' })],
    activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })],
  },
  'recipient-country-missing': { processors: [without(processor(PROCESSOR), 'country')] },
  'processor-contract-missing': { processors: [without(processor(PROCESSOR), 'dpa')], activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })] },
  'review-overdue': oneActivity({ nextReviewOn: '2026-12-01' }),
  // The reader refuses these dates now; a register saved before that may still hold them.
  'review-dates-inconsistent': { keptFromBefore: { [ACTIVITY]: { lastReviewedOn: '2026-06-01', nextReviewOn: '2026-05-31' } } },
  'review-date-missing': { activities: [without(activity(ACTIVITY), 'nextReviewOn')] },
  'dpia-unassessed': oneActivity({ purposes: ['CCTV'] }),
  'duplicate-record': { activities: [activity(ACTIVITY, { name: 'Payroll' }), activity(OTHER_ACTIVITY, { name: 'PAYROLL.' })] },
};

describe('the rule table', () => {
  it('has the rules and severities of the issue, no more and no fewer', () => {
    expect(RULE_IDS).toEqual(Object.keys(SEVERITY_TABLE));
    for (const rule of RULE_IDS) expect([rule, RULES[rule].severity]).toEqual([rule, SEVERITY_TABLE[rule]]);
  });

  it('dates with the transfer reference exactly the findings that judged with it', () => {
    const dated = RULE_IDS.filter((rule) => 'usesReference' in RULES[rule]);
    expect(dated).toEqual([
      'representative-missing',
      'representative-not-needed',
      'transfer-mechanism-missing',
      'transfer-mechanism-invalid',
      'transfer-adequacy-unfounded',
      'transfer-dpf-uncertified',
      'transfer-to-eea',
      'transfer-via-subprocessor-unrecorded',
    ]);
  });
});

describe('a register that records everything properly', () => {
  it('gets no finding at all', () => {
    const processors = [
      processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'IE', dataLocations: ['IE', 'DE'] }),
      processor(SUB_PROCESSOR, { name: 'AWS', parentId: PROCESSOR, country: 'US', dpfCertified: true }),
    ];
    const activities = [
      activity(ACTIVITY, { processorIds: [PROCESSOR] }),
      activity(OTHER_ACTIVITY, {
        confirmedNone: undefined,
        transfers: [{ country: 'IN', recipient: 'Group company', mechanism: 'scc', safeguards: 'SCCs 2021/914, module 1' }],
      }),
    ];
    expect(findingsOf({ organisations: [organisation({ dpo: { name: 'Ana Novak', email: 'dpo@acme.test' } })], processors, activities })).toEqual([]);
  });
});

describe('each rule', () => {
  it.each(Object.entries(FIRES_ON) as Array<[RuleId, RegisterParts]>)(
    '%s fires on the register built for it, with its severity, worded and sourced',
    (rule, parts) => {
      const found = ofRule(findingsOf(parts), rule);
      expect(found.length).toBeGreaterThan(0);
      for (const finding of found) {
        expect(finding.severity).toBe(SEVERITY_TABLE[rule]);
        expect(finding.message).not.toBe('');
        expect(finding.hint).not.toBe('');
        expect(finding.source).toMatch(/GDPR|Decision|EDPB/);
        expect(finding.record.name).not.toBe('');
        expect(finding.key.startsWith(`${rule}|${finding.record.type}|${finding.record.id}|`)).toBe(true);
        expect(finding.asOf).toBe('usesReference' in RULES[rule] ? '2026-11-15' : undefined);
      }
    },
  );

  it('fires on its register alone, apart from what that register necessarily implies', () => {
    // Special-category data raise the DPIA question too, and a "transfer" inside the EEA states no transfer.
    const implied: Partial<Record<RuleId, RuleId[]>> = { 'special-condition-missing': ['dpia-unassessed'], 'transfer-to-eea': ['transfers-unstated'] };
    for (const [rule, parts] of Object.entries(FIRES_ON) as Array<[RuleId, RegisterParts]>) {
      const others = [...new Set(findingsOf(parts).map((finding) => finding.rule))].filter((other) => other !== rule);
      expect({ rule, others }).toEqual({ rule, others: implied[rule] ?? [] });
    }
  });
});

describe('the findings', () => {
  it('come errors first, then warnings, then notes', () => {
    const findings = findingsOf({
      organisations: [organisation({ dpo: { name: 'Ana Novak' } })],
      activities: [activity(ACTIVITY, { confirmedNone: undefined, retention: 'Indefinitely', purposes: ['TBD'] })],
    });
    expect(findings.map((finding) => finding.rule)).toEqual(['purpose-missing', 'dpo-contact-missing', 'retention-vague', 'transfers-unstated']);
  });
});
