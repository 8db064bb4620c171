// The audit log as the services keep it: the latest entries, the chain verified, and what a restore or an undone
// import does to it. Putting an older file back must not rewind the history: the entries the older file lacks are
// carried into it, and then one entry for each record the swap added, changed or removed, so the log says what the
// register became and why.
import type { AuditEntry } from '../../../../shared/ipc/contract.ts';
import type { NamedRecord, RecordNamesSource } from '../../../../shared/history/audit-log-names.ts';
import { timestamp } from '../../../../shared/model/dates.ts';
import type { RecordMeta, RecordType, Text } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import type { AuditQuery } from '../repositories/audit-repository.ts';
import { registerHistoryBody, type NewAuditEntry } from '../repositories/index.ts';
import type { ServiceContext } from './context.ts';
import { fieldChanges } from './field-changes.ts';

/** Which entries of the log: the contract's filter (shared/ipc/commands/history.ts `auditFilter`), moments as RFC 3339. */
export type AuditFilter = AuditQuery;

/**
 * The filter with its moments in the log's own form. Entries are dated in UTC to the second (`timestamp`): a moment
 * given with another offset is compared as the same instant, and one given to the millisecond as the second it is in,
 * so `until` 12:00:00.500 includes an entry written at 12:00:00.
 */
function inLogTime(filter: AuditFilter): AuditQuery {
  const moment = (value: string | undefined) => (value === undefined ? undefined : timestamp(new Date(value)));
  return { ...filter, since: moment(filter.since), until: moment(filter.until) };
}

/** How many entries a list without a limit returns: a screenful of recent changes, not the register's whole history. */
export const DEFAULT_AUDIT_LIMIT = 200;

type KeptRecord = { type: RecordType; body: object; name: string | null };
type RegisterBody = ReturnType<typeof registerHistoryBody>;

/** The register as a restore finds it before the swap: its entries, its settings and every record as it is. */
export type HistoryBeforeSwap = { entries: Array<NewAuditEntry & { id: number }>; register: RegisterBody; records: Map<string, KeptRecord> };

/** The order of the records in the file put back, by type: what the register as of a later date lists them in. */
export type RecordOrder = { organisations: string[]; processors: string[]; activities: string[] };

export function auditService(context: ServiceContext) {
  const { audit } = context.repositories;

  /** Every record, by id, in the order of its table. */
  const recordsNow = (): Map<string, KeptRecord> => {
    const language = context.defaultLanguage();
    const named = (type: RecordType, records: ReadonlyArray<RecordMeta & { name?: Text }>) =>
      records.map((record) => [record.id, { type, body: record, name: displayText(record.name, language, language) }] as const);
    return new Map<string, KeptRecord>([
      ...named('organisation', context.repositories.organisations.list()),
      ...named('processor', context.repositories.processors.list()),
      ...named('activity', context.repositories.activities.list()),
    ]);
  };

  return {
    /** The latest entries that pass `filter`, newest first, at most `limit` (a screenful when not given). */
    list(filter: AuditFilter & { limit?: number | undefined }): AuditEntry[] {
      return audit.list(inLogTime(filter), filter.limit ?? DEFAULT_AUDIT_LIMIT);
    },

    /**
     * What an export of the log is made from: every entry that passes `filter`, oldest first; how the log named each
     * record when; the organisations and processors (the records other records refer to by id) as named now; and now.
     * Plain data, no functions: the log's PDF is made from it in a worker thread.
     */
    toExport(filter: AuditFilter): { entries: AuditEntry[]; names: RecordNamesSource; writtenAt: string } {
      const language = context.defaultLanguage();
      const now = new Map<string, NamedRecord>();
      for (const [type, records] of [
        ['organisation', context.repositories.organisations.list()],
        ['processor', context.repositories.processors.list()],
      ] as const) {
        for (const record of records) now.set(record.id, { type, name: displayText(record.name, language, language) });
      }
      return { entries: audit.listAll(inLogTime(filter)), names: { namings: audit.namings(), now }, writtenAt: context.now() };
    },

    verify: () => audit.verify(),

    /** Read before a restore or an undone import closes the file. */
    beforeSwap: (): HistoryBeforeSwap => ({
      entries: audit.entriesAfter(0),
      register: registerHistoryBody(context.repositories.register.get()),
      records: recordsNow(),
    }),

    /**
     * In the file put back (`source`: the backup's name): the entries it lacks, then an entry per record the swap
     * changed, and last one for the register with the order of its records, dated now, of `kind` restore or
     * undo-import. One transaction.
     */
    afterSwap(before: HistoryBeforeSwap, kind: 'restore' | 'undo-import', source: string): void {
      if (context.readOnly === true) return;
      context.transaction(() => {
        // The older file's log is the start of the newer one's (entries are only ever appended): the rest follows it.
        const kept = audit.lastId();
        audit.appendAll(before.entries.filter((entry) => entry.id > kept));
        const now = recordsNow();
        const at = context.now();
        const entry = (id: string, was: KeptRecord | undefined, is: KeptRecord | undefined): NewAuditEntry => ({
          at,
          actor: context.actor,
          recordType: (is ?? was)?.type as RecordType,
          recordId: id,
          recordName: (is ?? was)?.name ?? null,
          kind,
          action: was === undefined ? 'create' : is === undefined ? 'delete' : 'update',
          changes: fieldChanges(was?.body, is?.body),
          source,
          body: is?.body ?? null,
        });
        const changed = [...now].filter(([id, is]) => JSON.stringify(before.records.get(id)?.body) !== JSON.stringify(is.body));
        const removed = [...before.records].filter(([id]) => !now.has(id));
        const register = context.repositories.register.get();
        const idsOf = (type: RecordType) => [...now].filter(([, record]) => record.type === type).map(([id]) => id);
        const order: RecordOrder = { organisations: idsOf('organisation'), processors: idsOf('processor'), activities: idsOf('activity') };
        audit.appendAll([
          ...changed.map(([id, is]) => entry(id, before.records.get(id), is)),
          ...removed.map(([id, was]) => entry(id, was, undefined)),
          {
            at,
            actor: context.actor,
            recordType: 'register',
            recordId: register.id,
            kind,
            action: 'update',
            changes: fieldChanges(before.register, registerHistoryBody(register)),
            source,
            body: { ...registerHistoryBody(register), order },
          },
        ]);
      });
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
