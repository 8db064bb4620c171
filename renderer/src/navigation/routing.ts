// Hash routing: `#/activities`, `#/activities/<id>`, `#/activities/new`, `#/processors/<id>`, … and a query after `?`
// for what a screen starts with (`#/history?record=<id>`: the History filtered to one record). The route only changes
// after the unsaved-changes guard agreed, so a link, the back button or navigate() never loses a draft silently.
import { useSyncExternalStore } from 'react';
import { confirmDiscardChanges, hasUnsavedChanges } from '../components/unsavedChanges.ts';

export const SCREENS = ['overview', 'activities', 'processors', 'transfers', 'organisations', 'policy', 'reports', 'history', 'comparison', 'import'] as const;
export type Screen = (typeof SCREENS)[number];

/** What a screen starts with, from the address's query (`?record=<id>`): empty when it has none. */
export type RouteQuery = Readonly<Record<string, string>>;

export type Route = { screen: Screen; id: string | null; query: RouteQuery };

export function parseHash(hash: string): Route {
  const address = hash.replace(/^#\/?/, '');
  const mark = address.indexOf('?');
  const [first, second] = (mark === -1 ? address : address.slice(0, mark)).split('/');
  const screen = (SCREENS as readonly string[]).includes(first ?? '') ? (first as Screen) : 'overview';
  const query = mark === -1 ? {} : Object.fromEntries(new URLSearchParams(address.slice(mark + 1)));
  return { screen, id: second === undefined || second === '' ? null : decodeURIComponent(second), query };
}

export function hrefFor(screen: Screen, id?: string | null, query?: RouteQuery): string {
  const path = id === undefined || id === null ? `#/${screen}` : `#/${screen}/${encodeURIComponent(id)}`;
  const search = query === undefined ? '' : new URLSearchParams(query).toString();
  return search === '' ? path : `${path}?${search}`;
}

let route = parseHash(window.location.hash);
let accepted = window.location.hash;
const listeners = new Set<() => void>();

function setRoute(hash: string): void {
  accepted = hash;
  route = parseHash(hash);
  for (const listener of listeners) listener();
}

window.addEventListener('hashchange', () => {
  const wanted = window.location.hash;
  if (wanted === accepted) return;
  if (!hasUnsavedChanges()) {
    setRoute(wanted);
    return;
  }
  // Put the address back while asking; go on only if the person agrees to lose the changes.
  history.replaceState(null, '', accepted === '' ? window.location.pathname + window.location.search : accepted);
  void confirmDiscardChanges().then((discard) => {
    if (!discard) return;
    history.pushState(null, '', wanted);
    setRoute(wanted);
  });
});

export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => route,
  );
}

/**
 * Goes to a screen (and record). Asks first when a draft would be lost, unless `force` (e.g. just after saving).
 * Resolves to false when the person chose to keep editing.
 */
export async function navigate(screen: Screen, id?: string | null, options: { replace?: boolean; force?: boolean } = {}): Promise<boolean> {
  const hash = hrefFor(screen, id);
  if (hash === accepted) return true;
  if (options.force !== true && !(await confirmDiscardChanges())) return false;
  if (options.replace === true) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  setRoute(hash);
  return true;
}
