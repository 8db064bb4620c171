import type { z } from 'zod';
import type { RecordMeta, RecordType, Text } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { refuse, type RefusalKey } from '../../../../shared/refusals/refusals.ts';
import type { FieldChange } from '../repositories/index.ts';
import type { ServiceContext } from './context.ts';
import { fieldChanges } from './field-changes.ts';
import { planSave, type DraftMeta } from './revisions.ts';
import { validateRecord } from './validation.ts';

/** What keeping one type of record needs of its repository. */
export type RecordStore<T> = {
  get(id: string): T | undefined;
  insert(record: T, defaultLanguage: string): void;
  update(record: T, defaultLanguage: string): void;
  delete(id: string): void;
};

/** What sets one type of record apart: its name, the schema its form is checked against, and its own checks. */
export type RecordRules<T> = {
  type: RecordType;
  draftSchema(defaultLanguage: string): z.ZodType<DraftMeta & object>;
  /** The records it names must be in the register; throws with every field that names one that is not. */
  checkReferences?(record: T, defaultLanguage: string): void;
  /** Throws `in-use` while other records depend on this one. */
  checkDeletable?(record: T): void;
};

/** "This activity is not in the register": a sentence for each type, whose noun each language declines its own way. */
const NOT_FOUND: Readonly<Record<RecordType, RefusalKey>> = {
  organisation: 'register:organisationNotFound',
  processor: 'register:processorNotFound',
  activity: 'register:activityNotFound',
};

/** A record written as new or as its next revision, with the fields that changed for the audit log. */
export type RecordWrite<T> = { kind: 'create' | 'update'; record: T; changes: FieldChange[] };

/**
 * Getting, saving and deleting the records of one type, the same for organisations, processors and activities, so
 * that every record is validated, guarded against overwriting a newer revision and audited in the same way.
 */
export function recordKeeper<T extends RecordMeta>(context: ServiceContext, store: RecordStore<T>, rules: RecordRules<T>) {
  const get = (id: string): T => {
    const record = store.get(id);
    if (record === undefined) throw refuse('not-found', NOT_FOUND[rules.type], {}, 'id');
    return record;
  };

  /** Writes the record and its audit row; the one way a record comes to be or changes. Call inside `transaction`. */
  const write = (change: RecordWrite<T>, defaultLanguage: string, source: string | null = null): void => {
    if (change.kind === 'create') store.insert(change.record, defaultLanguage);
    else store.update(change.record, defaultLanguage);
    context.recordChange({
      // When it was written here: a merged record keeps the time its file says it changed, but the log is this
      // register's history, in the order things happened to it (the rebuild as of a moment relies on that).
      at: context.now(),
      recordType: rules.type,
      recordId: change.record.id,
      action: change.kind,
      changes: change.changes,
      source,
      body: change.record,
    });
  };

  /**
   * Deletes a record and audits it, naming `source` (an imported file); what depends on it is the caller's to check
   * (a merge checks every reference of the merged register at once). Call inside `transaction`.
   */
  const remove = (record: T, source: string | null): void => {
    store.delete(record.id);
    context.recordChange({
      at: context.now(),
      recordType: rules.type,
      recordId: record.id,
      action: 'delete',
      changes: fieldChanges(record, undefined),
      source,
      // Gone from the register: its name is kept from the record as it was.
      recordName: displayText((record as { name?: Text }).name, context.defaultLanguage(), context.defaultLanguage()),
      body: null,
    });
  };

  return {
    get,
    /** The record, or undefined when it is not in the register. */
    find: (id: string): T | undefined => store.get(id),
    write,

    /** Saves what a form sent: a new record, or the next revision of one (see `planSave`); unchanged, nothing is written. */
    save(input: unknown): T {
      return context.transaction(() => {
        const language = context.defaultLanguage();
        const draft = validateRecord(rules.draftSchema(language), input);
        const plan = planSave<T>(context, rules.type, draft, (id) => store.get(id));
        if (plan.kind === 'unchanged') return plan.record;
        rules.checkReferences?.(plan.record, language);
        write(plan, language);
        return plan.record;
      });
    },

    /**
     * The next revision of `before` with the content `changed`, checked exactly as a save of it from the editor would
     * be (schema, what Art. 30 requires, references); undefined when nothing would change. Throws as `save` does;
     * writes nothing (the caller writes it, e.g. a bulk edit once every record passed). Call inside `transaction`.
     */
    revise(before: T, changed: object, defaultLanguage: string): RecordWrite<T> | undefined {
      const draft = validateRecord(rules.draftSchema(defaultLanguage), { ...changed, id: before.id, updatedAt: before.updatedAt, revision: before.revision });
      const plan = planSave<T>(context, rules.type, draft, () => before);
      if (plan.kind === 'unchanged') return undefined;
      rules.checkReferences?.(plan.record, defaultLanguage);
      return { kind: 'update', record: plan.record, changes: plan.changes };
    },

    /** Deletes for good; the audit row keeps the deleted record's fields. */
    delete(id: string): { id: string } {
      return context.transaction(() => {
        const record = get(id);
        rules.checkDeletable?.(record);
        remove(record, null);
        return { id };
      });
    },

    remove,
  };
}

export type RecordKeeper<T extends RecordMeta> = ReturnType<typeof recordKeeper<T>>;
