// Keyboard navigation between rows: which key does what (arrows, Home/End, Page Up/Down, Enter or Space to open;
// Right/Left expand and collapse tree rows, or go to the parent). In a table whose rows can be selected for a bulk
// edit, Space toggles the row instead (Enter still opens it), Shift with a move extends the selection to the row
// reached, and Ctrl/Cmd+A selects every row shown. Pure: the table carries the action out.

/** What a key on a row asks for; `undefined` when the key is not the table's (it then does its default). */
export type RowKeyAction =
  | { kind: 'move'; to: number }
  | { kind: 'open' }
  | { kind: 'expand' }
  | { kind: 'collapse' }
  | { kind: 'toParent' }
  | { kind: 'toggle' }
  | { kind: 'extend'; to: number }
  | { kind: 'selectAll' };

/** The modifier keys held: `mod` is Ctrl, or Cmd on a Mac. */
export type KeyModifiers = { shift: boolean; mod: boolean };

const NO_MODIFIERS: KeyModifiers = { shift: false, mod: false };

/** The row the key was pressed on, and the table around it. */
export type RowKeyContext = {
  position: number;
  rowCount: number;
  pageSize: number;
  tree: boolean;
  canExpand: boolean;
  isExpanded: boolean;
  /** A tree row below the top level, with a parent row. */
  hasParent: boolean;
  /** The table's rows can be selected (it has a box per row). */
  selectable?: boolean;
};

/** How many rows Page Up/Down moves: a screenful less one, at least one (ten rows' worth when the height is unknown). */
export function pageSizeFor(viewportHeight: number | undefined, rowHeight: number): number {
  return Math.max(1, Math.floor((viewportHeight ?? rowHeight * 10) / rowHeight) - 1);
}

export function rowKeyAction(key: string, row: RowKeyContext, modifiers: KeyModifiers = NO_MODIFIERS): RowKeyAction | undefined {
  if (row.selectable === true) {
    const selecting = selectionKeyAction(key, row, modifiers);
    if (selecting !== undefined) return selecting;
  }
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', to: row.position + 1 };
    case 'ArrowUp':
      return { kind: 'move', to: row.position - 1 };
    case 'Home':
      return { kind: 'move', to: 0 };
    case 'End':
      return { kind: 'move', to: row.rowCount - 1 };
    case 'PageDown':
      return { kind: 'move', to: row.position + row.pageSize };
    case 'PageUp':
      return { kind: 'move', to: row.position - row.pageSize };
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    case 'ArrowRight':
      return row.tree && row.canExpand && !row.isExpanded ? { kind: 'expand' } : undefined;
    case 'ArrowLeft':
      if (row.tree && row.canExpand && row.isExpanded) return { kind: 'collapse' };
      return row.tree && row.hasParent ? { kind: 'toParent' } : undefined;
    default:
      return undefined;
  }
}

/** A row position kept inside the table (or undefined when it has no rows). */
export function clampPosition(position: number, rowCount: number): number | undefined {
  return rowCount === 0 ? undefined : Math.max(0, Math.min(rowCount - 1, position));
}

/** The keys that select in a selectable table; undefined for the others (they navigate as in any table). */
function selectionKeyAction(key: string, row: RowKeyContext, modifiers: KeyModifiers): RowKeyAction | undefined {
  if (key === ' ' && !modifiers.mod) return { kind: 'toggle' };
  if ((key === 'a' || key === 'A') && modifiers.mod && !modifiers.shift) return { kind: 'selectAll' };
  if (!modifiers.shift || modifiers.mod) return undefined;
  const moved = rowKeyAction(key, { ...row, selectable: false });
  return moved?.kind === 'move' ? { kind: 'extend', to: moved.to } : undefined;
}
