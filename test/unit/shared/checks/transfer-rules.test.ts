// Chapter V: each transfer the record names rests on a valid tool where there is no adequacy decision, and every place
// outside the EEA where a processor or sub-processor of the activity keeps the data is recorded as a transfer.
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY,
  OTHER_ACTIVITY,
  OTHER_PROCESSOR,
  PROCESSOR,
  SUB_PROCESSOR,
  SUB_SUB_PROCESSOR,
  THIRD_ACTIVITY,
  activity,
  expectFound,
  expectQuiet,
  findingsOf,
  ofRule,
  processor,
  type Fields,
} from './register-builder.ts';

const onTheActivity = (field: string) => [{ type: 'activity' as const, id: ACTIVITY, field }];

/** The findings on an activity whose transfers are `transfers`, with `processors` in the register. */
function withTransfers(transfers: Fields[], processors: Fields[] = [], fields: Fields = {}) {
  const processorIds = processors.map((record) => record['id']);
  return findingsOf({
    processors,
    activities: [activity(ACTIVITY, { confirmedNone: undefined, transfers, ...(processorIds.length > 0 ? { processorIds } : {}), ...fields })],
  });
}

const certifiedUs = processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'US', dpfCertified: true });
const uncertifiedUs = processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'US' });

describe('transfer-mechanism-missing', () => {
  it('fires for a transfer to a country without adequacy that names no tool', () => {
    const [finding] = expectFound(
      withTransfers([{ country: 'IN', recipient: 'Group company' }]),
      'transfer-mechanism-missing',
      onTheActivity('transfers[0].mechanism'),
    );
    expect(finding?.message).toBe('Transfer 1 (Group company, India) has no transfer tool, and there is no adequacy decision for it.');
    expect(finding?.asOf).toBe('2026-11-15');
  });

  it('fires for an international organisation (INT), for which there is no adequacy decision', () => {
    const [finding] = expectFound(
      withTransfers([{ country: 'INT', recipient: 'UNHCR' }]),
      'transfer-mechanism-missing',
      onTheActivity('transfers[0].mechanism'),
    );
    expect(finding?.message).toBe('Transfer 1 (UNHCR, an international organisation) has no transfer tool, and there is no adequacy decision for it.');
  });

  it('fires for a US recipient that is not DPF-certified', () => {
    expectFound(
      withTransfers([{ country: 'US', processorId: PROCESSOR }], [uncertifiedUs]),
      'transfer-mechanism-missing',
      onTheActivity('transfers[0].mechanism'),
    );
  });

  it('names the recipient by its processor when the transfer gives only the processor', () => {
    const findings = withTransfers(
      [
        { country: 'GB', recipient: 'Group Ltd' },
        { country: 'IN', processorId: OTHER_PROCESSOR },
      ],
      [processor(OTHER_PROCESSOR, { name: 'Bangalore Support Pvt Ltd', country: 'IN' })],
    );
    const [finding] = expectFound(findings, 'transfer-mechanism-missing', onTheActivity('transfers[1].mechanism'));
    expect(finding?.message).toBe('Transfer 2 (Bangalore Support Pvt Ltd, India) has no transfer tool, and there is no adequacy decision for it.');
  });

  it.each(['GB', 'CH', 'JP', 'KR', 'BR'])('stays quiet for a country with an adequacy decision (%s)', (country) => {
    expectQuiet(withTransfers([{ country, recipient: 'Group company' }]), 'transfer-mechanism-missing');
  });

  it('stays quiet for a DPF-certified US processor: the DPF decision makes it adequate', () => {
    const findings = withTransfers([{ country: 'US', processorId: PROCESSOR }], [certifiedUs]);
    expectQuiet(findings, 'transfer-mechanism-missing');
    expect(findings.filter((finding) => finding.rule.startsWith('transfer'))).toEqual([]);
  });

  it('stays quiet when a tool is named', () => {
    expectQuiet(withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'bcr' }]), 'transfer-mechanism-missing');
  });
});

