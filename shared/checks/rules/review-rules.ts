// The register is kept up to date (Art. 24(1), Art. 5(2)): each active activity has a next review, not in the past
// and not before the last one.
import type { ProcessingActivity } from '../../model/records.ts';
import type { Emit } from '../findings.ts';

export function reviewRules(activity: ProcessingActivity, today: string, emit: Emit): void {
  if (activity.status !== 'active') return;
  const record = { type: 'activity' as const, id: activity.id };
  const { nextReviewOn: next, lastReviewedOn: last } = activity;
  const basis = { next, last };
  if (next === undefined) {
    emit({ rule: 'review-date-missing', record, field: 'nextReviewOn', params: {}, basis });
    return;
  }
  if (last !== undefined && next < last) {
    emit({ rule: 'review-dates-inconsistent', record, field: 'nextReviewOn', params: { next, last }, basis });
  } else if (next < today) {
    // The day passing is what changes here: the basis holds the date, so an acceptance lasts until the date is moved.
    emit({ rule: 'review-overdue', record, field: 'nextReviewOn', params: { date: next }, basis });
  }
}
