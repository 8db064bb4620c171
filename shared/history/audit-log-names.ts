// How the records an entry refers to by id (a processor in an activity's processors, an organisation) were named:
// as the log last named them at or before the entry, else as the register names them now. A record renamed since
// keeps, in an old entry, the name it had then; one never named by the log (and gone) stays its id.
import type { AuditEntry } from '../ipc/outputs.ts';

/** A name the log gave a record: in which entry, which record, of which type. */
export type RecordNaming = { entryId: number; recordId: string; recordType: AuditEntry['recordType']; name: string };
export type NamedRecord = { type: AuditEntry['recordType']; name: string };
/**
 * What the names are found from, as plain data (it crosses to the worker thread that renders the log's PDF):
 * `namings` oldest first (as the log lists them); `now`: the names of the register's records now, by id.
 */
export type RecordNamesSource = { namings: readonly RecordNaming[]; now: ReadonlyMap<string, NamedRecord> };

export type RecordNames = {
  /** The name of record `id` when `entry` was written, else now; undefined where neither is known. */
  at: (id: string, entry: Pick<AuditEntry, 'id'>) => string | undefined;
  /** The record's latest name, from the log or from the register now, with its type. */
  latest: (id: string) => NamedRecord | undefined;
};

export function recordNames({ namings, now }: RecordNamesSource): RecordNames {
  const byRecord = new Map<string, RecordNaming[]>();
  for (const naming of namings) {
    const id = naming.recordId.toLowerCase();
    const list = byRecord.get(id);
    if (list === undefined) byRecord.set(id, [naming]);
    else list.push(naming);
  }
  /** The last naming at or before entry `entryId`: a binary search of the record's namings, ordered by entry. */
  const namingAt = (id: string, entryId: number): RecordNaming | undefined => {
    const list = byRecord.get(id.toLowerCase()) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((list[middle] as RecordNaming).entryId <= entryId) low = middle + 1;
      else high = middle;
    }
    return list[low - 1];
  };
  return {
    at: (id, entry) => namingAt(id, entry.id)?.name ?? now.get(id.toLowerCase())?.name,
    latest: (id) => {
      const current = now.get(id.toLowerCase());
      if (current !== undefined) return current;
      const last = namingAt(id, Number.POSITIVE_INFINITY);
      return last === undefined ? undefined : { type: last.recordType, name: last.name };
    },
  };
}
