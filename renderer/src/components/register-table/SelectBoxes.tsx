// The boxes of row selection: one per row (its first cell) and the select-all box of the header. Plain checkboxes:
// a row's box is reached with the row (Space toggles it there), so it is out of the Tab order; the whole cell is the
// box's target, as a small box is hard to hit. A click reports Shift so the table can select a range.
import type { MouseEvent } from 'react';

export function RowSelectBox(props: { isSelected: boolean; label: string; onSelect: (shift: boolean) => void }) {
  const select = (event: MouseEvent) => {
    // The row's own click opens the record: a click on its box only selects.
    event.stopPropagation();
    props.onSelect(event.shiftKey);
  };
  return (
    <div role="gridcell" className="table-cell select-cell" onClick={select} onMouseDown={preventTextSelection}>
      <input type="checkbox" className="select-box" tabIndex={-1} aria-label={props.label} checked={props.isSelected} onChange={ignore} />
    </div>
  );
}

export function SelectAllBox(props: { state: 'none' | 'some' | 'all'; label: string; onToggle: () => void }) {
  return (
    <div role="columnheader" className="table-header-cell select-cell">
      <input
        type="checkbox"
        className="select-box"
        aria-label={props.label}
        checked={props.state === 'all'}
        ref={(box) => {
          if (box !== null) box.indeterminate = props.state === 'some';
        }}
        onChange={props.onToggle}
      />
    </div>
  );
}

/** The cell's click decides; the box only shows the state it is given. */
function ignore(): void {}

/** Shift+click would otherwise select the page's text between the two rows. */
export function preventTextSelection(event: MouseEvent): void {
  if (event.shiftKey) event.preventDefault();
}
