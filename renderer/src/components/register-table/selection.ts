// Selecting rows for a bulk edit, as pure steps on a set of record ids: toggle one (click on its box, Ctrl/Cmd+click,
// Space), a range from an anchor (Shift+click, Shift+arrows), or every row the search and filters leave. The table
// carries them out (useRowSelection.ts).

/**
 * Where a range starts: the row last toggled, and what was selected then. A range adds anchor…row to that, so going
 * back with Shift+Up shrinks what Shift+Down grew, as in a file manager.
 */
export type SelectionAnchor = { id: string; base: ReadonlySet<string> };

/** The selection with `id` in it if it was not, out of it if it was. */
export function toggled(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The anchor's base with the rows from position `from` to `to` (either order) added; `idAt` gives a position's id. */
export function withRange(base: ReadonlySet<string>, from: number, to: number, idAt: (position: number) => string | undefined): Set<string> {
  const next = new Set(base);
  for (let position = Math.min(from, to); position <= Math.max(from, to); position++) {
    const id = idAt(position);
    if (id !== undefined) next.add(id);
  }
  return next;
}

/** How much of the rows shown is selected, for the select-all box: none, some (a dash) or all (a tick). */
export function shownSelection(selected: ReadonlySet<string>, shownIds: readonly string[]): 'none' | 'some' | 'all' {
  if (selected.size === 0 || shownIds.length === 0) return 'none';
  let count = 0;
  for (const id of shownIds) if (selected.has(id)) count += 1;
  return count === 0 ? 'none' : count === shownIds.length ? 'all' : 'some';
}

/** The select-all box pressed: every row shown selected, or (when all were) none of them. */
export function allShownToggled(selected: ReadonlySet<string>, shownIds: readonly string[]): Set<string> {
  const next = new Set(selected);
  if (shownSelection(selected, shownIds) === 'all') for (const id of shownIds) next.delete(id);
  else for (const id of shownIds) next.add(id);
  return next;
}

/**
 * The selection without the rows the search and filters now hide (or that are gone), or undefined when it has none
 * of those: a bulk edit changes only rows the person can see.
 */
export function keptShown(selected: ReadonlySet<string>, shownIds: readonly string[]): Set<string> | undefined {
  if (selected.size === 0) return undefined;
  const shown = new Set(shownIds);
  const kept = new Set([...selected].filter((id) => shown.has(id)));
  return kept.size === selected.size ? undefined : kept;
}
