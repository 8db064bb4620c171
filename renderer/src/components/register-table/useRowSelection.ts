// The table's side of row selection (types.ts RowSelection): the steps of selection.ts on the rows shown, the anchor a
// Shift range starts from, and keeping the selection to the rows the search and filters leave.
import { useEffect, useMemo, useRef } from 'react';
import { allShownToggled, keptShown, shownSelection, toggled, withRange, type SelectionAnchor } from './selection.ts';
import type { ShownRows } from './shownRows.ts';
import type { RowSelection } from './types.ts';

const NOTHING: ReadonlySet<string> = new Set();

export type RowSelecting = {
  selected: ReadonlySet<string>;
  /** How much of the rows shown is selected (the select-all box). */
  shownState: 'none' | 'some' | 'all';
  toggle: (id: string) => void;
  /** Selects from the anchor (or, with none, from position `from`) to position `to`. */
  extendTo: (to: number, from: number) => void;
  selectAllShown: () => void;
  toggleAllShown: () => void;
  clear: () => void;
};

export function useRowSelection<T>(selection: RowSelection<T> | undefined, shown: ShownRows<T>, loading: boolean): RowSelecting | undefined {
  const selectable = selection !== undefined;
  const shownIds = useMemo(() => (selectable ? shown.ids() : []), [selectable, shown]);
  const anchor = useRef<SelectionAnchor | null>(null);
  const selected = selection?.selected ?? NOTHING;
  const onChange = selection?.onChange;

  // Rows a search or filter hides leave the selection (not while the rows are being read again: they come back).
  useEffect(() => {
    if (onChange === undefined || loading) return;
    const kept = keptShown(selected, shownIds);
    if (kept !== undefined) onChange(kept);
  }, [selected, shownIds, loading, onChange]);

  if (selection === undefined || onChange === undefined) return undefined;
  const change = (next: ReadonlySet<string>, nextAnchor: SelectionAnchor | null) => {
    anchor.current = nextAnchor;
    onChange(next);
  };
  return {
    selected,
    shownState: shownSelection(selected, shownIds),
    toggle: (id) => {
      const next = toggled(selected, id);
      change(next, { id, base: next });
    },
    extendTo: (to, from) => {
      let start = anchor.current === null ? -1 : shown.positionOf(anchor.current.id);
      let base = anchor.current?.base ?? selected;
      if (start < 0) {
        const fromId = shown.idAt(from);
        if (fromId === undefined) return;
        start = from;
        base = selected;
        anchor.current = { id: fromId, base };
      }
      onChange(withRange(base, start, to, shown.idAt));
    },
    selectAllShown: () => change(new Set([...selected, ...shownIds]), null),
    toggleAllShown: () => change(allShownToggled(selected, shownIds), null),
    clear: () => change(new Set(), null),
  };
}
