// Full activity records for screens that need more than the table's summaries: the Transfers screen (every
// transfer of the register) and the Processors screen (which activities use a processor). There is no command that
// lists whole activities, so the records are read one by one with `getActivity`, a few at a time, and kept here per
// register, id and revision: after a change only the activities whose revision moved are read again.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { call, type ActivitySummary } from '../../api/index.ts';

/** How many `getActivity` calls are under way at once. */
const PARALLEL = 8;

type Cached = { revision: number; record: ProcessingActivity };

let registerOfCache: string | null = null;
const cache = new Map<string, Cached>();
/** `id@revision` of reads under way or queued, and of those that failed (not retried until the revision moves). */
const wanted = new Set<string>();
const failed = new Set<string>();
const queue: Array<{ register: string; id: string; revision: number }> = [];
let running = 0;
let version = 0;
const listeners = new Set<() => void>();

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function pump(): void {
  while (running < PARALLEL && queue.length > 0) {
    const job = queue.shift();
    if (job === undefined) break;
    running += 1;
    void call('getActivity', { id: job.id }).then((result) => {
      running -= 1;
      const key = `${job.id}@${job.revision}`;
      wanted.delete(key);
      if (job.register === registerOfCache) {
        if (result.ok) {
          const current = cache.get(job.id);
          if (current === undefined || current.revision <= result.value.revision) {
            cache.set(job.id, { revision: result.value.revision, record: result.value });
          }
        } else {
          failed.add(key);
        }
        changed();
      }
      pump();
    });
  }
}

function request(register: string, summaries: readonly ActivitySummary[]): void {
  if (register !== registerOfCache) {
    registerOfCache = register;
    cache.clear();
    wanted.clear();
    failed.clear();
    queue.length = 0;
  }
  for (const summary of summaries) {
    const key = `${summary.id}@${summary.revision}`;
    const cached = cache.get(summary.id);
    if ((cached !== undefined && cached.revision >= summary.revision) || wanted.has(key) || failed.has(key)) continue;
    wanted.add(key);
    queue.push({ register, id: summary.id, revision: summary.revision });
  }
  pump();
}

export type ActivityRecords = {
  /** The records read so far, in the order of the summaries (a record may be one revision old while it is re-read). */
  records: ProcessingActivity[];
  /** How many of the wanted activities are read and current. */
  loaded: number;
  total: number;
  /** How many could not be read (e.g. deleted meanwhile). */
  failures: number;
  done: boolean;
};

/**
 * The whole records of the activities in `summaries` (pass `undefined` while the summaries load, or `enabled: false`
 * to wait). Re-reads only what changed since the last time, whichever screen read it.
 */
export function useActivityRecords(registerId: string, summaries: readonly ActivitySummary[] | undefined, enabled = true): ActivityRecords {
  const current = useSyncExternalStore(subscribe, () => version);
  useEffect(() => {
    if (enabled && summaries !== undefined) request(registerId, summaries);
  }, [registerId, summaries, enabled]);

  return useMemo(() => {
    const list = summaries ?? [];
    const records: ProcessingActivity[] = [];
    let loaded = 0;
    let failures = 0;
    const sameRegister = registerOfCache === registerId;
    for (const summary of list) {
      const cached = sameRegister ? cache.get(summary.id) : undefined;
      if (cached !== undefined) {
        records.push(cached.record);
        if (cached.revision >= summary.revision) loaded += 1;
      }
      if (sameRegister && failed.has(`${summary.id}@${summary.revision}`)) failures += 1;
    }
    return { records, loaded, total: list.length, failures, done: summaries !== undefined && loaded + failures >= list.length };
    // `current` is the store's version: the cache changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [summaries, registerId, current]);
}