describe('transfer-mechanism-invalid', () => {
  it('fires for the Privacy Shield, invalid since 16 July 2020', () => {
    const [finding] = expectFound(
      withTransfers([{ country: 'US', recipient: 'Mailer Inc.', mechanism: 'privacy-shield' }]),
      'transfer-mechanism-invalid',
      onTheActivity('transfers[0].mechanism'),
    );
    expect(finding?.message).toBe('Transfer 1 (Mailer Inc., United States) relies on the EU–US Privacy Shield, invalid since 16 July 2020.');
    expect(finding?.source).toBe('Art. 44 and 45 GDPR; CJEU C-311/18 (Schrems II)');
  });

  it.each([
    ['Standard contractual clauses (Decision 2010/87/EU)', '2010/87/EU'],
    ['SCC set II, 2004/915/EC', '2004/915/EC'],
    ['Clauses of Commission Decision 2001/497/EC', '2001/497/EC'],
  ])('fires for clauses repealed in 2021: “%s”', (safeguards, decision) => {
    const findings = withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'scc', safeguards }]);
    const [finding] = expectFound(findings, 'transfer-mechanism-invalid', onTheActivity('transfers[0].safeguards'));
    expect(finding?.message).toBe(
      `Transfer 1 (Group company, India) relies on the standard contractual clauses of Decision ${decision}, repealed; contracts on them had to be replaced by 27 December 2022.`,
    );
  });

  it('fires for the DPF used outside the United States', () => {
    const [finding] = expectFound(
      withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'dpf' }]),
      'transfer-mechanism-invalid',
      onTheActivity('transfers[0].mechanism'),
    );
    expect(finding?.message).toBe('Transfer 1 (Group company, India) is recorded under the EU–US Data Privacy Framework, which covers only the United States.');
  });

  it('stays quiet for the 2021 clauses', () => {
    const safeguards = 'Standard contractual clauses (Implementing Decision (EU) 2021/914), module 2';
    expectQuiet(withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'scc', safeguards }]), 'transfer-mechanism-invalid');
  });

  it('stays quiet for clauses whose decision is not stated', () => {
    expectQuiet(withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'scc' }]), 'transfer-mechanism-invalid');
  });

  it('stays quiet for the DPF to a certified US recipient', () => {
    expectQuiet(withTransfers([{ country: 'US', processorId: PROCESSOR, mechanism: 'dpf' }], [certifiedUs]), 'transfer-mechanism-invalid');
  });
});

describe('transfer-adequacy-unfounded', () => {
  it('fires for “adequacy” to a country without a decision', () => {
    const [finding] = expectFound(
      withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'adequacy' }]),
      'transfer-adequacy-unfounded',
      onTheActivity('transfers[0].mechanism'),
    );
    expect(finding?.message).toBe('Transfer 1 (Group company, India) relies on an adequacy decision, but the Commission has adopted none for this country.');
  });

  it('fires for “adequacy” to a US recipient not certified under the DPF', () => {
    const findings = withTransfers([{ country: 'US', processorId: PROCESSOR, mechanism: 'adequacy' }], [uncertifiedUs]);
    const [finding] = expectFound(findings, 'transfer-adequacy-unfounded', onTheActivity('transfers[0].mechanism'));
    expect(finding?.message).toBe(
      'Transfer 1 (Zendesk, Inc., United States) relies on adequacy, which covers only recipients certified under the Data Privacy Framework, and this one is not marked as certified.',
    );
  });

  it('fires for “adequacy” to an international organisation', () => {
    expectFound(
      withTransfers([{ country: 'INT', recipient: 'WHO', mechanism: 'adequacy' }]),
      'transfer-adequacy-unfounded',
      onTheActivity('transfers[0].mechanism'),
    );
  });

  it.each(['GB', 'NZ', 'IL'])('stays quiet for “adequacy” to a country with a decision (%s)', (country) => {
    expectQuiet(withTransfers([{ country, recipient: 'Group company', mechanism: 'adequacy' }]), 'transfer-adequacy-unfounded');
  });

  it('stays quiet for “adequacy” to a DPF-certified US processor', () => {
    expectQuiet(withTransfers([{ country: 'US', processorId: PROCESSOR, mechanism: 'adequacy' }], [certifiedUs]), 'transfer-adequacy-unfounded');
  });
});

describe('transfer-derogation-regular', () => {
  it('fires when an Art. 49 derogation carries a transfer of an active activity', () => {
    const [finding] = expectFound(
      withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'derogation' }]),
      'transfer-derogation-regular',
      onTheActivity('transfers[0].mechanism'),
    );
    expect(finding?.message).toBe('Transfer 1 (Group company, India) of an ongoing activity relies on an Art. 49 derogation.');
  });

  it('stays quiet for a draft, which is not carried out yet', () => {
    expectQuiet(
      withTransfers([{ country: 'IN', recipient: 'Group company', mechanism: 'derogation' }], [], { status: 'draft' }),
      'transfer-derogation-regular',
    );
  });

  it('stays quiet for the other tools', () => {
    const transfers = ['scc', 'bcr', 'code-of-conduct', 'certification', 'other'].map((mechanism) => ({
      country: 'IN',
      recipient: 'Group company',
      mechanism,
    }));
    expect(withTransfers(transfers).filter((finding) => finding.rule.startsWith('transfer'))).toEqual([]);
  });
});

