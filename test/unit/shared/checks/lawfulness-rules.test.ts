// What makes the processing lawful as the record states it: the Art. 9(2) or Art. 10 condition for special-category
// data, the interest behind Art. 6(1)(f), the law behind Art. 6(1)(c) and (e).
import { describe, expect, it } from 'vitest';
import { ACTIVITY, activity, expectFound, expectQuiet, findingsOf } from './register-builder.ts';

const onTheActivity = (field: string) => [{ type: 'activity' as const, id: ACTIVITY, field }];
/** A DPIA answer, so that special-category data raise only the rule under test. */
const dpia = { required: true, reference: 'DPIA-7', completedOn: '2026-03-01' };

describe('special-condition-missing', () => {
  it('fires when a data category is special and no Art. 9(2) or Art. 10 condition is recorded, naming the categories', () => {
    const dataCategories = [{ name: 'Sick leave certificates', special: true }, { name: 'Bank account' }, { name: 'Criminal record extract', special: true }];
    const findings = findingsOf({ activities: [activity(ACTIVITY, { dataCategories, dpia })] });
    const [finding] = expectFound(findings, 'special-condition-missing', onTheActivity('specialCategoryConditions'));
    expect(finding?.message).toBe(
      '“Sick leave certificates” and “Criminal record extract” are marked as special (Art. 9 or 10) data, but no Art. 9(2) or Art. 10 condition is recorded.',
    );
    expect(finding?.source).toBe('Art. 9(1), 9(2) and Art. 10 GDPR');
  });

  it('fires on a draft too: the prohibition does not wait for the record to be finished', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { status: 'draft', dataCategories: [{ name: 'Health data', special: true }], dpia })] });
    expectFound(findings, 'special-condition-missing', onTheActivity('specialCategoryConditions'));
  });

  it('stays quiet when a condition is recorded', () => {
    const findings = findingsOf({
      activities: [activity(ACTIVITY, { dataCategories: [{ name: 'Health data', special: true }], specialCategoryConditions: ['art9-2-h'], dpia })],
    });
    expectQuiet(findings, 'special-condition-missing');
  });

  it('stays quiet when no category is special', () => {
    expectQuiet(findingsOf({}), 'special-condition-missing');
  });

  it('stays quiet on a processor’s record, which follows its controller’s conditions', () => {
    const processing = activity(ACTIVITY, {
      role: 'processor',
      controllers: [{ name: 'Client Ltd' }],
      legalBases: undefined,
      dataCategories: [{ name: 'Health data', special: true }],
    });
    expectQuiet(findingsOf({ activities: [processing] }), 'special-condition-missing');
  });
});

describe('special-condition-without-special-data', () => {
  it('fires when a condition is recorded but no category is marked special', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { specialCategoryConditions: ['art9-2-a', 'art10'] })] });
    const [finding] = expectFound(findings, 'special-condition-without-special-data', onTheActivity('dataCategories'));
    expect(finding?.message).toBe('Art. 9(2)(a) and Art. 10 are recorded, but no data category is marked as special.');
  });

  it('stays quiet when a category is special', () => {
    const findings = findingsOf({
      activities: [activity(ACTIVITY, { specialCategoryConditions: ['art10'], dataCategories: [{ name: 'Criminal record', special: true }], dpia })],
    });
    expectQuiet(findings, 'special-condition-without-special-data');
  });

  it('stays quiet when there is neither condition nor special data', () => {
    expectQuiet(findingsOf({}), 'special-condition-without-special-data');
  });
});

describe('legitimate-interest-unnamed', () => {
  it('fires when Art. 6(1)(f) is relied on without naming the interest, at that basis’s position', () => {
    const legalBases = [{ basis: 'contract' }, { basis: 'legitimate-interests' }];
    const findings = findingsOf({ activities: [activity(ACTIVITY, { legalBases })] });
    const [finding] = expectFound(findings, 'legitimate-interest-unnamed', onTheActivity('legalBases[1].detail'));
    expect(finding?.message).toBe('Legal basis 2 is legitimate interests, but the interest is not named.');
  });

  it('fires when the interest is only a placeholder', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { legalBases: [{ basis: 'legitimate-interests', detail: 'TBD' }] })] });
    expectFound(findings, 'legitimate-interest-unnamed', onTheActivity('legalBases[0].detail'));
  });

  it('stays quiet when the interest is named', () => {
    const legalBases = [{ basis: 'legitimate-interests', detail: 'Preventing fraud in online payments' }];
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { legalBases })] }), 'legitimate-interest-unnamed');
  });

  it('stays quiet for the other bases without detail', () => {
    const legalBases = [{ basis: 'consent' }, { basis: 'contract' }, { basis: 'vital-interests' }];
    const findings = findingsOf({ activities: [activity(ACTIVITY, { legalBases })] });
    expectQuiet(findings, 'legitimate-interest-unnamed');
    expectQuiet(findings, 'legal-obligation-law-unnamed');
  });
});

describe('legal-obligation-law-unnamed', () => {
  it('fires for Art. 6(1)(c) without the law', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { legalBases: [{ basis: 'legal-obligation' }] })] });
    const [finding] = expectFound(findings, 'legal-obligation-law-unnamed', onTheActivity('legalBases[0].detail'));
    expect(finding?.message).toBe('Legal basis 1 is a legal obligation, but the law is not named.');
  });

  it('fires for Art. 6(1)(e) without the law', () => {
    const legalBases = [{ basis: 'contract' }, { basis: 'public-task', detail: '-' }];
    const findings = findingsOf({ activities: [activity(ACTIVITY, { legalBases })] });
    const [finding] = expectFound(findings, 'legal-obligation-law-unnamed', onTheActivity('legalBases[1].detail'));
    expect(finding?.message).toBe('Legal basis 2 is a task in the public interest, but the law is not named.');
  });

  it('stays quiet when the law is named', () => {
    const legalBases = [
      { basis: 'legal-obligation', detail: 'Accounting Act, Art. 30' },
      { basis: 'public-task', detail: { en: 'Archives Act', sl: 'ZVDAGA' } },
    ];
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { legalBases })] }), 'legal-obligation-law-unnamed');
  });

  it('stays quiet on a processor’s record', () => {
    const processing = activity(ACTIVITY, { role: 'processor', controllers: [{ name: 'Client Ltd' }], legalBases: [{ basis: 'legal-obligation' }] });
    expectQuiet(findingsOf({ activities: [processing] }), 'legal-obligation-law-unnamed');
  });
});
