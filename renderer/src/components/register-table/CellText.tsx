// A table cell's text: the value, or a quiet dash for "none".

/** A cell showing a value or a quiet dash for "none". */
export function CellText({ value }: { value: string | null | undefined }) {
  if (value === null || value === undefined || value === '') return <span className="cell-empty">—</span>;
  return <span title={value}>{value}</span>;
}
