// Properties of the field-by-field merge, over random registers and random edits made on two copies of one export:
// no edit is ever lost silently (each is in the result or reported as a conflict), and a file merged with itself
// changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { applyMerge } from '../../../../shared/merge/apply-merge.ts';
import { planMerge } from '../../../../shared/merge/merge-registers.ts';
import { canonical, same } from '../../../../shared/merge/values.ts';
import { generateRegister } from '../../../tools/generate-register.ts';

type Edit = { kind: 'owner' | 'name' | 'retention' | 'addPurpose' | 'removePurpose' | 'delete' | 'add'; index: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('owner', 'name', 'retention', 'addPurpose', 'removePurpose', 'delete', 'add'),
  index: fc.nat({ max: 20 }),
  text: fc.string({ minLength: 1, maxLength: 12 }),
});

let counter = 0;
/** A copy of `document` with the edits a colleague (or the DPO) might make. */
function edited(document: ExchangeDocument, edits: readonly Edit[], side: string): ExchangeDocument {
  const copy = structuredClone(document);
  for (const change of edits) {
    const activity = copy.activities[change.index % Math.max(1, copy.activities.length)];
    if (activity === undefined) continue;
    switch (change.kind) {
      case 'owner':
        activity.owner = `${side} ${change.text}`;
        break;
      case 'name':
        activity.name = `${side} ${change.text}`;
        break;
      case 'retention':
        activity.retention = `${side} ${change.text}`;
        break;
      case 'addPurpose':
        activity.purposes = [...activity.purposes, `${side} ${change.text}`];
        break;
      case 'removePurpose':
        activity.purposes = activity.purposes.slice(1);
        break;
      case 'delete':
        copy.activities = copy.activities.filter((other) => other.id !== activity.id);
        break;
      case 'add':
        counter += 1;
        copy.activities.push({
          ...structuredClone(activity),
          id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
          name: `${side} new ${change.text}`,
        });
        break;
    }
  }
  return copy;
}

const METADATA = new Set(['id', 'updatedAt', 'revision']);
const fieldsOf = (record: object) => Object.keys(record).filter((key) => !METADATA.has(key));
const itemsOf = (value: unknown) => (Array.isArray(value) ? value.map(canonical) : []);

/** Every change `side` made to the base is in `result`, or the merge reported it as a conflict. */
function everyChangeKept(base: ExchangeDocument, side: ExchangeDocument, result: ExchangeDocument, conflicts: Set<string>, deleteConflicts: Set<string>): void {
  const baseById = new Map(base.activities.map((activity) => [activity.id, activity as unknown as Record<string, unknown>]));
  const resultById = new Map(result.activities.map((activity) => [activity.id, activity as unknown as Record<string, unknown>]));
  for (const activity of side.activities as unknown as Array<Record<string, unknown> & { id: string }>) {
    const before = baseById.get(activity.id);
    const after = resultById.get(activity.id);
    if (before === undefined) {
      expect(after, `a record added on one side is in the result (${activity.id})`).toBeDefined();
      continue;
    }
    if (after === undefined) {
      // Removed by the other side: fine if this side left it as it was; if it edited it, that is a reported conflict.
      const editedHere = fieldsOf({ ...before, ...activity }).some((field) => !same(activity[field], before[field]));
      if (editedHere) expect(deleteConflicts.has(activity.id), `an edited record deleted on the other side is reported (${activity.id})`).toBe(true);
      continue;
    }
    for (const field of fieldsOf(activity)) {
      if (same(activity[field], before[field])) continue;
      if (conflicts.has(`${activity.id} ${field}`)) continue;
      if (Array.isArray(activity[field])) {
        const added = itemsOf(activity[field]).filter((item) => !itemsOf(before[field]).includes(item));
        for (const item of added) expect(itemsOf(after[field]), `an item added to ${field} is kept`).toContain(item);
      } else {
        expect(same(after[field], activity[field]), `the change to ${field} of ${activity.id} is applied`).toBe(true);
      }
    }
  }
}

describe('the three-way merge, on random registers and random edits', () => {
  it('never loses an edit silently: each is applied or reported as a conflict', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (seed, ourEdits, theirEdits) => {
        const base = generateRegister({ activities: 6, seed, organisations: 1 });
        const ours = edited(base, ourEdits, 'ours');
        const theirs = edited(base, theirEdits, 'theirs');
        const plan = planMerge(ours, theirs, base);
        const conflicts = new Set(
          plan.records.flatMap((record) => record.fields.filter((field) => field.outcome === 'conflict').map((field) => `${record.id} ${field.field}`)),
        );
        const deleteConflicts = new Set(plan.records.filter((record) => record.outcome === 'delete-conflict').map((record) => record.id));
        for (const choice of ['ours', 'theirs'] as const) {
          const { document } = applyMerge(ours, plan, { all: choice });
          // The side whose conflicts win keeps every change; the other side keeps every change that was not a conflict.
          everyChangeKept(base, choice === 'ours' ? ours : theirs, document, new Set(), choice === 'ours' ? new Set() : deleteConflicts);
          everyChangeKept(base, choice === 'ours' ? theirs : ours, document, conflicts, deleteConflicts);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('changes nothing when a file is merged with itself, with or without its base', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { maxLength: 6 }), (seed, edits) => {
        const base = generateRegister({ activities: 6, seed, organisations: 1 });
        const ours = edited(base, edits, 'ours');
        for (const plan of [planMerge(ours, ours, base), planMerge(ours, ours)]) {
          expect(plan.counts.conflict + plan.counts['delete-conflict'] + plan.counts.new + plan.counts.removed + plan.counts.changed).toBe(0);
          const { document, unresolved, dangling } = applyMerge(ours, plan);
          expect(canonical(document)).toBe(canonical(ours));
          expect(unresolved).toEqual([]);
          expect(dangling).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
