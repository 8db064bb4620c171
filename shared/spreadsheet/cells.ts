// How values are written into one spreadsheet cell and read back: lists one item per line, the parts of a list item
// separated by " | " (yes/no and the other closed lists are words: vocabulary.ts). Escapes are minimal (a DPO reads these cells) but always reversible:
//   - inside a list item, a line break is written `\n` and a carriage return `\r`;
//   - inside a part of an item, a `|` is written `\|`;
//   - a backslash is doubled only where it would otherwise start one of these escapes (before `n`, `r`, `|`, `\` or at
//     the end), so a path such as `C:\Users` stays as typed. On read, a backslash before any other character is kept.

/**
 * A cell's content could not be read; `line` is the 1-based line within the cell when the cell is a list, `column`
 * the column, once known (the codec adds it).
 */
export class CellError extends Error {
  readonly line: number | undefined;
  readonly column: string | undefined;
  constructor(message: string, line?: number, column?: string) {
    super(message);
    this.name = 'CellError';
    this.line = line;
    this.column = column;
  }
}

/** Escapes a list item so that it stays on one line. */
export function escapeItem(value: string): string {
  return value
    .replace(/\\(?=[\\nr|]|$)/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** Escapes one part of a list item: as an item, and its `|` too. */
export function escapePart(value: string): string {
  return escapeItem(value).replace(/\|/g, '\\|');
}

/** Reverses `escapeItem` / `escapePart` on text that has already been split at unescaped separators. */
export function unescape(value: string): string {
  return value.replace(/\\([\\nr|])/g, (_match, character: string) => (character === 'n' ? '\n' : character === 'r' ? '\r' : character));
}

/** The lines of a list cell (a Windows line break counts as one), not yet unescaped. */
export function splitLines(cell: string): string[] {
  return cell === '' ? [] : cell.split(/\r?\n/);
}

/** The parts of one (escaped) item, split at each `|` not preceded by an escaping backslash; each part trimmed and unescaped. */
export function splitParts(item: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < item.length; index++) {
    const character = item[index] as string;
    if (character === '\\' && index + 1 < item.length) {
      current += character + (item[index + 1] as string);
      index++;
    } else if (character === '|') {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts.map((part) => unescape(part.trim()));
}

/** Joins parts with " | ", leaving off trailing empty parts (`consent` rather than `consent | `). */
export function joinParts(parts: ReadonlyArray<string>): string {
  let end = parts.length;
  while (end > 0 && parts[end - 1] === '') end--;
  return parts.slice(0, end).map(escapePart).join(' | ');
}

/** A whole number such as a revision; an empty cell is undefined. */
export function readWholeNumber(cell: string): number | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new CellError(`"${value}" is not a whole number`);
  return Number(value);
}
