// Writing a merged register: every record that comes out different is created, updated (next revision) or
// deleted through its record keeper, so each is validated and audited field by field, naming the file and its
// SHA-256. One transaction: all of it or none; references are checked at the commit.
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { recordSchemas, type RecordMeta, type RecordType } from '../../../../shared/model/records.ts';
import { same } from '../../../../shared/merge/values.ts';
import type { ServiceContext } from './context.ts';
import { fieldChanges } from './field-changes.ts';
import type { RecordWrite } from './record-keeper.ts';
import { validateRecord } from './validation.ts';

/**
 * The part of a record keeper a merge uses. Written with method syntax on purpose: each keeper takes its own record
 * type, and the records handed to it here are checked against that type's schema first (see `validated`).
 */
type Keeper = {
  write(change: RecordWrite<RecordMeta>, defaultLanguage: string, source?: string | null): void;
  remove(record: RecordMeta, source: string | null): void;
};
export type MergeKeepers = Record<RecordType, Keeper>;

export type WrittenCounts = { created: number; updated: number; deleted: number };

const LISTS = { organisation: 'organisations', processor: 'processors', activity: 'activities' } as const;
/** A merged record checked like a saved one: a set-merged list can break a rule neither side broke. */
function validated(schemas: ReturnType<typeof recordSchemas>, type: RecordType, record: RecordMeta): RecordMeta {
  switch (type) {
    case 'organisation':
      return validateRecord(schemas.organisation, record);
    case 'processor':
      return validateRecord(schemas.processor, record);
    case 'activity':
      return validateRecord(schemas.activity, record);
  }
}

/** Writes `merged` over `ours` (the register as it is now). Call inside `transaction`. */
export function writeMerged(context: ServiceContext, keepers: MergeKeepers, ours: ExchangeDocument, merged: ExchangeDocument, source: string): WrittenCounts {
  const language = context.defaultLanguage();
  const schemas = recordSchemas(language);
  const counts: WrittenCounts = { created: 0, updated: 0, deleted: 0 };
  // A record may name one that comes later in the file (a sub-processor before its parent): checked at the commit.
  context.db.pragma('defer_foreign_keys = ON');
  // Deletions first, dependants before what they depend on; then creations and updates, in the opposite order.
  for (const type of ['activity', 'processor', 'organisation'] as const) {
    const kept = new Set((merged[LISTS[type]] as RecordMeta[]).map((record) => record.id));
    for (const record of ours[LISTS[type]] as RecordMeta[]) {
      if (kept.has(record.id)) continue;
      keepers[type].remove(record, source);
      counts.deleted += 1;
    }
  }
  for (const type of ['organisation', 'processor', 'activity'] as const) {
    const current = new Map((ours[LISTS[type]] as RecordMeta[]).map((record) => [record.id, record]));
    for (const record of merged[LISTS[type]] as RecordMeta[]) {
      const before = current.get(record.id);
      if (before !== undefined && same(before, record)) continue;
      const next = before === undefined ? record : { ...record, revision: before.revision + 1, updatedAt: context.now() };
      const valid = validated(schemas, type, next);
      keepers[type].write({ kind: before === undefined ? 'create' : 'update', record: valid, changes: fieldChanges(before, valid) }, language, source);
      if (before === undefined) counts.created += 1;
      else counts.updated += 1;
    }
  }
  return counts;
}
