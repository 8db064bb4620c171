import type { RecordMeta, RecordType } from '../../../../shared/model/records.ts';
import { refuse, type RefusalKey } from '../../../../shared/refusals/refusals.ts';
import type { FieldChange } from '../repositories/index.ts';
import type { ServiceContext } from './context.ts';
import { fieldChanges } from './field-changes.ts';

export type DraftMeta = { id?: string | undefined; updatedAt?: string | undefined; revision?: number | undefined };

/** What a save amounts to: a new record, a change to one, or nothing to do. */
export type SavePlan<T> =
  { kind: 'create'; record: T; changes: FieldChange[] } | { kind: 'update'; record: T; before: T; changes: FieldChange[] } | { kind: 'unchanged'; record: T };

/** The record's content, without id, updatedAt and revision. */
export function contentOf<T extends DraftMeta>(record: T): Omit<T, 'id' | 'updatedAt' | 'revision'> {
  const { id: _id, updatedAt: _updatedAt, revision: _revision, ...content } = record;
  return content;
}

/** The record as stored and exported: bookkeeping first, then the content in the order it was given. */
export function withMeta<T>(content: object, meta: RecordMeta): T {
  return { id: meta.id, updatedAt: meta.updatedAt, revision: meta.revision, ...content } as T;
}

/** A save refused for want of the record, or because it changed meanwhile: a sentence for each type of record. */
const GONE: Readonly<Record<RecordType, RefusalKey>> = {
  organisation: 'register:organisationGoneBeforeSave',
  processor: 'register:processorGoneBeforeSave',
  activity: 'register:activityGoneBeforeSave',
};
const CHANGED: Readonly<Record<RecordType, RefusalKey>> = {
  organisation: 'register:organisationChangedMeanwhile',
  processor: 'register:processorChangedMeanwhile',
  activity: 'register:activityChangedMeanwhile',
};

/**
 * Decides what saving `draft` means. No id: a new record, revision 1. An id: a change to that record, allowed only
 * from the revision it has now, so two people (or two windows) never silently overwrite each other's work.
 */
export function planSave<T extends RecordMeta>(
  context: ServiceContext,
  what: RecordType,
  draft: DraftMeta & object,
  load: (id: string) => T | undefined,
): SavePlan<T> {
  const content = contentOf(draft);
  if (draft.id === undefined) {
    const record = withMeta<T>(content, { id: context.newId(), updatedAt: context.now(), revision: 1 });
    return { kind: 'create', record, changes: fieldChanges(undefined, record) };
  }
  const before = load(draft.id);
  if (before === undefined) {
    throw refuse('not-found', GONE[what], {}, 'id');
  }
  if (draft.revision === undefined) {
    throw refuse('invalid-input', 'register:revisionRequired', {}, 'revision');
  }
  if (draft.revision !== before.revision) {
    throw refuse('conflict', CHANGED[what], { started: draft.revision, current: before.revision }, 'revision');
  }
  const candidate = withMeta<T>(content, { id: before.id, updatedAt: before.updatedAt, revision: before.revision });
  const changes = fieldChanges(before, candidate);
  if (changes.length === 0) return { kind: 'unchanged', record: before };
  const record = withMeta<T>(content, { id: before.id, updatedAt: context.now(), revision: before.revision + 1 });
  return { kind: 'update', record, before, changes };
}

/**
 * The names a refusal to delete lists after the count of the records that depend on it ("used by 7 activities:
 * Payroll, CCTV, …"): the first few, and "…" when there are more, which every language reads the same.
 */
export function usageNames(usage: { count: number; names: readonly string[] }): string {
  return `${usage.names.join(', ')}${usage.count > usage.names.length ? ', …' : ''}`;
}
