// The History screen's filter as the person sets it (a record, a type of record, a person, kinds of entry, a first and
// a last day) and as listAudit and exportAudit take it (`since` the first day's start and `until` the last day's end,
// in the person's time zone). The address may start the screen filtered: `#/history?record=<id>` (the editors'
// "Open in History"), also `type`, `person`, `kind` (a comma-separated list), `from` and `to` (YYYY-MM-DD).
import { AUDIT_KINDS, type AuditKind } from '../../../../shared/ipc/outputs.ts';
import type { AuditFilter } from '../../components/history/index.ts';
import type { RouteQuery } from '../../navigation/routing.ts';

export const AUDIT_RECORD_TYPES = ['activity', 'processor', 'organisation', 'register'] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

export type HistoryFilter = {
  recordId?: string;
  recordType?: AuditRecordType;
  actor?: string;
  kinds?: AuditKind[];
  /** The first day (YYYY-MM-DD) whose entries are shown. */
  from?: string;
  /** The last day (YYYY-MM-DD) whose entries are shown. */
  to?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The moment a day starts (`days` 0) or the next day starts (`days` 1) in the person's time zone. */
function dayStart(day: string, days: 0 | 1): Date | undefined {
  const match = DAY.exec(day);
  if (match === null) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The filter as listAudit takes it: only what is set; the last day included to its last millisecond. */
export function auditFilterOf(filter: HistoryFilter): AuditFilter {
  const since = filter.from === undefined ? undefined : dayStart(filter.from, 0);
  const next = filter.to === undefined ? undefined : dayStart(filter.to, 1);
  return {
    ...(filter.recordId === undefined ? {} : { recordId: filter.recordId }),
    ...(filter.recordType === undefined ? {} : { recordType: filter.recordType }),
    ...(filter.actor === undefined ? {} : { actor: filter.actor }),
    ...(filter.kinds === undefined || filter.kinds.length === 0 ? {} : { kinds: filter.kinds }),
    ...(since === undefined ? {} : { since: since.toISOString() }),
    ...(next === undefined ? {} : { until: new Date(next.getTime() - 1).toISOString() }),
  };
}

export function isFiltered(filter: HistoryFilter): boolean {
  return Object.keys(auditFilterOf(filter)).length > 0;
}

/** The filter the address asks for; what it names wrongly (no id, no such kind, no date) is left out. */
export function filterFromQuery(query: RouteQuery): HistoryFilter {
  const { record, type, person, kind, from, to } = query;
  const kinds = (kind ?? '').split(',').filter((candidate): candidate is AuditKind => (AUDIT_KINDS as readonly string[]).includes(candidate));
  return {
    ...(record !== undefined && UUID.test(record) ? { recordId: record } : {}),
    ...(type !== undefined && (AUDIT_RECORD_TYPES as readonly string[]).includes(type) ? { recordType: type as AuditRecordType } : {}),
    ...(person !== undefined && person.trim() !== '' ? { actor: person } : {}),
    ...(kinds.length > 0 ? { kinds } : {}),
    ...(from !== undefined && dayStart(from, 0) !== undefined ? { from } : {}),
    ...(to !== undefined && dayStart(to, 0) !== undefined ? { to } : {}),
  };
}
