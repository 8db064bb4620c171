// The notice of the last bulk edit, kept outside the screens so it outlives a visit to another screen: what it did
// ("Owner set on 20 activities") and the number undoBulkEdit takes. One at a time: a new bulk edit replaces it.
import { useSyncExternalStore } from 'react';

export type BulkEditNoticeValue = {
  /** The register it was made in: another register opened meanwhile does not show it. */
  registerId: string;
  recordType: 'activity' | 'processor';
  /** The bulk edit's number (undoBulkEdit's input). */
  id: number;
  title: string;
  description?: string;
};

let current: BulkEditNoticeValue | null = null;
const listeners = new Set<() => void>();

function publish(next: BulkEditNoticeValue | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function showBulkEditNotice(notice: BulkEditNoticeValue): void {
  publish(notice);
}

/** Takes the notice of bulk edit `id` away (another one's stays). */
export function dismissBulkEditNotice(id: number): void {
  if (current?.id === id) publish(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notice to show on a screen of `recordType` in register `registerId`, if any. */
export function useBulkEditNotice(registerId: string, recordType: BulkEditNoticeValue['recordType']): BulkEditNoticeValue | null {
  const notice = useSyncExternalStore(subscribe, () => current);
  return notice !== null && notice.registerId === registerId && notice.recordType === recordType ? notice : null;
}
