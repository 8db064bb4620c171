// Matching a cell's words against word lists in six languages. Cells are typed by hand, with or without accents,
// singular or plural, so both sides are normalised the same way and each listed word is a stem: "intérêt légitime"
// matches "Intérêts légitimes" and "interet legitime".

/**
 * Lower case, Latin accents dropped, every run of punctuation or spaces one space. Marks after a Cyrillic letter
 * stay: there they make another letter (й, ї, ё), not an accent a writer may leave out.
 */
export function normalise(text: string): string {
  const decomposed = text.toLowerCase().replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD');
  const stripped = decomposed.replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
  return stripped.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();
}

/** The normalised words of a text. */
export function wordsOf(text: string): string[] {
  const normalised = normalise(text);
  return normalised === '' ? [] : normalised.split(' ');
}

export type Phrase<T> = { words: readonly string[]; value: T; size: number };

/** Compiles word lists (`value → stems`) into phrases, longest first so that the most specific wins. */
export function phrases<T extends string>(table: Readonly<Record<T, readonly string[]>>): Phrase<T>[] {
  const compiled: Phrase<T>[] = [];
  for (const value of Object.keys(table) as T[]) {
    for (const text of table[value]) {
      const words = wordsOf(text);
      if (words.length > 0) compiled.push({ words, value, size: words.join(' ').length });
    }
  }
  return compiled.sort((a, b) => b.words.length - a.words.length || b.size - a.size);
}

/**
 * A listed word matches a word of the cell it begins; numbers and words of one or two letters must be equal
 * ("art 49" is not "art 490", "a" is not "any").
 */
function wordMatches(word: string, stem: string): boolean {
  return stem.length <= 2 || /^\d+$/.test(stem) ? word === stem : word.startsWith(stem);
}

function matchesAt<T>(words: readonly string[], at: number, phrase: Phrase<T>): boolean {
  if (at + phrase.words.length > words.length) return false;
  return phrase.words.every((stem, offset) => wordMatches(words[at + offset] ?? '', stem));
}

export type Found<T> = { value: T; start: number; end: number };

/** The phrases found in `words`, none overlapping another (the longer kept), in the order they appear. */
export function findPhrases<T>(words: readonly string[], list: readonly Phrase<T>[]): Found<T>[] {
  const taken = new Array<boolean>(words.length).fill(false);
  const found: Found<T>[] = [];
  // `list` is longest first, so a longer phrase claims its words before a shorter one inside it is tried.
  for (const phrase of list) {
    for (let at = 0; at < words.length; at++) {
      if (!matchesAt(words, at, phrase)) continue;
      const end = at + phrase.words.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      found.push({ value: phrase.value, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The value of the longest phrase in `text`, when there is one. */
export function bestPhrase<T>(text: string, list: readonly Phrase<T>[]): T | undefined {
  const words = wordsOf(text);
  for (const phrase of list) for (let at = 0; at < words.length; at++) if (matchesAt(words, at, phrase)) return phrase.value;
  return undefined;
}
