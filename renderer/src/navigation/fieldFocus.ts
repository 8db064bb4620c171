// "Take me to the field": a finding links to a record and one of its fields. The route opens the record's editor; the
// field is handed over here, and the editor focuses it once it has loaded (or at once, when it is already open).
import { useEffect } from 'react';
import type { RecordType } from '../../../shared/model/records.ts';
import { navigate, type Screen } from './routing.ts';

type Request = { recordId: string; field: string };

let pending: Request | null = null;
const listeners = new Set<() => void>();

export const SCREEN_OF_RECORD: Readonly<Record<RecordType, Screen>> = {
  activity: 'activities',
  processor: 'processors',
  organisation: 'organisations',
};

/** Opens the record's editor and moves the keyboard to `field` (a path such as `transfers[1].mechanism`). */
export async function goToRecordField(type: RecordType, recordId: string, field: string | undefined): Promise<void> {
  if (!(await navigate(SCREEN_OF_RECORD[type], recordId))) return;
  if (field === undefined) return;
  pending = { recordId, field };
  for (const listener of listeners) listener();
}

/** In an editor: focuses the field asked for, once `ready`, whenever a finding of this record is followed. */
export function useFieldFocusRequests(recordId: string | undefined, ready: boolean, focus: (field: string) => void): void {
  useEffect(() => {
    if (recordId === undefined || !ready) return;
    const take = () => {
      if (pending === null || pending.recordId !== recordId) return;
      const { field } = pending;
      pending = null;
      // After the route's render: the field may only now be on the screen.
      requestAnimationFrame(() => focus(field));
    };
    take();
    listeners.add(take);
    return () => {
      listeners.delete(take);
    };
  }, [recordId, ready, focus]);
}
