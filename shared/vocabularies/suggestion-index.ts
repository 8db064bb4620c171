// Suggestions while a DPO types a data category, a data subject, a recipient or a measure: the register's own values
// and the built-in list, matched case- and accent-insensitively (search-text.ts), whole-text prefixes first, then
// matches at the start of a word, then anywhere; within each, the register's values before the built-in ones (most
// used first), then alphabetically. Each text once.
//
// Built once per field and register (a 5,000-activity register may hold tens of thousands of distinct texts), then
// asked at every keystroke, which must answer well within a frame (16 ms). So the build does the work: every text
// folded once, sorted once in the order suggestions are shown, and joined into one string. A keystroke is then native
// `indexOf` scans over that string, walking the texts in display order, keeping the best few in two small typed arrays,
// and stopping as soon as no later text could displace them: no per-text strings, objects or sorting.
import { isVocabularyLanguage, type VocabularyEntry } from './entry.ts';
import { foldForSearch } from './search-text.ts';
import { isSpecialCategory } from './special-category.ts';
import { builtInTranslations, type BuiltInTranslations } from './suggested-translations.ts';

export type Suggestion = {
  /** The text to put in the field: the register's own wording when it has the text, else the built-in one. */
  text: string;
  /** A category of Art. 9(1) or Art. 10: flagged in the built-in list or in the register, or named as one. */
  special: boolean;
  /** The register already uses this text. */
  fromRegister: boolean;
};

/** A value the register already uses: its text, or (a data category) its text and whether the register marks it special. */
export type UsedValue = string | { text: string; special?: boolean | undefined };

export type SuggestionOptions = {
  /** Judge the register's own values special by their names too (`isSpecialCategory`): for the data categories. */
  detectSpecial?: boolean;
};

export type SuggestionIndex = {
  /** Up to `limit` suggestions for what has been typed; for an empty query, the first texts in display order. */
  suggest(query: string, limit?: number): Suggestion[];
  /** How many distinct texts the index holds. */
  readonly size: number;
  /** The built-in text of this wording in every language of the documents, when it is one (suggested-translations.ts). */
  readonly translationsOf: BuiltInTranslations;
};

/** Between two texts in the joined string: a character no folded text or query contains, so no match spans two texts. */
const SEPARATOR = '\u0001';
const SPACE = 32;
/** Match kinds, best first; a text's sort key is `kind * size + position`. */
const PREFIX = 0;
const WORD_START = 1;
const INSIDE = 2;

type Candidate = { text: string; folded: string; uses: number; fromRegister: boolean; special: boolean | undefined };

/** The distinct texts, keyed by their folded form: the register's wording wins over the built-in one, uses are counted. */
function collect(builtIn: readonly VocabularyEntry[], used: readonly UsedValue[], language: string): Candidate[] {
  const byFolded = new Map<string, Candidate>();
  for (const value of used) {
    const text = typeof value === 'string' ? value : value.text;
    const folded = foldForSearch(text);
    if (folded === '') continue;
    const marked = typeof value === 'string' ? undefined : value.special === true ? true : undefined;
    const known = byFolded.get(folded);
    if (known === undefined) byFolded.set(folded, { text: text.trim(), folded, uses: 1, fromRegister: true, special: marked });
    else {
      known.uses += 1;
      if (marked === true) known.special = true;
    }
  }
  // Built-in texts only in their own languages: a German register is not offered English words.
  if (isVocabularyLanguage(language)) {
    for (const entry of builtIn) {
      const text = entry.text[language];
      const folded = foldForSearch(text);
      const known = byFolded.get(folded);
      // A built-in special category stays special whatever the register's own record of it says.
      if (known === undefined) byFolded.set(folded, { text, folded, uses: 0, fromRegister: false, special: entry.special === true });
      else if (entry.special === true) known.special = true;
    }
  }
  return [...byFolded.values()];
}

/** Display order among texts that match equally well: the register's first, the most used first, then alphabetical. */
function byDisplayOrder(a: Candidate, b: Candidate): number {
  if (a.fromRegister !== b.fromRegister) return a.fromRegister ? -1 : 1;
  if (a.uses !== b.uses) return b.uses - a.uses;
  // Folded code-unit order rather than a collator: alphabetical enough for a list of ten, and the build sorts tens of
  // thousands of texts, which `Intl.Collator` would take a large part of a second over.
  return a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0;
}

