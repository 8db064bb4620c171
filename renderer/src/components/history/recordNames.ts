// The names the history gives records: a record still in the register by its name now (and a link to it), a record
// since removed by the name the log last wrote for it, so that a deleted record is still named as it was.
import { useMemo } from 'react';
import { useQuery, type AuditEntry } from '../../api/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { hrefFor } from '../../navigation/routing.ts';
import type { RecordType } from '../../../../shared/model/records.ts';

/** A record the history can name: one in the register now, or one the log names that is no longer in it. */
export type NamedRecord = { id: string; type: RecordType; name: string; deleted: boolean };

export type RecordNames = {
  /** The records in the register now, by id. */
  current: ReadonlyMap<string, NamedRecord>;
  /** Every record the log names that is no longer in the register, by id, with the name it last had there. */
  deleted: ReadonlyMap<string, NamedRecord>;
};

const NO_RECORDS: ReadonlyMap<string, NamedRecord> = new Map();

/** The register's records now (activities, processors, organisations) by id, named in the register's language. */
export function useCurrentRecords(): { records: ReadonlyMap<string, NamedRecord>; ready: boolean } {
  const format = useFormat();
  const info = useRegister();
  const activities = useQuery('listActivities', {});
  const processors = useQuery('listProcessors', {});
  const organisations = useQuery('listOrganisations', {});
  const records = useMemo(() => {
    const map = new Map<string, NamedRecord>();
    const add = (type: RecordType, list: ReadonlyArray<{ id: string; name: Parameters<typeof format.text>[0] }> | undefined) => {
      for (const record of list ?? []) map.set(record.id, { id: record.id, type, name: format.text(record.name, info.defaultLanguage), deleted: false });
    };
    add('activity', activities.data);
    add('processor', processors.data);
    add('organisation', organisations.data);
    return map;
    // format.text depends only on the interface language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activities.data, processors.data, organisations.data, info.defaultLanguage, format.language]);
  const ready = activities.data !== undefined && processors.data !== undefined && organisations.data !== undefined;
  return { records, ready };
}

/** The records `entries` (newest first) name that are not in `current`, each by the latest name the log gave it. */
export function deletedRecords(entries: readonly AuditEntry[], current: ReadonlyMap<string, NamedRecord>): ReadonlyMap<string, NamedRecord> {
  const deleted = new Map<string, NamedRecord>();
  for (const entry of entries) {
    if (entry.recordType === 'register' || current.has(entry.recordId)) continue;
    const known = deleted.get(entry.recordId);
    if (known !== undefined && known.name !== '') continue;
    deleted.set(entry.recordId, { id: entry.recordId, type: entry.recordType, name: entry.recordName ?? '', deleted: true });
  }
  return deleted.size === 0 ? NO_RECORDS : deleted;
}

/** The editor of a record in the register, or null for the register itself. */
export function recordHref(type: RecordType | 'register', id: string): string | null {
  if (type === 'activity') return hrefFor('activities', id);
  if (type === 'processor') return hrefFor('processors', id);
  if (type === 'organisation') return hrefFor('organisations', id);
  return null;
}

/**
 * How an entry names its record: by its name now, linked to its editor, while it is in the register; else as the entry
 * (or failing that, the log) last named it, unlinked; `unknown` where the log kept no name.
 */
export function entryRecord(entry: AuditEntry, names: RecordNames, unknown: string): { label: string; href: string | null } {
  if (entry.recordType === 'register') return { label: '', href: null };
  const current = names.current.get(entry.recordId);
  if (current !== undefined) return { label: current.name, href: recordHref(entry.recordType, entry.recordId) };
  const label = entry.recordName ?? names.deleted.get(entry.recordId)?.name ?? '';
  return { label: label === '' ? unknown : label, href: null };
}

/** Every record's name by id, those since removed too: what a changed value that refers to a record is shown as. */
export function namesById(names: RecordNames): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const record of [...names.deleted.values(), ...names.current.values()]) if (record.name !== '') map.set(record.id.toLowerCase(), record.name);
  return map;
}
