// Cases a review of the rules found wrong for a DPO, each kept here as behaviour: a word that only looks like a time
// limit, a processor named by its name, an acceptance that belongs to one transfer, duplicates per organisation.
import { describe, expect, it } from 'vitest';
import { checkActivityRecord } from '../../../../shared/checks/check-record.ts';
import { isVagueRetention } from '../../../../shared/checks/rules/retention-terms.ts';
import {
  ACTIVITY,
  OTHER_ACTIVITY,
  OTHER_PROCESSOR,
  PROCESSOR,
  activity,
  check,
  expectQuiet,
  findingsOf,
  ofRule,
  organisation,
  processor,
  register,
} from './register-builder.ts';

describe('a retention text', () => {
  it('is vague when a short word only looks like an event ("according to the law", "until further notice")', () => {
    for (const text of [
      'Безстроково відповідно до законодавства',
      'Постійно, відповідно до закону',
      'Trajno, po zakonu o arhivih',
      'Безсрочно, до второ нареждане',
      'Trajno (Uradni list RS, št. 30/06)',
      'Until further notice',
      'Indefinitely, following our archiving policy',
    ]) {
      expect(isVagueRetention(text), text).toBe(true);
    }
  });

  it('is clear when it ties the end to an event in plain words', () => {
    for (const text of [
      'As long as the account is open',
      'For as long as the customer relationship lasts',
      'do izteka pogodbe',
      'до закінчення договору',
      '10 ur',
    ]) {
      expect(isVagueRetention(text), text).toBe(false);
    }
  });
});

describe('a transfer that names its processor only as recipient', () => {
  it('is judged with that processor’s DPF certification', () => {
    const findings = findingsOf({
      processors: [processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'US', dpfCertified: true })],
      activities: [
        activity(ACTIVITY, { processorIds: [PROCESSOR], confirmedNone: undefined, transfers: [{ country: 'US', recipient: 'Zendesk Inc', mechanism: 'dpf' }] }),
      ],
    });
    expectQuiet(findings, 'transfer-dpf-uncertified');
    expectQuiet(findings, 'transfer-via-subprocessor-unrecorded');
  });
});

describe('standard contractual clauses', () => {
  it('are not the repealed ones when the safeguards name the 2021 clauses that replaced them', () => {
    const findings = findingsOf({
      activities: [
        activity(ACTIVITY, {
          confirmedNone: undefined,
          transfers: [
            {
              country: 'IN',
              recipient: 'Support centre',
              mechanism: 'scc',
              safeguards: 'SCCs of Implementing Decision (EU) 2021/914, which replaced Decision 2010/87/EU',
            },
          ],
        }),
      ],
    });
    expectQuiet(findings, 'transfer-mechanism-invalid');
  });
});

describe('an acceptance', () => {
  it('stays with its transfer when an earlier transfer is removed', () => {
    const transfers = [
      { country: 'IN', recipient: 'Support centre', mechanism: 'derogation' },
      { country: 'BR', recipient: 'Call centre', mechanism: 'derogation' },
    ];
    const before = check(register({ activities: [activity(ACTIVITY, { confirmedNone: undefined, transfers })] }));
    const brazil = ofRule(before, 'transfer-derogation-regular').find((finding) => finding.message.includes('Call centre'));
    if (brazil === undefined) throw new Error('no finding for Brazil');
    const india = ofRule(before, 'transfer-derogation-regular').find((finding) => finding.message.includes('Support centre'));
    if (india === undefined) throw new Error('no finding for India');
    const acceptances = [{ key: india.key, basis: india.basis ?? '', reason: 'Occasional', by: 'dpo', at: '2026-12-01T10:00:00Z' }];

    const after = check(register({ activities: [activity(ACTIVITY, { confirmedNone: undefined, transfers: transfers.slice(1) })] }), { acceptances });
    const [remaining] = ofRule(after, 'transfer-derogation-regular');
    expect(remaining?.key).toBe(brazil.key);
    expect(remaining?.accepted).toBeUndefined();
    expect(remaining?.lapsedAcceptance).toBeUndefined();
  });

  it('of "transfers unstated" holds when another item is confirmed as none', () => {
    const base = activity(ACTIVITY, { confirmedNone: undefined });
    const [finding] = ofRule(findingsOf({ activities: [base] }), 'transfers-unstated');
    if (finding === undefined) throw new Error('no finding');
    const acceptances = [{ key: finding.key, basis: finding.basis ?? '', reason: 'Checked by IT', by: 'dpo', at: '2026-12-01T10:00:00Z' }];
    const [again] = ofRule(findingsOf({ activities: [{ ...base, sources: undefined, confirmedNone: ['sources'] }] }, { acceptances }), 'transfers-unstated');
    expect(again?.accepted?.reason).toBe('Checked by IT');
  });
});