/**
 * An index of `builtIn` (in `language`) and the values the register already uses (`used`, repeats counted as uses),
 * to answer `suggest` at every keystroke. Build it again when the register's values change.
 */
export function suggestionIndex(
  builtIn: readonly VocabularyEntry[],
  used: readonly UsedValue[],
  language: string,
  options: SuggestionOptions = {},
): SuggestionIndex {
  const candidates = collect(builtIn, used, language).sort(byDisplayOrder);
  const size = candidates.length;
  // Where each text starts in the joined string, with one more start past the end.
  const starts = new Int32Array(size + 1);
  let offset = 0;
  candidates.forEach((candidate, index) => {
    starts[index] = offset;
    offset += candidate.folded.length + 1;
  });
  starts[size] = offset;
  const haystack = candidates.map((candidate) => candidate.folded).join(SEPARATOR) + SEPARATOR;
  // Made on first use: judging a name special is the costliest step, and only the few texts shown need it.
  const shown: (Suggestion | undefined)[] = new Array<Suggestion | undefined>(size);
  let bestKeys = new Int32Array(16);
  let bestTexts = new Int32Array(16);

  function suggestion(index: number): Suggestion {
    let made = shown[index];
    if (made === undefined) {
      const candidate = candidates[index] as Candidate;
      const special = candidate.special ?? (options.detectSpecial === true && isSpecialCategory(candidate.text));
      made = { text: candidate.text, special, fromRegister: candidate.fromRegister };
      shown[index] = made;
    }
    return made;
  }

  /** The text whose span holds `position`: the last start at or before it, searched from `from` on. */
  function textAt(position: number, from: number): number {
    let low = from;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  function suggest(query: string, limit = 10): Suggestion[] {
    const wanted = Math.max(0, Math.min(Math.floor(limit), size));
    const folded = foldForSearch(query);
    if (wanted === 0) return [];
    if (folded === '') return Array.from({ length: wanted }, (_, index) => suggestion(index));
    if (bestKeys.length < wanted) {
      bestKeys = new Int32Array(wanted);
      bestTexts = new Int32Array(wanted);
    }
    let found = 0;
    let position = haystack.indexOf(folded);
    let text = 0;
    while (position !== -1) {
      text = textAt(position, text);
      // Texts come in display order, so a later one's key is at least its own position: once the kept ones all rank
      // below that (prefix matches of earlier texts), nothing further can displace them.
      if (found === wanted && (bestKeys[wanted - 1] as number) < text) break;
      const start = starts[text] as number;
      const end = (starts[text + 1] as number) - 1;
      let kind = position === start ? PREFIX : haystack.charCodeAt(position - 1) === SPACE ? WORD_START : INSIDE;
      // Found inside a word: a later match in the same text may start a word. The scan stops at the first match past
      // the text, which is where the next text's search would begin anyway.
      let next = haystack.indexOf(folded, kind === INSIDE ? position + 1 : end + 1);
      while (kind === INSIDE && next !== -1 && next < end) {
        if (haystack.charCodeAt(next - 1) === SPACE) kind = WORD_START;
        next = haystack.indexOf(folded, kind === INSIDE ? next + 1 : end + 1);
      }
      const key = kind * size + text;
      if (found < wanted || key < (bestKeys[found - 1] as number)) {
        // Insertion into the kept few, which stay sorted by key.
        let slot = found < wanted ? found++ : wanted - 1;
        while (slot > 0 && (bestKeys[slot - 1] as number) > key) {
          bestKeys[slot] = bestKeys[slot - 1] as number;
          bestTexts[slot] = bestTexts[slot - 1] as number;
          slot--;
        }
        bestKeys[slot] = key;
        bestTexts[slot] = text;
      }
      // On to the next text: each is kept once, with the best way it matches.
      position = next;
    }
    const result: Suggestion[] = new Array<Suggestion>(found);
    for (let index = 0; index < found; index++) result[index] = suggestion(bestTexts[index] as number);
    return result;
  }

  return { suggest, size, translationsOf: builtInTranslations(builtIn, language) };
}
