// Items a record may leave empty only by saying so: recipients, transfers and sources are either filled in or confirmed
// as none ("None (confirmed)"); and the Art. 32 measures, on the activity or once for the whole organisation.
import { describe, expect, it } from 'vitest';
import { ACTIVITY, activity, expectFound, expectQuiet, findingsOf, organisation, without } from './register-builder.ts';

const onTheActivity = (field: string) => [{ type: 'activity' as const, id: ACTIVITY, field }];

describe('recipients-unstated', () => {
  it('fires when there are no recipients and none are confirmed', () => {
    const findings = findingsOf({ activities: [without(activity(ACTIVITY), 'recipients')] });
    const [finding] = expectFound(findings, 'recipients-unstated', onTheActivity('recipients'));
    expect(finding?.message).toBe('No recipients other than processors are recorded, and none are confirmed.');
  });

  it('fires when the only recipient is a placeholder', () => {
    expectFound(findingsOf({ activities: [activity(ACTIVITY, { recipients: ['-'] })] }), 'recipients-unstated', onTheActivity('recipients'));
  });

  it('stays quiet when recipients are recorded', () => {
    expectQuiet(findingsOf({}), 'recipients-unstated');
  });

  it('stays quiet when “no recipients” is confirmed', () => {
    const confirmed = { ...without(activity(ACTIVITY), 'recipients'), confirmedNone: ['transfers', 'recipients'] };
    expectQuiet(findingsOf({ activities: [confirmed] }), 'recipients-unstated');
  });

  it('stays quiet on a processor’s record (Art. 30(2) asks for no recipients)', () => {
    const processing = without(activity(ACTIVITY, { role: 'processor', controllers: [{ name: 'Client Ltd' }], legalBases: undefined }), 'recipients');
    expectQuiet(findingsOf({ activities: [processing] }), 'recipients-unstated');
  });
});

describe('transfers-unstated', () => {
  it('fires when there are no transfers and none are confirmed', () => {
    const findings = findingsOf({ activities: [without(activity(ACTIVITY), 'confirmedNone')] });
    const [finding] = expectFound(findings, 'transfers-unstated', onTheActivity('transfers'));
    expect(finding?.message).toBe('No transfer outside the EEA is recorded, and none is confirmed.');
  });

  it('fires when the only “transfer” stays in the EEA, which states no transfer', () => {
    const transfers = [{ country: 'DE', recipient: 'Hosting GmbH', mechanism: 'adequacy' }];
    const findings = findingsOf({ activities: [activity(ACTIVITY, { confirmedNone: undefined, transfers })] });
    expectFound(findings, 'transfers-unstated', onTheActivity('transfers'));
    expectFound(findings, 'transfer-to-eea', onTheActivity('transfers[0].country'));
  });

  it('fires on a processor’s record as well (Art. 30(2)(c))', () => {
    const processing = activity(ACTIVITY, { role: 'processor', controllers: [{ name: 'Client Ltd' }], legalBases: undefined, confirmedNone: undefined });
    expectFound(findingsOf({ activities: [processing] }), 'transfers-unstated', onTheActivity('transfers'));
  });

  it('stays quiet when “no transfers” is confirmed', () => {
    expectQuiet(findingsOf({}), 'transfers-unstated');
  });

  it('stays quiet when a transfer leaves the EEA', () => {
    const transfers = [{ country: 'GB', recipient: 'Group Ltd' }];
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { confirmedNone: undefined, transfers })] }), 'transfers-unstated');
  });

  it('stays quiet when the transfer goes to an international organisation', () => {
    const transfers = [{ country: 'INT', recipient: 'UNHCR', mechanism: 'other' }];
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { confirmedNone: undefined, transfers })] }), 'transfers-unstated');
  });
});

describe('sources-unstated', () => {
  it('fires when no source is recorded and it is not confirmed that the data come from the person', () => {
    const findings = findingsOf({ activities: [without(activity(ACTIVITY), 'sources')] });
    const [finding] = expectFound(findings, 'sources-unstated', onTheActivity('sources'));
    expect(finding?.message).toBe('No source of the data is recorded, and it is not confirmed that they come from the person.');
    expect(finding?.source).toBe('Art. 14(2)(f) GDPR');
  });

  it('stays quiet when a source is recorded', () => {
    expectQuiet(findingsOf({}), 'sources-unstated');
  });

  it('stays quiet when it is confirmed that the data come from the person', () => {
    const confirmed = { ...without(activity(ACTIVITY), 'sources'), confirmedNone: ['transfers', 'sources'] };
    expectQuiet(findingsOf({ activities: [confirmed] }), 'sources-unstated');
  });

  it('stays quiet on a processor’s record', () => {
    const processing = without(activity(ACTIVITY, { role: 'processor', controllers: [{ name: 'Client Ltd' }], legalBases: undefined }), 'sources');
    expectQuiet(findingsOf({ activities: [processing] }), 'sources-unstated');
  });
});

describe('security-measures-missing', () => {
  it('fires when neither the activity nor its organisation records Art. 32 measures', () => {
    const findings = findingsOf({ activities: [without(activity(ACTIVITY), 'securityMeasures')] });
    const [finding] = expectFound(findings, 'security-measures-missing', onTheActivity('securityMeasures'));
    expect(finding?.message).toBe('No technical or organisational security measures are recorded, on the activity or for the organisation.');
  });

  it('fires when both hold only placeholders', () => {
    const findings = findingsOf({
      organisations: [organisation({ securityMeasures: ['TBD'] })],
      activities: [activity(ACTIVITY, { securityMeasures: ['-'] })],
    });
    expectFound(findings, 'security-measures-missing', onTheActivity('securityMeasures'));
  });

  it('fires on a processor’s record too (Art. 30(2)(d))', () => {
    const processing = without(activity(ACTIVITY, { role: 'processor', controllers: [{ name: 'Client Ltd' }], legalBases: undefined }), 'securityMeasures');
    expectFound(findingsOf({ activities: [processing] }), 'security-measures-missing', onTheActivity('securityMeasures'));
  });

  it('stays quiet when the organisation records measures for all its activities', () => {
    const findings = findingsOf({
      organisations: [organisation({ securityMeasures: ['Encryption at rest', 'Two-factor authentication'] })],
      activities: [without(activity(ACTIVITY), 'securityMeasures')],
    });
    expectQuiet(findings, 'security-measures-missing');
  });

  it('stays quiet when the activity records its own', () => {
    expectQuiet(findingsOf({}), 'security-measures-missing');
  });
});
