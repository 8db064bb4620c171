// The columns of a CISO Assistant sheet, found by their field names. Its CSV and XLSX exports head each column with
// the field's name (`ref_id`, `dpia_required`); a sheet put together by hand from its screens tends to use the labels
// ("Ref ID", "DPIA required"). Both are read: headers compare lower-cased, with spaces, dashes and dots as `_`.

/** A header as compared: `DPIA required` and `dpia-required` are both `dpia_required`. */
export function fieldName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A column of the sheet: where it is, and its header as the DPO sees it in the file (for notes and findings). */
export type Column = { index: number; header: string };

/** The columns of a header row, by field name; the first column wins when two headers read the same. */
export type Columns = {
  /** The first of `names` the sheet has. */
  find(...names: string[]): Column | undefined;
  /** Every column, in the order of the sheet. */
  all: readonly Column[];
};

export function columnsOf(headerRow: readonly string[]): Columns {
  const byName = new Map<string, Column>();
  const all: Column[] = [];
  headerRow.forEach((header, index) => {
    const name = fieldName(header);
    if (name === '') return;
    const column = { index, header: header.trim() };
    all.push(column);
    if (!byName.has(name)) byName.set(name, column);
  });
  return {
    find: (...names) => names.map((name) => byName.get(name)).find((column) => column !== undefined),
    all,
  };
}

/** The cell of `row` in `column`, trimmed; empty when the column is absent or the row is short. */
export function cellOf(row: readonly string[], column: Column | undefined): string {
  return column === undefined ? '' : (row[column.index] ?? '').trim();
}

/** True for a row with no text in any cell (a spreadsheet's trailing rows, a blank line in a CSV). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** `x-ciso-dpia-reference` for `dpia_reference`: the extension that keeps a column the register has no place for. */
export function extensionName(header: string): `x-${string}` {
  const name = fieldName(header)
    .replace(/_+/g, '-')
    .replace(/[^\p{L}\p{N}-]/gu, '');
  return `x-ciso-${name === '' ? 'column' : name}`;
}

/** `key`, or `key-2`, `key-3`, … when `record` has it already: two columns of one name are both kept. */
export function freeKey<Key extends string>(record: Readonly<Record<string, unknown>>, key: Key): Key {
  let candidate = key;
  for (let number = 2; candidate in record; number++) candidate = `${key}-${number}` as Key;
  return candidate;
}
