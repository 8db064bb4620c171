// What a merge of a colleague's register into ours would do, before anything is written: per record, whether it
// is new, changed, in conflict, unchanged or removed, and per field where each side stands.
import type { RecordType } from '../model/records.ts';

/** How one field comes out: kept, taken from their file, merged as a set of items, or a conflict to resolve. */
export type FieldOutcome = 'ours' | 'theirs' | 'same' | 'merged' | 'conflict';

export type FieldMerge = {
  field: string;
  /** Absent values are `undefined`; `base` only when the export the file came from is known. */
  base?: unknown;
  ours: unknown;
  theirs: unknown;
  outcome: FieldOutcome;
  /** The value the merge proposes (for a conflict: ours, until the person chooses). */
  merged: unknown;
};

export type RecordOutcome =
  /** Only in their file: added. */
  | 'new'
  /** Fields taken from their file or merged, no conflict. */
  | 'changed'
  /** At least one field changed differently on both sides. */
  | 'conflict'
  /** Deleted on one side, edited on the other: keep it or not. */
  | 'delete-conflict'
  /** Deleted in their file, unchanged in ours since the export: removed. */
  | 'removed'
  | 'unchanged';

export type RecordMerge = {
  type: RecordType;
  id: string;
  outcome: RecordOutcome;
  /** Only the fields that differ between the sides (or from the base). */
  fields: FieldMerge[];
  base?: Record<string, unknown>;
  ours?: Record<string, unknown>;
  theirs?: Record<string, unknown>;
};

export type MergeCounts = Record<RecordOutcome, number>;

export type MergePlan = {
  /** Whether the file's base (the export it was made from) was known: without it, every difference is a conflict. */
  threeWay: boolean;
  records: RecordMerge[];
  counts: MergeCounts;
};

/** A person's choice for a conflict: per field, or for a whole record (a delete conflict, or "all theirs"). */
export type Resolution = 'ours' | 'theirs';
export type Resolutions = {
  /** For every conflict not otherwise chosen. */
  all?: Resolution;
  records?: Record<string, Resolution>;
  /** `${recordId} ${field}` → choice. */
  fields?: Record<string, Resolution>;
};

export const fieldKey = (recordId: string, field: string): string => `${recordId} ${field}`;

/** A spreadsheet row that named no id: read as a new record (with an id made for it), from row `row` of its sheet. */
export type UnmatchedRecord = { type: RecordType; id: string; name: string; row: number };

/** A row without an id whose name is that of one of our records: proposed as an update of it, never taken silently. */
export type MatchProposal = UnmatchedRecord & { existingId: string; existingName: string };
