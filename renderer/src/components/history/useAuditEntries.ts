// The audit log's entries that pass a filter, all of them (newest first): what the History screen and the editors'
// History tab list. While the entries of another filter load, the last ones stay shown, so the list does not flash empty.
import { useState } from 'react';
import { useQuery, type AuditEntry, type CommandInput, type Failure } from '../../api/index.ts';

/** Which entries: listAudit's filter without its limit. */
export type AuditFilter = Omit<CommandInput<'listAudit'>, 'limit'>;

/** As many entries as listAudit gives: the whole log, not a screenful of the latest. */
const WHOLE_LOG = 1_000_000;

export function useAuditEntries(filter: AuditFilter): { entries: AuditEntry[] | undefined; loading: boolean; error: Failure | undefined } {
  const query = useQuery('listAudit', { ...filter, limit: WHOLE_LOG });
  const [last, setLast] = useState<AuditEntry[] | undefined>(undefined);
  if (query.data !== undefined && query.data !== last) setLast(query.data);
  return { entries: query.data ?? last, loading: query.loading, error: query.error };
}
