// Which characters the PDF's fonts can draw. Roboto covers Latin and Cyrillic but has no arrows or check marks
// ("→" came out as an empty box); DejaVu Sans is the fallback drawn run by run for those. What neither has (emoji,
// CJK) and what pdfmake cannot lay out even with a glyph (right-to-left scripts: it has no bidi) is undrawable.

/** The code points a font has glyphs for, read by the backend from the font files' cmap. */
export type GlyphCoverage = {
  primary: ReadonlySet<number>;
  fallback: ReadonlySet<number>;
};

export type FontRun = { text: string; fallback: boolean };

/** Scripts written right to left: pdfmake would print their letters in reverse order, unshaped. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Controls and the no-break/soft hyphen/zero-width characters lay out without a glyph of their own. */
const INVISIBLE = /[\p{Cc}\u00AD\u200B-\u200D\u2060\uFEFF]/u;

export type Drawable = 'primary' | 'fallback' | 'undrawable';

export function drawableBy(character: string, coverage: GlyphCoverage): Drawable {
  const codePoint = character.codePointAt(0) ?? 0;
  if (coverage.primary.has(codePoint) || INVISIBLE.test(character)) return 'primary';
  if (RIGHT_TO_LEFT.test(character)) return 'undrawable';
  return coverage.fallback.has(codePoint) ? 'fallback' : 'undrawable';
}

/** Whether every character of `text` is in the primary font: the common case, answered without allocating. */
export function allPrimary(text: string, coverage: GlyphCoverage): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Printable ASCII is in every font; only the rest is looked up.
    if (code >= 0x20 && code < 0x7f) continue;
    const codePoint = text.codePointAt(index) ?? code;
    if (codePoint > 0xffff) index++;
    if (!coverage.primary.has(codePoint) && !INVISIBLE.test(String.fromCodePoint(codePoint))) return false;
  }
  return true;
}

/**
 * `text` cut into runs of the primary font and of the fallback font. Undrawable characters stay in the primary
 * font's run (they print as the font's empty box, and the text layer keeps them); `undrawable` lists them.
 */
export function fontRuns(text: string, coverage: GlyphCoverage): FontRun[] {
  if (allPrimary(text, coverage)) return [{ text, fallback: false }];
  const runs: FontRun[] = [];
  for (const character of text) {
    const fallback = drawableBy(character, coverage) === 'fallback';
    const last = runs[runs.length - 1];
    if (last !== undefined && last.fallback === fallback) last.text += character;
    else runs.push({ text: character, fallback });
  }
  return runs;
}

/** The characters of `text` no bundled font can draw, each once, in order of appearance. */
export function undrawableCharacters(text: string, coverage: GlyphCoverage): string[] {
  if (allPrimary(text, coverage)) return [];
  const found = new Set<string>();
  for (const character of text) if (drawableBy(character, coverage) === 'undrawable') found.add(character);
  return [...found];
}

/** "😀 (U+1F600), 中 (U+4E2D)": the characters and their code points, since a reader may not see the glyph either. */
export function describeCharacters(characters: readonly string[]): string {
  return characters.map((character) => `${character} (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}
