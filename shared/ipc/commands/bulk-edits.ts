// Bulk edits: one change made to many activities or processors at once, in one transaction, and undone as one.
// Handlers: backend/handlers/bulk-edits.ts.
import type { z } from 'zod';
import { command, returns, type SchemaKit } from './declare.ts';
import { ACTIVITY_STATUSES, PROCESSOR_KINDS } from '../../model/vocabulary.ts';
import type { BulkEditOutcome, UndoneBulkEdit } from '../outputs.ts';

/** As many records as a register holds (the table's "select all" sends every row left by its filters). */
const MAX_RECORDS = 100_000;

/** A `YYYY-MM-DD` that is a day of the calendar (not 2026-02-30). */
const calendarDate = ({ z }: SchemaKit) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date written YYYY-MM-DD')
    .refine((value) => {
      const day = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
    }, 'is not a date of the calendar');

/** Words for a list: each non-empty, each at most a paragraph. */
const words = ({ z }: SchemaKit) => z.array(z.string().trim().min(1).max(2_000)).min(1).max(100);

/** Only what was asked for is changed: an absent key leaves the field as each record has it. */
function atLeastOneChange(change: object): boolean {
  return Object.values(change).some((value) => value !== undefined);
}

/** What a bulk edit of activities may change; `null` empties a field. */
export const activityBulkChange = (kit: SchemaKit) => {
  const { z, uuid } = kit;
  return z
    .strictObject({
      owner: z.string().trim().max(500).nullable().optional(),
      status: z.enum(ACTIVITY_STATUSES).optional(),
      lastReviewedOn: calendarDate(kit).nullable().optional(),
      nextReviewOn: calendarDate(kit).nullable().optional(),
      addProcessorIds: z.array(uuid).min(1).max(1_000).optional(),
      removeProcessorIds: z.array(uuid).min(1).max(1_000).optional(),
      addSecurityMeasures: words(kit).optional(),
      removeSecurityMeasures: words(kit).optional(),
    })
    .refine(atLeastOneChange, 'says nothing to change');
};

/**
 * What a bulk edit of processors may change. Processors have no owner, status or review dates: what a DPO changes on
 * several at once is where they keep the data (a provider opens a region) and what kind of recipient they are.
 */
export const processorBulkChange = (kit: SchemaKit) => {
  const { z } = kit;
  const countries = z
    .array(z.string().regex(/^[A-Za-z]{2}$/, 'is not a two-letter country code'))
    .min(1)
    .max(300);
  return z
    .strictObject({
      kind: z.enum(PROCESSOR_KINDS).optional(),
      addDataLocations: countries.optional(),
      removeDataLocations: countries.optional(),
    })
    .refine(atLeastOneChange, 'says nothing to change');
};

export type ActivityBulkChange = z.output<ReturnType<typeof activityBulkChange>>;
export type ProcessorBulkChange = z.output<ReturnType<typeof processorBulkChange>>;

/** The records to change and, when the caller knows them, the revisions it saw (a record changed since is refused). */
const targets = ({ z, uuid }: SchemaKit) => ({
  ids: z.array(uuid).min(1, 'names no record to change').max(MAX_RECORDS),
  revisions: z.record(z.string(), z.number().int().min(1)).optional(),
});

export const bulkEditCommands = {
  /** One change to many activities, validated as a save is; all are changed or none. Audited per record as "bulk edit #N". */
  bulkEditActivities: command({
    input: (kit) => kit.z.strictObject({ ...targets(kit), change: activityBulkChange(kit) }),
    output: returns<BulkEditOutcome>(),
    changesRegister: true,
  }),
  /** One change to many processors, as bulkEditActivities. */
  bulkEditProcessors: command({
    input: (kit) => kit.z.strictObject({ ...targets(kit), change: processorBulkChange(kit) }),
    output: returns<BulkEditOutcome>(),
    changesRegister: true,
  }),
  /** Puts back every field bulk edit #id changed, unless one of its records changed since; audited as "undo of bulk edit #id". */
  undoBulkEdit: command({
    input: ({ z }) => z.strictObject({ id: z.number().int().min(1) }),
    output: returns<UndoneBulkEdit>(),
    changesRegister: true,
  }),
} as const;
