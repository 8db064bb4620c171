// A CSV opened in Excel runs a cell that starts with = + - @ as a formula ("CSV injection"): a description
// "=HYPERLINK(…)" from a colleague's register would become a live link. Such a cell is written with a leading
// apostrophe, and so is one that already starts with an apostrophe, so that reading strips exactly one: lossless.
const NEEDS_GUARD = /^[=+\-@\t\r']/;
const GUARDED = /^'[=+\-@\t\r']/;

export function guardFormula(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
