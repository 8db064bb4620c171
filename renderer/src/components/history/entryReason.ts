// Why an entry came to be, from its `source`: the file an import or merge read (with its SHA-256), the backup a restore
// or an undone import put back, the bulk edit (or its undoing) that changed the record. The backend writes the source
// in one fixed form per kind (services/exchange.ts, services/audit.ts, services/bulk-edits.ts); this says it in words.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/index.ts';

/** The reason in words, and what identifies its file exactly (the file's SHA-256), when there is one. */
export type EntryReason = { text: string; fingerprint: string | null };

const FILE = /^(.*) \(sha256 ([0-9a-f]{64})\)$/;
const BULK_EDIT = /^(undo of )?bulk edit #(\d+)$/;

export function useEntryReason(): (entry: Pick<AuditEntry, 'kind' | 'source'>) => EntryReason | null {
  const { t } = useTranslation('history');
  return ({ kind, source }) => {
    if (source === null || source === '') return null;
    if (kind === 'restore' || kind === 'undo-import') return { text: t('source.backup', { backup: source }), fingerprint: null };
    const file = FILE.exec(source);
    if (file !== null) return { text: t('source.file', { file: file[1] }), fingerprint: file[2] ?? null };
    const bulk = BULK_EDIT.exec(source);
    if (bulk !== null) return { text: t(bulk[1] === undefined ? 'source.bulkEdit' : 'source.bulkEditUndone', { number: bulk[2] }), fingerprint: null };
    return { text: t('source.other', { source }), fingerprint: null };
  };
}
