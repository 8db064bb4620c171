// Processors and other named recipients (Art. 28, Art. 30(1)(d)): where each is, the Art. 28 contract with each one an
// active activity uses; and the same processing or processor recorded twice.
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY,
  OTHER_ACTIVITY,
  OTHER_PROCESSOR,
  PROCESSOR,
  SUB_PROCESSOR,
  THIRD_ACTIVITY,
  activity,
  expectFound,
  expectQuiet,
  findingsOf,
  processor,
  without,
} from './register-builder.ts';

describe('recipient-country-missing', () => {
  it('fires for a processor with no country', () => {
    const findings = findingsOf({ processors: [without(processor(PROCESSOR), 'country')], activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })] });
    const [finding] = expectFound(findings, 'recipient-country-missing', [{ type: 'processor', id: PROCESSOR, field: 'country' }]);
    expect(finding?.message).toBe('This processor has no country recorded.');
    expect(finding?.severity).toBe('warning');
  });

  it('fires for a sub-processor with no country, naming its parent', () => {
    const processors = [processor(PROCESSOR, { name: 'Zendesk, Inc.' }), without(processor(SUB_PROCESSOR, { name: 'AWS', parentId: PROCESSOR }), 'country')];
    const [finding] = expectFound(findingsOf({ processors }), 'recipient-country-missing', [{ type: 'processor', id: SUB_PROCESSOR, field: 'country' }]);
    expect(finding?.message).toBe('This sub-processor of “Zendesk, Inc.” has no country recorded.');
  });

  it('fires for an independent controller named as a recipient, with no country', () => {
    const processors = [without(processor(PROCESSOR, { kind: 'independent-controller', name: 'Tax authority' }), 'country', 'dpa')];
    const [finding] = expectFound(findingsOf({ processors }), 'recipient-country-missing', [{ type: 'processor', id: PROCESSOR, field: 'country' }]);
    expect(finding?.message).toBe('This recipient has no country recorded.');
  });

  it('fires even when the data locations are known: the country of establishment is still missing', () => {
    const processors = [without(processor(PROCESSOR, { dataLocations: ['DE'] }), 'country')];
    expectFound(findingsOf({ processors }), 'recipient-country-missing', [{ type: 'processor', id: PROCESSOR, field: 'country' }]);
  });

  it('stays quiet when the country is recorded', () => {
    expectQuiet(findingsOf({ processors: [processor(PROCESSOR)] }), 'recipient-country-missing');
  });
});

describe('processor-contract-missing', () => {
  it('fires for a processor without an Art. 28 contract that active activities use, naming them', () => {
    const processors = [without(processor(PROCESSOR), 'dpa')];
    const activities = [
      activity(ACTIVITY, { name: 'Payroll', processorIds: [PROCESSOR] }),
      activity(OTHER_ACTIVITY, { name: 'Recruitment', processorIds: [PROCESSOR] }),
      activity(THIRD_ACTIVITY, { name: 'Old newsletter', processorIds: [PROCESSOR], status: 'retired' }),
    ];
    const [finding] = expectFound(findingsOf({ processors, activities }), 'processor-contract-missing', [{ type: 'processor', id: PROCESSOR, field: 'dpa' }]);
    expect(finding?.message).toBe('No Art. 28 contract is recorded for this processor, used by “Payroll” and “Recruitment”.');
    expect(finding?.source).toBe('Art. 28(3) GDPR');
  });

  it('lists at most three activities and counts the rest', () => {
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5'].map((end) => `00000000-0000-4000-8000-0000000000${end}`);
    const activities = ids.map((id, index) => activity(id, { name: `Activity ${index + 1}`, processorIds: [PROCESSOR] }));
    const findings = findingsOf({ processors: [without(processor(PROCESSOR), 'dpa')], activities });
    const [finding] = expectFound(findings, 'processor-contract-missing', [{ type: 'processor', id: PROCESSOR, field: 'dpa' }]);
    expect(finding?.message).toBe('No Art. 28 contract is recorded for this processor, used by “Activity 1”, “Activity 2”, “Activity 3” and 2 more.');
  });

  it('stays quiet when a contract is recorded, even without its date or reference', () => {
    const activities = [activity(ACTIVITY, { processorIds: [PROCESSOR] })];
    expectQuiet(findingsOf({ processors: [processor(PROCESSOR, { dpa: {} })], activities }), 'processor-contract-missing');
  });

  it('stays quiet for a processor that only drafts and retired activities use', () => {
    const activities = [
      activity(ACTIVITY, { processorIds: [PROCESSOR], status: 'draft' }),
      activity(OTHER_ACTIVITY, { processorIds: [PROCESSOR], status: 'retired' }),
    ];
    expectQuiet(findingsOf({ processors: [without(processor(PROCESSOR), 'dpa')], activities }), 'processor-contract-missing');
  });

  it('stays quiet for a recipient that is no processor (a joint or independent controller)', () => {
    const processors = [
      without(processor(PROCESSOR, { kind: 'joint-controller' }), 'dpa'),
      without(processor(OTHER_PROCESSOR, { kind: 'independent-controller' }), 'dpa'),
    ];
    const activities = [activity(ACTIVITY, { processorIds: [PROCESSOR, OTHER_PROCESSOR] })];
    expectQuiet(findingsOf({ processors, activities }), 'processor-contract-missing');
  });

  it('stays quiet for a processor no activity uses', () => {
    expectQuiet(findingsOf({ processors: [without(processor(PROCESSOR), 'dpa')] }), 'processor-contract-missing');
  });
});

