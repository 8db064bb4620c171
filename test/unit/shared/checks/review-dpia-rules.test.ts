// The register is kept up to date (a next review, not past, not before the last one), judged against the day the caller
// gives; and processing likely to be high-risk has a recorded DPIA answer (Art. 35).
import { describe, expect, it } from 'vitest';
import { ACTIVITY, activity, expectFound, expectQuiet, findingsOf, rulesIn, without, type Fields } from './register-builder.ts';

const onTheActivity = (field: string) => [{ type: 'activity' as const, id: ACTIVITY, field }];
const reviewed = (fields: Fields, today?: string) => findingsOf({ activities: [activity(ACTIVITY, fields)] }, today === undefined ? {} : { today });

describe('review-overdue', () => {
  it('fires when the next review is before today', () => {
    const findings = reviewed({ lastReviewedOn: '2025-11-01', nextReviewOn: '2026-11-01' }, '2026-12-02');
    const [finding] = expectFound(findings, 'review-overdue', onTheActivity('nextReviewOn'));
    expect(finding?.message).toBe('The review was due on 1 November 2026.');
  });

  it('judges against the day given, not the clock', () => {
    const dates = { lastReviewedOn: '2025-11-01', nextReviewOn: '2026-11-01' };
    expectQuiet(reviewed(dates, '2026-10-31'), 'review-overdue');
    expectQuiet(reviewed(dates, '2026-11-01'), 'review-overdue');
    expectFound(reviewed(dates, '2026-11-02'), 'review-overdue', onTheActivity('nextReviewOn'));
    expectFound(reviewed({ nextReviewOn: '2040-01-01' }, '2040-01-02'), 'review-overdue', onTheActivity('nextReviewOn'));
  });

  it('stays quiet when the next review is ahead', () => {
    expectQuiet(reviewed({}), 'review-overdue');
  });
});

/** An activity whose review dates were saved before the reader refused a next review before the last one. */
const keptFromBefore = (dates: Fields, fields: Fields = {}) => findingsOf({ activities: [activity(ACTIVITY, fields)], keptFromBefore: { [ACTIVITY]: dates } });

describe('review-dates-inconsistent', () => {
  it('fires when the next review is before the last one, and does not also call it overdue', () => {
    const findings = keptFromBefore({ lastReviewedOn: '2026-06-01', nextReviewOn: '2026-05-01' });
    const [finding] = expectFound(findings, 'review-dates-inconsistent', onTheActivity('nextReviewOn'));
    expect(finding?.message).toBe('The next review (1 May 2026) is before the last one (1 June 2026).');
    expectQuiet(findings, 'review-overdue');
  });

  it('stays quiet when the next review is on or after the last one', () => {
    expectQuiet(reviewed({ lastReviewedOn: '2027-01-10', nextReviewOn: '2027-01-10' }), 'review-dates-inconsistent');
    expectQuiet(reviewed({}), 'review-dates-inconsistent');
  });

  it('stays quiet when only the next review is set', () => {
    expectQuiet(findingsOf({ activities: [without(activity(ACTIVITY), 'lastReviewedOn')] }), 'review-dates-inconsistent');
  });
});

describe('review-date-missing', () => {
  it('fires when no next review is set', () => {
    const findings = findingsOf({ activities: [without(activity(ACTIVITY), 'nextReviewOn')] });
    const [finding] = expectFound(findings, 'review-date-missing', onTheActivity('nextReviewOn'));
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toBe('No next review date is set.');
  });

  it('stays quiet when one is set', () => {
    expectQuiet(reviewed({}), 'review-date-missing');
  });
});

describe('reviews of a draft', () => {
  it('are not judged: no review finding of any kind', () => {
    const review = ['review-overdue', 'review-dates-inconsistent', 'review-date-missing'];
    const overdue = reviewed({ status: 'draft', lastReviewedOn: '2019-01-01', nextReviewOn: '2020-01-01' });
    const inconsistent = keptFromBefore({ lastReviewedOn: '2026-06-01', nextReviewOn: '2026-05-01' }, { status: 'draft' });
    const none = findingsOf({ activities: [without(activity(ACTIVITY, { status: 'draft' }), 'nextReviewOn')] });
    for (const findings of [overdue, inconsistent, none]) expect(rulesIn(findings).filter((rule) => review.includes(rule))).toEqual([]);
  });
});