describe('transfer-dpf-uncertified', () => {
  it('fires for the DPF when the US processor is not marked as certified', () => {
    const findings = withTransfers([{ country: 'US', processorId: PROCESSOR, mechanism: 'dpf' }], [uncertifiedUs]);
    const [finding] = expectFound(findings, 'transfer-dpf-uncertified', onTheActivity('transfers[0].mechanism'));
    expect(finding?.message).toBe(
      'Transfer 1 (Zendesk, Inc., United States) relies on the Data Privacy Framework, but the recipient is not marked as certified.',
    );
  });

  it('fires for the DPF to a US recipient that is no processor of the register', () => {
    expectFound(
      withTransfers([{ country: 'US', recipient: 'Analytics Inc.', mechanism: 'dpf' }]),
      'transfer-dpf-uncertified',
      onTheActivity('transfers[0].mechanism'),
    );
  });

  it('stays quiet when the processor is certified', () => {
    expectQuiet(withTransfers([{ country: 'US', processorId: PROCESSOR, mechanism: 'dpf' }], [certifiedUs]), 'transfer-dpf-uncertified');
  });
});

describe('transfer-to-eea', () => {
  it('fires for a “transfer” to an EEA country, and judges nothing else about it', () => {
    const findings = withTransfers([{ country: 'DE', recipient: 'Hosting GmbH', mechanism: 'privacy-shield' }]);
    const [finding] = expectFound(findings, 'transfer-to-eea', onTheActivity('transfers[0].country'));
    expect(finding?.message).toBe('Transfer 1 (Hosting GmbH, Germany) stays in the EEA: it is not a transfer, and documents leave it out.');
    expect(finding?.severity).toBe('info');
    expectQuiet(findings, 'transfer-mechanism-invalid');
  });

  it.each(['NO', 'IS', 'LI', 'RE', 'AX'])('fires for %s, where the GDPR applies', (country) => {
    expectFound(withTransfers([{ country, recipient: 'Partner' }]), 'transfer-to-eea', onTheActivity('transfers[0].country'));
  });

  it.each(['GB', 'CH', 'INT'])('stays quiet for %s, outside the EEA', (country) => {
    expectQuiet(withTransfers([{ country, recipient: 'Partner', mechanism: 'scc' }]), 'transfer-to-eea');
  });
});

