// The audit log's chain: each entry carries the hash of the one before with its own content, so that an entry changed,
// removed or put in between outside the app (the app never does: triggers refuse it) breaks the chain from there on,
// and `ropa history --verify` names the first entry that no longer fits.
import { createHash } from 'node:crypto';

/** An entry as its columns hold it: `changes` and `body` as the JSON text stored, not parsed, so a hash is of the bytes kept. */
export type ChainedColumns = {
  at: string;
  actor: string;
  recordType: string;
  recordId: string;
  recordName: string | null;
  kind: string;
  action: string;
  changes: string;
  source: string | null;
  body: string | null;
  /** The register's revision after the entry. */
  revision: number | null;
};

/** The hash of the first entry's predecessor. */
export const CHAIN_START = '';

/** The entry's hash: SHA-256 of the previous entry's hash and every column but the id, as one JSON array. */
export function entryHash(previous: string, entry: ChainedColumns): string {
  const content = [
    previous,
    entry.at,
    entry.actor,
    entry.recordType,
    entry.recordId,
    entry.recordName,
    entry.kind,
    entry.action,
    entry.changes,
    entry.source,
    entry.body,
    entry.revision,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** What kind of change a record's entry is, said by its source (audit-repository writes it; migration 7 for old entries). */
export function kindOfSource(source: string | null): 'change' | 'bulk-edit' | 'merge' {
  if (source === null) return 'change';
  return /^(?:undo of )?bulk edit #\d+$/.test(source) ? 'bulk-edit' : 'merge';
}
