// Words too long for a narrow table column, broken at a syllable with a visible hyphen. pdfmake 0.3 breaks such a
// word wherever the column ends ("обработва|не") and, given soft hyphens (U+00AD), breaks there but draws no hyphen
// (fontkit hides the character): so the hyphen is written out, and only in the words that have to break.
// The break points are those of TeX's hyphenation patterns (Liang's algorithm), through the `hyphen` package.
import createHyphenator from 'hyphen';
import bulgarian from 'hyphen/patterns/bg.js';
import english from 'hyphen/patterns/en-gb.js';
import slovenian from 'hyphen/patterns/sl.js';
import ukrainian from 'hyphen/patterns/uk.js';

const PATTERNS = { en: english, uk: ukrainian, bg: bulgarian, sl: slovenian } as const;
export type HyphenationLanguage = keyof typeof PATTERNS;

const SOFT_HYPHEN = '\u00AD';
const hyphenators = new Map<HyphenationLanguage, (text: string) => string>();

function hyphenator(language: HyphenationLanguage): (text: string) => string {
  let found = hyphenators.get(language);
  if (found === undefined) {
    // Patterns are compiled on first use: a report in one language never loads the other three.
    found = createHyphenator(PATTERNS[language], { hyphenChar: SOFT_HYPHEN }) as (text: string) => string;
    hyphenators.set(language, found);
  }
  return found;
}

export function isHyphenationLanguage(language: string): language is HyphenationLanguage {
  return Object.hasOwn(PATTERNS, language);
}

/** The word cut where the language allows a hyphen: "processing" → ["pro", "cess", "ing"]. */
export function syllablesOf(word: string, language: HyphenationLanguage): string[] {
  return hyphenator(language)(word)
    .split(SOFT_HYPHEN)
    .filter((part) => part !== '');
}

/**
 * `word` with a hyphen at each line break it needs: the pieces are as long as `fits` allows (a piece that ends a
 * line is measured with its hyphen), so that no two pieces can ever share a line and show a hyphen mid-line.
 * A syllable wider than the column on its own stays as it is: pdfmake then breaks it as before.
 */
export function hyphenatedToFit(word: string, language: HyphenationLanguage, fits: (piece: string) => boolean): string {
  const syllables = syllablesOf(word, language);
  if (syllables.length < 2) return word;
  const pieces: string[] = [];
  let current = syllables[0] ?? '';
  for (const [index, syllable] of syllables.entries()) {
    if (index === 0) continue;
    const longer = current + syllable;
    const last = index === syllables.length - 1;
    if (fits(last ? longer : `${longer}-`)) current = longer;
    else {
      pieces.push(current);
      current = syllable;
    }
  }
  pieces.push(current);
  // A hyphen-minus is a line-break opportunity after it (UAX #14), so pdfmake breaks exactly there.
  return pieces.join('-');
}
