import { describe, expect, it } from 'vitest';
import { clampPosition, pageSizeFor, rowKeyAction, type RowKeyContext } from '../../../../renderer/src/components/register-table/keyboardNavigation.ts';

const flatRow: RowKeyContext = { position: 5, rowCount: 100, pageSize: 10, tree: false, canExpand: false, isExpanded: false, hasParent: false };

describe('keyboard navigation between rows', () => {
  it('moves with the arrows, Home/End and Page Up/Down, and opens with Enter or Space', () => {
    expect(rowKeyAction('ArrowDown', flatRow)).toEqual({ kind: 'move', to: 6 });
    expect(rowKeyAction('ArrowUp', flatRow)).toEqual({ kind: 'move', to: 4 });
    expect(rowKeyAction('Home', flatRow)).toEqual({ kind: 'move', to: 0 });
    expect(rowKeyAction('End', flatRow)).toEqual({ kind: 'move', to: 99 });
    expect(rowKeyAction('PageDown', flatRow)).toEqual({ kind: 'move', to: 15 });
    expect(rowKeyAction('PageUp', flatRow)).toEqual({ kind: 'move', to: -5 });
    expect(rowKeyAction('Enter', flatRow)).toEqual({ kind: 'open' });
    expect(rowKeyAction(' ', flatRow)).toEqual({ kind: 'open' });
  });

  it('leaves other keys, and Left/Right in a flat table, to the page', () => {
    expect(rowKeyAction('a', flatRow)).toBeUndefined();
    expect(rowKeyAction('ArrowRight', flatRow)).toBeUndefined();
    expect(rowKeyAction('ArrowLeft', flatRow)).toBeUndefined();
  });

  it('opens and closes tree rows with Right/Left, and goes to the parent with Left', () => {
    const closed = { ...flatRow, tree: true, canExpand: true, isExpanded: false };
    const open = { ...closed, isExpanded: true };
    const child = { ...flatRow, tree: true, hasParent: true };
    expect(rowKeyAction('ArrowRight', closed)).toEqual({ kind: 'expand' });
    expect(rowKeyAction('ArrowRight', open)).toBeUndefined();
    expect(rowKeyAction('ArrowLeft', open)).toEqual({ kind: 'collapse' });
    expect(rowKeyAction('ArrowLeft', closed)).toBeUndefined();
    expect(rowKeyAction('ArrowLeft', child)).toEqual({ kind: 'toParent' });
  });

  it('in a table whose rows can be selected: Space toggles, Shift with a move extends, Ctrl/Cmd+A selects all, Enter opens', () => {
    const selectable = { ...flatRow, selectable: true };
    const shift = { shift: true, mod: false };
    const mod = { shift: false, mod: true };
    expect(rowKeyAction(' ', selectable)).toEqual({ kind: 'toggle' });
    expect(rowKeyAction('Enter', selectable)).toEqual({ kind: 'open' });
    expect(rowKeyAction('ArrowDown', selectable, shift)).toEqual({ kind: 'extend', to: 6 });
    expect(rowKeyAction('ArrowUp', selectable, shift)).toEqual({ kind: 'extend', to: 4 });
    expect(rowKeyAction('End', selectable, shift)).toEqual({ kind: 'extend', to: 99 });
    expect(rowKeyAction('PageDown', selectable, shift)).toEqual({ kind: 'extend', to: 15 });
    expect(rowKeyAction('ArrowDown', selectable)).toEqual({ kind: 'move', to: 6 });
    expect(rowKeyAction('a', selectable, mod)).toEqual({ kind: 'selectAll' });
    expect(rowKeyAction('a', selectable)).toBeUndefined();
    // Elsewhere Shift changes nothing, Space still opens and Ctrl+A is the page's.
    expect(rowKeyAction('ArrowDown', flatRow, shift)).toEqual({ kind: 'move', to: 6 });
    expect(rowKeyAction(' ', flatRow)).toEqual({ kind: 'open' });
    expect(rowKeyAction('a', flatRow, mod)).toBeUndefined();
  });

  it('pages by a screenful less one row, and keeps a move inside the table', () => {
    expect(pageSizeFor(320, 32)).toBe(9);
    expect(pageSizeFor(undefined, 32)).toBe(9);
    expect(pageSizeFor(10, 32)).toBe(1);
    expect(clampPosition(-5, 100)).toBe(0);
    expect(clampPosition(150, 100)).toBe(99);
    expect(clampPosition(3, 0)).toBeUndefined();
  });
});
