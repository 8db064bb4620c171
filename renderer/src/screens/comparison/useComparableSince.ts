// The first moment the register can be compared from, read from its audit log: its history kept whole (the register's
// first entry, or where an upgraded register's history starts) and an organisation in it (a register is rebuilt only
// with its controller). A register younger than a year is then compared from there, not refused for the year before.
import type { AuditEntry } from '../../../../shared/ipc/outputs.ts';
import { useQuery } from '../../api/index.ts';

/**
 * The moment, null when the log does not say (it could not be read); undefined while it is read, and while the answer
 * at hand is one from before the register last changed (it may be another register's).
 */
export function useComparableSince(): Date | null | undefined {
  const register = useQuery('listAudit', { recordType: 'register' });
  const organisations = useQuery('listAudit', { recordType: 'organisation' });
  if (register.loading || organisations.loading) return undefined;
  if (register.data === undefined || organisations.data === undefined) return null;
  // The log lists the newest first.
  const historyStarts = register.data.filter((entry) => entry.kind === 'history-start').at(-1) ?? register.data.at(-1);
  const moments = [historyStarts, organisations.data.at(-1)].filter((entry): entry is AuditEntry => entry !== undefined).map((entry) => Date.parse(entry.at));
  return moments.length === 0 ? null : new Date(Math.max(...moments));
}
