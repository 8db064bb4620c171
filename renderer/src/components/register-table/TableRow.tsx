// One row of the table's body: its cells, and in a tree its indent and expand toggle. Memoised: scrolling draws only
// the rows that came into view; the row reaches the table's latest handlers through `events`.
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { flexRender, type Column, type Row } from '@tanstack/react-table';
import { metaOf } from './columns.ts';
import type { KeyModifiers } from './keyboardNavigation.ts';
import { preventTextSelection, RowSelectBox } from './SelectBoxes.tsx';

export type RowEvents<T> = {
  click: (row: Row<T>, position: number, modifiers: KeyModifiers) => void;
  /** The row's box pressed (with Shift: a range). */
  select: (row: Row<T>, position: number, shift: boolean) => void;
  focus: (position: number) => void;
  keyDown: (event: KeyboardEvent<HTMLDivElement>, row: Row<T>, position: number) => void;
};

type TableRowProps<T> = {
  row: Row<T>;
  position: number;
  start: number;
  ariaRowIndex: number;
  isActive: boolean;
  /** The row reached with Tab (the others are reached with the arrows). */
  isKeyboardRow: boolean;
  /** Tree rows with children: whether they are open. */
  isExpanded: boolean | undefined;
  tree: boolean;
  extraClass: string;
  rowName: string | undefined;
  gridTemplate: string;
  /** In a table whose rows can be selected: whether this one is (undefined in other tables). */
  isSelected: boolean | undefined;
  /** The name of the row's box. */
  selectLabel: string;
  /** Not read: a new list re-renders the cells. */
  visibleColumns: Column<T, unknown>[];
  events: RowEvents<T>;
};

export const TableRow = memo(function TableRow<T>(props: TableRowProps<T>) {
  const { row, position, tree, events, isSelected } = props;
  const selectable = isSelected !== undefined;
  return (
    <div
      role="row"
      {...(props.rowName === undefined ? {} : { 'aria-label': props.rowName })}
      data-index={position}
      aria-rowindex={props.ariaRowIndex}
      // In a selectable table "selected" is the row's box; the open record is then the current row.
      aria-selected={selectable ? isSelected : props.isActive}
      {...(selectable && props.isActive ? { 'aria-current': true } : {})}
      {...(tree ? { 'aria-level': row.depth + 1, ...(props.isExpanded === undefined ? {} : { 'aria-expanded': props.isExpanded }) } : {})}
      tabIndex={props.isKeyboardRow ? 0 : -1}
      className={`table-row table-body-row ${props.isActive ? 'is-active' : ''} ${isSelected === true ? 'is-selected' : ''} ${position % 2 === 1 ? 'is-odd' : ''} ${props.extraClass}`}
      style={{ transform: `translateY(${props.start}px)`, gridTemplateColumns: props.gridTemplate }}
      onClick={(event) => events.click(row, position, { shift: event.shiftKey, mod: event.ctrlKey || event.metaKey })}
      onMouseDown={selectable ? preventTextSelection : undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget) events.focus(position);
      }}
      onKeyDown={(event) => {
        if (event.target === event.currentTarget) events.keyDown(event, row, position);
      }}
    >
      {selectable && <RowSelectBox isSelected={isSelected} label={props.selectLabel} onSelect={(shift) => events.select(row, position, shift)} />}
      {row.getVisibleCells().map((cell, cellIndex) => {
        const meta = metaOf(cell.column);
        return (
          <div key={cell.id} role="gridcell" className={`table-cell ${meta.numeric === true ? 'numeric' : ''}`}>
            {tree && cellIndex === 0 && (
              <span className="tree-indent" style={{ width: row.depth * 16 }} aria-hidden="true">
                {row.depth > 0 ? '└' : ''}
              </span>
            )}
            {tree && cellIndex === 0 && props.isExpanded !== undefined && (
              <span
                className="tree-toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  row.toggleExpanded();
                }}
              >
                {props.isExpanded ? '▾' : '▸'}
              </span>
            )}
            <span className="cell-content">{flexRender(cell.column.columnDef.cell, cell.getContext())}</span>
          </div>
        );
      })}
    </div>
  );
}) as <T>(props: TableRowProps<T>) => ReactNode;