describe('dpia-unassessed', () => {
  it('fires for special-category data without a DPIA answer', () => {
    const findings = reviewed({ dataCategories: [{ name: 'Health data', special: true }], specialCategoryConditions: ['art9-2-h'] });
    const [finding] = expectFound(findings, 'dpia-unassessed', onTheActivity('dpia'));
    expect(finding?.message).toBe('The activity involves special-category data, and whether a DPIA is required is not recorded.');
  });

  it('fires for automated decisions', () => {
    const findings = reviewed({ automatedDecisions: 'Credit scoring before a purchase on invoice' });
    expect(expectFound(findings, 'dpia-unassessed', onTheActivity('dpia'))[0]?.message).toBe(
      'The activity involves automated decisions or profiling, and whether a DPIA is required is not recorded.',
    );
  });

  it('fires when “CCTV” in a purpose shows systematic monitoring, quoting the term', () => {
    const findings = reviewed({ purposes: ['CCTV at the warehouse entrance'] });
    const [finding] = expectFound(findings, 'dpia-unassessed', onTheActivity('dpia'));
    expect(finding?.message).toBe('The activity involves possibly systematic monitoring (it mentions “cctv”), and whether a DPIA is required is not recorded.');
  });

  it.each([
    ['the name', { name: 'Video surveillance of the car park' }],
    ['the description', { description: 'GPS tracking of the delivery vans' }],
    ['a data category', { dataCategories: [{ name: 'Geolocation of company phones' }] }],
    ['a Ukrainian purpose', { purposes: ['Відеоспостереження в приміщеннях'] }],
    ['a Bulgarian purpose', { purposes: ['Видеонаблюдение в помещенията'] }],
    ['a Slovenian purpose', { purposes: ['Videonadzor prostorov'] }],
    ['a translation only', { purposes: [{ en: 'Protecting the premises', sl: 'Videonadzor prostorov' }] }],
  ])('fires when monitoring is mentioned in %s', (_where, fields) => {
    expectFound(reviewed(fields), 'dpia-unassessed', onTheActivity('dpia'));
  });

  it('lists every reason it has', () => {
    const findings = reviewed({
      purposes: ['CCTV'],
      automatedDecisions: 'Access refused by face recognition',
      dataCategories: [{ name: 'Face images', special: true }],
      specialCategoryConditions: ['art9-2-a'],
    });
    expect(expectFound(findings, 'dpia-unassessed', onTheActivity('dpia'))[0]?.message).toBe(
      'The activity involves special-category data, automated decisions or profiling, and possibly systematic monitoring (it mentions “cctv”), and whether a DPIA is required is not recorded.',
    );
  });

  it('fires on a draft too: the DPIA comes before the processing', () => {
    expectFound(reviewed({ status: 'draft', purposes: ['CCTV'] }), 'dpia-unassessed', onTheActivity('dpia'));
  });

  it.each([
    ['a DPIA carried out', { required: true, reference: 'DPIA-3', completedOn: '2026-02-01' }],
    ['a DPIA required, not yet done', { required: true }],
    ['none required, with the reason', { required: false, reason: 'Two cameras at the entrance only, no recording of public space' }],
  ])('stays quiet when the record answers it: %s', (_answer, dpia) => {
    expectQuiet(reviewed({ purposes: ['CCTV at the entrance'], dpia }), 'dpia-unassessed');
  });

  it('stays quiet for processing with none of the high-risk signs', () => {
    expectQuiet(reviewed({ purposes: ['Monitoring stock levels'], description: 'Cameras for product photos' }), 'dpia-unassessed');
  });

  it('stays quiet on a processor’s record: the DPIA is the controller’s', () => {
    const processing = { role: 'processor', controllers: [{ name: 'Client Ltd' }], legalBases: undefined, purposes: ['CCTV monitoring for the client'] };
    expectQuiet(reviewed(processing), 'dpia-unassessed');
  });
});
