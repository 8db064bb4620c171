// The merge of a colleague's register, case by case: what is taken, kept, merged as a set, or reported.
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { applyMerge } from '../../../../shared/merge/apply-merge.ts';
import { planMerge } from '../../../../shared/merge/merge-registers.ts';
import { generateRegister } from '../../../tools/generate-register.ts';

const base = generateRegister({ activities: 3, seed: 5, organisations: 1 });
const copy = (): ExchangeDocument => structuredClone(base);
const first = (document: ExchangeDocument) => {
  const activity = document.activities[0];
  if (activity === undefined) throw new Error('the generated register has activities');
  return activity;
};

describe('merging a colleague’s file exported from this register (three-way)', () => {
  it('takes a field only they changed, keeps one only we changed, and reports one both changed differently', () => {
    const ours = copy();
    const theirs = copy();
    first(ours).owner = 'DPO';
    first(theirs).retention = 'Five years after the contract ends';
    first(ours).name = 'Payroll (ours)';
    first(theirs).name = 'Payroll (HR)';
    const plan = planMerge(ours, theirs, base);
    const record = plan.records.find((entry) => entry.id === first(base).id);
    expect(record?.outcome).toBe('conflict');
    expect(record?.fields.map((field) => [field.field, field.outcome])).toEqual([
      ['name', 'conflict'],
      ['owner', 'ours'],
      ['retention', 'theirs'],
    ]);
    const { document, unresolved } = applyMerge(ours, plan, { fields: { [`${first(base).id} name`]: 'theirs' } });
    expect(unresolved).toEqual([]);
    expect(first(document)).toMatchObject({ name: 'Payroll (HR)', owner: 'DPO', retention: 'Five years after the contract ends' });
  });

  it('merges purposes as a set: what either side added stays, what they removed goes', () => {
    const ours = copy();
    const theirs = copy();
    const [kept, removed] = first(base).purposes;
    first(ours).purposes = [...first(base).purposes, 'Ours: payroll audits'];
    first(theirs).purposes = [kept ?? '', 'Theirs: pension reporting'];
    const { document } = applyMerge(ours, planMerge(ours, theirs, base));
    expect(first(document).purposes).toEqual([kept, 'Ours: payroll audits', 'Theirs: pension reporting']);
    expect(first(document).purposes).not.toContain(removed);
  });

  it('adds their new records, removes what they deleted and we left alone, and asks about one we edited', () => {
    const ours = copy();
    const theirs = copy();
    const [, second, third] = base.activities;
    theirs.activities = theirs.activities.filter((activity) => activity.id !== second?.id && activity.id !== third?.id);
    theirs.activities.push({ ...structuredClone(first(base)), id: '00000000-0000-4000-8000-000000000001', name: 'Onboarding' });
    const ourThird = ours.activities.find((activity) => activity.id === third?.id);
    if (ourThird !== undefined) ourThird.owner = 'Edited by the DPO';
    const plan = planMerge(ours, theirs, base);
    expect(plan.counts).toMatchObject({ new: 1, removed: 1, 'delete-conflict': 1 });
    const unresolved = applyMerge(ours, plan).unresolved;
    expect(unresolved).toEqual([{ id: third?.id }]);
    const names = applyMerge(ours, plan, { all: 'ours' }).document.activities.map((activity) => activity.id);
    expect(names).toContain(third?.id);
    expect(names).not.toContain(second?.id);
    expect(names).toContain('00000000-0000-4000-8000-000000000001');
  });
});

describe('merging a file this register did not export (two-way)', () => {
  it('reports every differing field as a conflict, but adds a new record as it is', () => {
    const ours = copy();
    const theirs = copy();
    first(theirs).owner = 'Someone else';
    theirs.activities.push({ ...structuredClone(first(base)), id: '00000000-0000-4000-8000-000000000002', name: 'New in their file' });
    const plan = planMerge(ours, theirs);
    expect(plan.threeWay).toBe(false);
    expect(plan.counts).toMatchObject({ conflict: 1, new: 1 });
    expect(plan.records.find((record) => record.id === first(base).id)?.fields).toMatchObject([{ field: 'owner', outcome: 'conflict' }]);
  });

  it('shows the references their file makes to records neither side has', () => {
    const ours = copy();
    const theirs = copy();
    first(theirs).processorIds = ['00000000-0000-4000-8000-00000000dead'];
    const { dangling } = applyMerge(ours, planMerge(ours, theirs, base), { all: 'theirs' });
    expect(dangling).toEqual([{ type: 'activity', id: first(base).id, field: 'processorIds', missing: '00000000-0000-4000-8000-00000000dead' }]);
  });
});
