import type { RecordMeta } from '../../../../shared/model/records.ts';
import { RegisterError } from '../../../../shared/result.ts';
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

/**
 * Decides what saving `draft` means. No id: a new record, revision 1. An id: a change to that record, allowed only
 * from the revision it has now, so two people (or two windows) never silently overwrite each other's work.
 */
export function planSave<T extends RecordMeta>(
  context: ServiceContext,
  what: string,
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
    throw new RegisterError('not-found', `This ${what} is no longer in the register (it may have been deleted); nothing was saved`, 'id');
  }
  if (draft.revision === undefined) {
    throw new RegisterError('invalid-input', 'revision: is required when saving changes (the revision the editor started from)', 'revision');
  }
  if (draft.revision !== before.revision) {
    throw new RegisterError(
      'conflict',
      `This ${what} was changed after you opened it (you started from revision ${draft.revision}; it is now at ${before.revision}): reload it and make your changes again`,
      'revision',
    );
  }
  const candidate = withMeta<T>(content, { id: before.id, updatedAt: before.updatedAt, revision: before.revision });
  const changes = fieldChanges(before, candidate);
  if (changes.length === 0) return { kind: 'unchanged', record: before };
  const record = withMeta<T>(content, { id: before.id, updatedAt: context.now(), revision: before.revision + 1 });
  return { kind: 'update', record, before, changes };
}

/** The message of a record that cannot be deleted while others depend on it, e.g. "used by 3 activities: Payroll, …". */
export function describeUsage(count: number, names: string[], singular: string, plural: string): string {
  const shown = names.join(', ');
  const more = count > names.length ? `, and ${count - names.length} more` : '';
  return `${count} ${count === 1 ? singular : plural}: ${shown}${more}`;
}