describe('transfer-via-subprocessor-unrecorded', () => {
  /** Zendesk (Ireland) uses AWS (US, not certified); two activities use Zendesk, a third only another processor. */
  const chain = [
    processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'IE' }),
    processor(SUB_PROCESSOR, { name: 'AWS', country: 'US', parentId: PROCESSOR, dpa: undefined }),
    processor(OTHER_PROCESSOR, { name: 'Local Print d.o.o.', country: 'SI' }),
  ];
  const users = (first: Fields = {}) => [
    activity(ACTIVITY, { processorIds: [PROCESSOR], ...first }),
    activity(OTHER_ACTIVITY, { processorIds: [OTHER_PROCESSOR, PROCESSOR] }),
    activity(THIRD_ACTIVITY, { processorIds: [OTHER_PROCESSOR] }),
  ];

  it('fires on every activity that uses the parent of a US sub-processor, naming the parent', () => {
    const findings = findingsOf({ processors: chain, activities: users() });
    const found = expectFound(findings, 'transfer-via-subprocessor-unrecorded', [
      { type: 'activity', id: ACTIVITY, field: 'transfers' },
      { type: 'activity', id: OTHER_ACTIVITY, field: 'transfers' },
    ]);
    for (const finding of found) {
      expect(finding.message).toBe(
        '“AWS”, a sub-processor of “Zendesk, Inc.”, is established in, or keeps the data in, a country whose adequacy decision covers only certified recipients (United States), is not marked as certified under the Data Privacy Framework, and the activity records no transfer there.',
      );
      expect(finding.asOf).toBe('2026-11-15');
    }
  });

  it('fires even where “no transfers” is confirmed: the processor’s locations contradict it', () => {
    const findings = findingsOf({ processors: chain, activities: users() });
    expect(ofRule(findings, 'transfers-unstated')).toEqual([]);
    expect(ofRule(findings, 'transfer-via-subprocessor-unrecorded')).toHaveLength(2);
  });

  it('names the nearest engager for a sub-processor further down the chain', () => {
    const processors = [...chain, processor(SUB_SUB_PROCESSOR, { name: 'Mumbai Backup Pvt Ltd', country: 'IN', parentId: SUB_PROCESSOR })];
    const findings = findingsOf({
      processors,
      activities: [
        activity(ACTIVITY, { processorIds: [PROCESSOR], transfers: [{ country: 'US', processorId: PROCESSOR, mechanism: 'scc' }], confirmedNone: undefined }),
      ],
    });
    const [finding] = expectFound(findings, 'transfer-via-subprocessor-unrecorded', onTheActivity('transfers'));
    expect(finding?.message).toBe(
      '“Mumbai Backup Pvt Ltd”, a sub-processor of “AWS”, is established in, or keeps the data in, a country without an adequacy decision (India), and the activity records no transfer there.',
    );
  });

  it('fires for the processor itself when it is established, or keeps the data, outside the EEA', () => {
    const processors = [processor(PROCESSOR, { name: 'DigitalOcean LLC', country: 'US', dataLocations: ['DE', 'SG'] })];
    const found = expectFound(
      findingsOf({ processors, activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })] }),
      'transfer-via-subprocessor-unrecorded',
      [
        { type: 'activity', id: ACTIVITY, field: 'transfers' },
        { type: 'activity', id: ACTIVITY, field: 'transfers' },
      ],
    );
    expect(found.map((finding) => finding.message)).toEqual([
      '“DigitalOcean LLC” is established in, or keeps the data in, a country whose adequacy decision covers only certified recipients (United States), is not marked as certified under the Data Privacy Framework, and the activity records no transfer there.',
      '“DigitalOcean LLC” is established in, or keeps the data in, a country without an adequacy decision (Singapore), and the activity records no transfer there.',
    ]);
    expect(new Set(found.map((finding) => finding.key)).size).toBe(2);
  });

  it('stays quiet when the activity records a transfer to that country naming the parent processor', () => {
    const transfer = { country: 'US', processorId: PROCESSOR, mechanism: 'scc', safeguards: 'Zendesk’s 2021 SCCs with AWS' };
    const findings = findingsOf({ processors: chain, activities: users({ transfers: [transfer], confirmedNone: undefined }) });
    expectFound(findings, 'transfer-via-subprocessor-unrecorded', [{ type: 'activity', id: OTHER_ACTIVITY, field: 'transfers' }]);
  });

  it('stays quiet when the recorded transfer names the parent as recipient, spelt differently', () => {
    const transfer = { country: 'US', recipient: 'Zendesk Inc', mechanism: 'scc' };
    const findings = findingsOf({ processors: chain, activities: users({ transfers: [transfer], confirmedNone: undefined }) });
    expect(ofRule(findings, 'transfer-via-subprocessor-unrecorded').map((finding) => finding.record.id)).toEqual([OTHER_ACTIVITY]);
  });

  it('fires when the recorded transfer to the parent goes to another country', () => {
    const transfer = { country: 'IN', processorId: PROCESSOR, mechanism: 'scc' };
    const findings = findingsOf({ processors: chain, activities: users({ transfers: [transfer], confirmedNone: undefined }) });
    expect(ofRule(findings, 'transfer-via-subprocessor-unrecorded').map((finding) => finding.record.id)).toEqual([ACTIVITY, OTHER_ACTIVITY]);
  });

  it('stays quiet for a DPF-certified US sub-processor, which is adequate', () => {
    const processors = chain.map((record) => (record['id'] === SUB_PROCESSOR ? { ...record, dpfCertified: true } : record));
    expectQuiet(findingsOf({ processors, activities: users() }), 'transfer-via-subprocessor-unrecorded');
  });

  it.each(['GB', 'CH', 'JP'])('stays quiet for a sub-processor in %s, which has adequacy', (country) => {
    const processors = chain.map((record) => (record['id'] === SUB_PROCESSOR ? { ...record, country } : record));
    expectQuiet(findingsOf({ processors, activities: users() }), 'transfer-via-subprocessor-unrecorded');
  });

  it('stays quiet for processors entirely in the EEA, and for activities that do not reach the sub-processor', () => {
    const processors = [processor(PROCESSOR, { country: 'IE', dataLocations: ['DE', 'NL', 'NO'] })];
    expectQuiet(findingsOf({ processors, activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })] }), 'transfer-via-subprocessor-unrecorded');
  });
});
