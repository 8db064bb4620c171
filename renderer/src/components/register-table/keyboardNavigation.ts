// Keyboard navigation between rows: which key does what (arrows, Home/End, Page Up/Down, Enter or Space to open;
// Right/Left expand and collapse tree rows, or go to the parent). Pure: the table carries the action out.

/** What a key on a row asks for; `undefined` when the key is not the table's (it then does its default). */
export type RowKeyAction = { kind: 'move'; to: number } | { kind: 'open' } | { kind: 'expand' } | { kind: 'collapse' } | { kind: 'toParent' };

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
};

/** How many rows Page Up/Down moves: a screenful less one, at least one (ten rows' worth when the height is unknown). */
export function pageSizeFor(viewportHeight: number | undefined, rowHeight: number): number {
  return Math.max(1, Math.floor((viewportHeight ?? rowHeight * 10) / rowHeight) - 1);
}

export function rowKeyAction(key: string, row: RowKeyContext): RowKeyAction | undefined {
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
