// The items of a list cell. People separate them by line, by semicolon or by comma, bullet them, and write legal
// references whose commas are no separators ("Art. 6(1)(b), (c)", "Legal obligation (Tax Act, Labour Code)").

type Span = { start: number; end: number };

/** Bullets a line may begin with: marks, dashes (not a minus before a number), and "1." or "1)" followed by a space. */
const BULLET = /^(?:[•·▪◦‣●○■□➢►✓✔*]\s*|[-–—](?!\d)\s*|\d{1,2}[.)]\s+)/u;

/**
 * The rest of a reference the comma before it cut: a letter in parentheses ("(c)" in "6(1)(b), (c)"), or a paragraph
 * or letter word with its number ("ал. 1" and "б. „е“" in "чл. 6, ал. 1, б. „е“", "para. 1" in "Art. 6, para. 1").
 */
const REFERENCE_CONTINUATION =
  /^(?:\(?[a-zа-я0-9]{1,2}\)|(?:abs|absatz|para|paragraph|paragraphe|par|al|alin[ée]a|odst|odstavek|lit|litera|letter|point|pt|t[oč]čka|tč|ал|алинея|пар|параграф|б|буква|ч|част|частина|п|пп|пункт)\.?\s*[(„"«“]?[0-9a-zа-яіїєґ]{1,2}[)"“”»]?)$/iu;

/** Where a reference the next piece may continue ends: its number, a letter's parenthesis or quote. */
const REFERENCE_END = /[0-9)"“”»]$/u;

/** Whether the parentheses and brackets of `cell` close; if not, they are no reason to keep a separator. */
function balanced(cell: string): boolean {
  let depth = 0;
  for (const char of cell) {
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The spans between separators: `separator` characters outside parentheses (or anywhere, when they do not close). */
function spansBetween(cell: string, separator: string): Span[] {
  const nested = balanced(cell);
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < cell.length; index++) {
    const char = cell.charAt(index);
    if (nested && (char === '(' || char === '[')) depth++;
    else if (nested && (char === ')' || char === ']')) depth--;
    else if (depth === 0 && separator.includes(char)) {
      // "1,5 years", "10,000 records": a decimal or thousands comma, not a separator.
      if (char === ',' && /\d/.test(cell[index - 1] ?? '') && /\d/.test(cell[index + 1] ?? '')) continue;
      spans.push({ start, end: index });
      start = index + 1;
    }
  }
  spans.push({ start, end: cell.length });
  return spans;
}

/** The span without surrounding spaces and a leading bullet. */
function trimmed(cell: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(cell.charAt(start))) start++;
  while (end > start && /\s/.test(cell.charAt(end - 1))) end--;
  const bullet = BULLET.exec(cell.slice(start, end));
  if (bullet !== null) start += bullet[0].length;
  while (start < end && /\s/.test(cell.charAt(start))) start++;
  return { start, end };
}

/**
 * The items of a list cell: its lines if it has several, else its `;`-separated parts if it has any, else its
 * `,`-separated parts; separators inside parentheses do not split, bullets and surrounding spaces are removed,
 * empty items dropped. Each item is a piece of the cell as written.
 */
export function splitList(cell: string): string[] {
  const separator = /[\r\n]/.test(cell) ? '\r\n' : spansBetween(cell, ';').length > 1 ? ';' : ',';
  const spans = spansBetween(cell, separator)
    .map((span) => trimmed(cell, span))
    .filter((span) => span.end > span.start);
  const items: Span[] = [];
  for (const span of spans) {
    const previous = items[items.length - 1];
    const continues =
      previous !== undefined && REFERENCE_END.test(cell.slice(previous.start, previous.end)) && REFERENCE_CONTINUATION.test(cell.slice(span.start, span.end));
    if (separator === ',' && continues) previous.end = span.end;
    else items.push(span);
  }
  return items.map((span) => cell.slice(span.start, span.end));
}
