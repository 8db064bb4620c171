// A small data cache over the api: screens read with `useQuery(name, input)`, which shows the last answer at once and
// reloads it whenever the register changed (any successful mutation through `call`, or a `register-opened` event
// pushed by the shell). `useRopaEvent` lets components react to pushed events (menu commands) without each opening
// its own subscription.
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { CommandInput, CommandName, CommandOutputs, RopaEvent } from '../../../shared/ipc/contract.ts';
import type { Failure, Result } from '../../../shared/result.ts';
import { call, onMutation, subscribeEvents } from './ropa.ts';

type Entry = { version: number; result: Result<unknown> };

let version = 0;
const results = new Map<string, Entry>();
const pending = new Map<string, number>();
const listeners = new Set<() => void>();
const MAX_ENTRIES = 300;

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks every cached answer as stale; mounted queries reload. Called after mutations and register switches. */
export function invalidate(): void {
  version += 1;
  notify();
}

onMutation(() => invalidate());

function load(name: CommandName, input: unknown, key: string): void {
  const entry = results.get(key);
  if (entry !== undefined && entry.version === version) return;
  if (pending.get(key) === version) return;
  const asked = version;
  pending.set(key, asked);
  void call(name, input as never).then((result) => {
    if (pending.get(key) === asked) pending.delete(key);
    const current = results.get(key);
    if (current !== undefined && current.version > asked) return;
    results.delete(key);
    results.set(key, { version: asked, result });
    if (results.size > MAX_ENTRIES) {
      const oldest = results.keys().next().value;
      if (oldest !== undefined) results.delete(oldest);
    }
    notify();
  });
}

export type Query<T> = {
  /** The latest answer (possibly from before the last change, while `loading`). */
  data: T | undefined;
  /** Set when the latest answer was a failure. */
  error: Failure | undefined;
  /** True while the answer shown is missing or stale. */
  loading: boolean;
  /** Reloads every query (use after a change made outside `call`). */
  reload: () => void;
};

/**
 * Reads one command's answer and keeps it fresh. `input` is compared by value (JSON), so an inline object is fine.
 * Pass `enabled: false` to wait (e.g. until an id is known).
 */
export function useQuery<Name extends CommandName>(name: Name, input: CommandInput<Name>, options: { enabled?: boolean } = {}): Query<CommandOutputs[Name]> {
  const enabled = options.enabled ?? true;
  const key = `${name}:${JSON.stringify(input)}`;
  const entry = useSyncExternalStore(subscribe, () => results.get(key));
  const currentVersion = useSyncExternalStore(subscribe, () => version);
  const inputRef = useRef(input);
  useEffect(() => {
    inputRef.current = input;
  });
  useEffect(() => {
    if (enabled) load(name, inputRef.current, key);
  }, [name, key, enabled, currentVersion]);
  const result = entry?.result as Result<CommandOutputs[Name]> | undefined;
  return {
    data: result?.ok ? result.value : undefined,
    error: result !== undefined && !result.ok ? result.error : undefined,
    loading: enabled && (entry === undefined || entry.version !== currentVersion),
    reload: invalidate,
  };
}

const eventListeners = new Set<(event: RopaEvent) => void>();
let unsubscribeEvents: (() => void) | undefined;

function dispatch(event: RopaEvent): void {
  if (event.type === 'register-opened') invalidate();
  for (const listener of eventListeners) listener(event);
}

/** Listens to events pushed by the shell (one shared subscription for the whole window). */
export function useRopaEvent(listener: (event: RopaEvent) => void): void {
  const ref = useRef(listener);
  useEffect(() => {
    ref.current = listener;
  });
  const stable = useCallback((event: RopaEvent) => ref.current(event), []);
  useEffect(() => onRopaEvent(stable), [stable]);
}

/** Listens outside React (e.g. a job that outlives its screen); returns the function that stops listening. */
export function onRopaEvent(listener: (event: RopaEvent) => void): () => void {
  eventListeners.add(listener);
  unsubscribeEvents ??= subscribeEvents(dispatch);
  return () => {
    eventListeners.delete(listener);
  };
}