describe('duplicate activities', () => {
  it('are looked for within one organisation: each company of a group has its own payroll', () => {
    const other = '00000000-0000-4000-8000-00000000000b';
    const findings = findingsOf({
      organisations: [organisation(), organisation({ id: other, name: 'Acme Hrvatska d.o.o.', country: 'HR' })],
      activities: [activity(ACTIVITY, { name: 'Payroll' }), activity(OTHER_ACTIVITY, { name: 'Payroll', organisationId: other })],
    });
    expectQuiet(findings, 'duplicate-record');
  });
});

describe('messages', () => {
  it('quote the register’s own language, not the first translation in the file', () => {
    const findings = findingsOf({
      activities: [activity(ACTIVITY, { dataCategories: [{ name: { sl: 'Zdravstveni podatki', en: 'Health data' }, special: true }] })],
    });
    expect(ofRule(findings, 'special-condition-missing')[0]?.message).toContain('“Health data”');
  });
});

describe('a DPIA recorded as not required', () => {
  it('still asks why, until the reason is given', () => {
    const notRequired = (dpia: Record<string, unknown>) =>
      ofRule(findingsOf({ activities: [activity(ACTIVITY, { automatedDecisions: 'Credit scoring', dpia })] }), 'dpia-unassessed');
    expect(notRequired({ required: false })[0]?.message).toContain('it is recorded that no DPIA is required, but not why');
    expect(notRequired({ required: false, reason: 'Small scale, no legal effects' })).toEqual([]);
  });
});

describe('an onward transfer', () => {
  it('from a DPF-certified US processor to its US sub-processor is no unrecorded transfer: the DPF’s own rules cover it', () => {
    const findings = findingsOf({
      processors: [
        processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'US', dpfCertified: true }),
        processor(OTHER_PROCESSOR, { name: 'AWS', country: 'US', parentId: PROCESSOR }),
      ],
      activities: [activity(ACTIVITY, { processorIds: [PROCESSOR], confirmedNone: undefined })],
    });
    expectQuiet(findings, 'transfer-via-subprocessor-unrecorded');
  });

  it('from a processor in the EEA to its US sub-processor is one the activity must record', () => {
    const findings = findingsOf({
      processors: [
        processor(PROCESSOR, { name: 'Zendesk Ireland', country: 'IE' }),
        processor(OTHER_PROCESSOR, { name: 'AWS', country: 'US', parentId: PROCESSOR }),
      ],
      activities: [activity(ACTIVITY, { processorIds: [PROCESSOR], confirmedNone: undefined })],
    });
    expect(ofRule(findings, 'transfer-via-subprocessor-unrecorded')).toHaveLength(1);
  });
});

describe('"no transfer stated"', () => {
  it('is not said of an activity whose processor keeps the data in a country with adequacy: that transfer is shown', () => {
    const findings = findingsOf({
      processors: [processor(PROCESSOR, { name: 'Swiss Hosting AG', country: 'CH' })],
      activities: [activity(ACTIVITY, { processorIds: [PROCESSOR], confirmedNone: undefined })],
    });
    expectQuiet(findings, 'transfers-unstated');
    expectQuiet(findings, 'transfer-via-subprocessor-unrecorded');
  });
});

describe('the editor’s checks of a retired activity', () => {
  it('find nothing, as the register’s do not check it', () => {
    const document = register({ activities: [activity(ACTIVITY, { status: 'retired', securityMeasures: undefined, confirmedNone: undefined })] });
    const [retired] = document.activities;
    if (retired === undefined) throw new Error('no activity');
    const context = { organisations: document.organisations, processors: document.processors, activities: [], defaultLanguage: 'en', today: '2026-12-02' };
    expect(checkActivityRecord(retired, context, { language: 'en' })).toEqual([]);
    expect(checkActivityRecord({ ...retired, status: 'active' }, context, { language: 'en' }).map((finding) => finding.rule)).toContain(
      'security-measures-missing',
    );
  });
});