describe('duplicate-record', () => {
  it('fires on both processors whose names differ only in case, spacing or punctuation, naming the other', () => {
    const processors = [processor(PROCESSOR, { name: 'Zendesk Inc' }), processor(OTHER_PROCESSOR, { name: 'Zendesk, Inc.' })];
    const found = expectFound(findingsOf({ processors }), 'duplicate-record', [
      { type: 'processor', id: PROCESSOR, field: 'name' },
      { type: 'processor', id: OTHER_PROCESSOR, field: 'name' },
    ]);
    expect(found.map((finding) => finding.message)).toEqual([
      'The name is the same as that of “Zendesk, Inc.”, but for case, spacing or punctuation.',
      'The name is the same as that of “Zendesk Inc”, but for case, spacing or punctuation.',
    ]);
  });

  it('fires on activities named alike', () => {
    const activities = [activity(ACTIVITY, { name: 'Website analytics' }), activity(OTHER_ACTIVITY, { name: 'website  ANALYTICS!' })];
    expectFound(findingsOf({ activities }), 'duplicate-record', [
      { type: 'activity', id: ACTIVITY, field: 'name' },
      { type: 'activity', id: OTHER_ACTIVITY, field: 'name' },
    ]);
  });

  it('names every other record of a group of three', () => {
    const activities = [activity(ACTIVITY, { name: 'CCTV' }), activity(OTHER_ACTIVITY, { name: 'C.C.T.V.' }), activity(THIRD_ACTIVITY, { name: 'cctv' })];
    const findings = findingsOf({ activities: activities.map((record) => ({ ...record, dpia: { required: false, reason: 'Two cameras at the entrance' } })) });
    const found = expectFound(findings, 'duplicate-record', [
      { type: 'activity', id: ACTIVITY, field: 'name' },
      { type: 'activity', id: OTHER_ACTIVITY, field: 'name' },
      { type: 'activity', id: THIRD_ACTIVITY, field: 'name' },
    ]);
    expect(found[0]?.message).toBe('The name is the same as that of “C.C.T.V.” and “cctv”, but for case, spacing or punctuation.');
  });

  it('stays quiet for names that differ in a letter or a number', () => {
    const activities = [activity(ACTIVITY, { name: 'Payroll 1' }), activity(OTHER_ACTIVITY, { name: 'Payroll 2' })];
    const processors = [processor(PROCESSOR, { name: 'Zendesk Inc' }), processor(OTHER_PROCESSOR, { name: 'Zendesk Ltd' })];
    expectQuiet(findingsOf({ activities, processors }), 'duplicate-record');
  });

  it('stays quiet for an activity named like a processor', () => {
    expectQuiet(
      findingsOf({ processors: [processor(PROCESSOR, { name: 'Payroll' })], activities: [activity(ACTIVITY, { name: 'Payroll' })] }),
      'duplicate-record',
    );
  });

  it('leaves a retired activity out: it does not duplicate the one that replaced it', () => {
    const activities = [activity(ACTIVITY, { name: 'Newsletter' }), activity(OTHER_ACTIVITY, { name: 'Newsletter', status: 'retired' })];
    expectQuiet(findingsOf({ activities }), 'duplicate-record');
  });
});
