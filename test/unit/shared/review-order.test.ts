// A next review before the last one is refused by the shared model, so the editor, the command line and every import
// refuse it alike.
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange/read.ts';
import { fieldIssues } from '../../../shared/model/issues.ts';
import { recordSchemas } from '../../../shared/model/records.ts';
import { fixtureText } from './fixture-text.ts';

const draft = {
  organisationId: '00000000-0000-4000-8000-00000000000a',
  role: 'controller',
  name: 'Payroll',
  purposes: [],
  dataSubjects: [],
  dataCategories: [],
  public: false,
  status: 'draft',
};

const issuesOf = (dates: { lastReviewedOn?: string; nextReviewOn?: string }) => {
  const parsed = recordSchemas('en').activityDraft.safeParse({ ...draft, ...dates });
  return parsed.success ? [] : fieldIssues(parsed.error);
};

describe('the review dates of an activity', () => {
  it('refuse a next review before the last one, on the next review, naming the last', () => {
    expect(issuesOf({ lastReviewedOn: '2026-06-01', nextReviewOn: '2026-05-31' })).toEqual([
      { path: 'nextReviewOn', message: 'is before the last review (2026-06-01)' },
    ]);
  });

  it('accept a next review on or after the last one, or either alone', () => {
    expect(issuesOf({ lastReviewedOn: '2026-06-01', nextReviewOn: '2026-06-01' })).toEqual([]);
    expect(issuesOf({ lastReviewedOn: '2026-06-01', nextReviewOn: '2027-06-01' })).toEqual([]);
    expect(issuesOf({ lastReviewedOn: '2026-06-01' })).toEqual([]);
    expect(issuesOf({ nextReviewOn: '2020-01-01' })).toEqual([]);
  });

  it('say only that a malformed date is not a date, not also that it is early', () => {
    expect(issuesOf({ lastReviewedOn: '2026-06-01', nextReviewOn: '01/05/2026' })).toEqual([
      { path: 'nextReviewOn', message: 'is not a date written YYYY-MM-DD' },
    ]);
  });

  it('are refused in a register file (an import, the command line) with where they are', () => {
    const text = fixtureText((document) => Object.assign(document.activities[1] ?? {}, { lastReviewedOn: '2026-06-01', nextReviewOn: '2025-06-01' }));
    expect(() => parseExchangeText(text)).toThrow('activities[1].nextReviewOn: is before the last review (2026-06-01)');
  });
});
