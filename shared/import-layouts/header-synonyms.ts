// What a column's header says its cells are: the header's words against each target's words in en, fr, de, uk, bg
// and sl (header-words/). A header that is exactly a target's words beats one that only contains them, and a longer
// phrase beats a shorter one, so "Categories of data subjects" is subjects, not data categories.
import type { MappingTarget } from './column-mapping.ts';
import { wordsOf } from './cell-words/text-match.ts';
import { BULGARIAN_EXTENSION_HEADERS, BULGARIAN_HEADERS } from './header-words/bg.ts';
import { GERMAN_EXTENSION_HEADERS, GERMAN_HEADERS } from './header-words/de.ts';
import { ENGLISH_EXTENSION_HEADERS, ENGLISH_HEADERS } from './header-words/en.ts';
import { FRENCH_EXTENSION_HEADERS, FRENCH_HEADERS } from './header-words/fr.ts';
import type { HeaderTarget, HeaderWords } from './header-words/header-target.ts';
import { SLOVENIAN_EXTENSION_HEADERS, SLOVENIAN_HEADERS } from './header-words/sl.ts';
import { UKRAINIAN_EXTENSION_HEADERS, UKRAINIAN_HEADERS } from './header-words/uk.ts';

export type { HeaderTarget } from './header-words/header-target.ts';

const LANGUAGES: readonly HeaderWords[] = [ENGLISH_HEADERS, FRENCH_HEADERS, GERMAN_HEADERS, UKRAINIAN_HEADERS, BULGARIAN_HEADERS, SLOVENIAN_HEADERS];

/** Every target's header words in the six languages; "=" before one: it names the target only as the whole header. */
export const HEADER_SYNONYMS: HeaderWords = mergeLanguages(LANGUAGES);

function mergeLanguages(languages: readonly HeaderWords[]): HeaderWords {
  const merged: Partial<Record<HeaderTarget, readonly string[]>> = {};
  for (const target of Object.keys(ENGLISH_HEADERS) as HeaderTarget[]) merged[target] = languages.flatMap((language) => language[target]);
  return merged as HeaderWords;
}

/** Headers of known templates for which a mapping has no place ("Link to contract with processor"): kept as extensions. */
export const EXTENSION_HEADERS: readonly string[] = [
  ...ENGLISH_EXTENSION_HEADERS,
  ...FRENCH_EXTENSION_HEADERS,
  ...GERMAN_EXTENSION_HEADERS,
  ...UKRAINIAN_EXTENSION_HEADERS,
  ...BULGARIAN_EXTENSION_HEADERS,
  ...SLOVENIAN_EXTENSION_HEADERS,
];

/**
 * Small words headers put between the ones that matter ("Purpose of the processing"), dropped from both sides so
 * that "purpose of processing" still matches.
 */
const FILLERS = new Set([
  ...['a', 'an', 'the', 'of', 'for', 'to', 'and', 'or', 'by', 'in', 'on', 'with', 'if', 'applicable', 'any'],
  ...['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'ou', 'pour', 'au', 'aux', 'en', 's', 'x', 'e'],
  ...['der', 'die', 'das', 'des', 'den', 'dem', 'von', 'und', 'oder', 'fur', 'zur', 'zum', 'im', 'ggf'],
  ...['і', 'й', 'та', 'або', 'для', 'про', 'з', 'в', 'у', 'на', 'щодо'],
  ...['на', 'и', 'или', 'за', 'в', 'от', 'с', 'по'],
  ...['in', 'ali', 'za', 'v', 'na', 'o', 'z', 's', 'ki', 'se'],
]);

type HeaderPhrase = { target: MappingTarget; words: readonly string[]; wholeOnly: boolean; size: number };

function significantWords(text: string): string[] {
  return wordsOf(text).filter((word) => !FILLERS.has(word));
}

function compile(target: MappingTarget, text: string): HeaderPhrase {
  const wholeOnly = text.startsWith('=');
  const words = significantWords(wholeOnly ? text.slice(1) : text);
  return { target, words, wholeOnly, size: words.join(' ').length };
}

let compiled: HeaderPhrase[] | undefined;

function headerPhrases(): HeaderPhrase[] {
  compiled ??= [
    ...(Object.keys(HEADER_SYNONYMS) as HeaderTarget[]).flatMap((target) => HEADER_SYNONYMS[target].map((text) => compile(target, text))),
    ...EXTENSION_HEADERS.map((text) => compile('extension', text)),
  ].filter((phrase) => phrase.words.length > 0);
  return compiled;
}

/**
 * As in cell-words/text-match.ts, a listed word begins the header's word and numbers and short words must be equal;
 * a longer one ending in a vowel may also lose it, so the singular and the plural of a header both match one entry
 * ("category" and "categories", "finalités" and "finalité", "Zwecke" and "Zweck").
 */
function wordMatches(word: string, stem: string): boolean {
  if (stem.length <= 2 || /^\d+$/.test(stem)) return word === stem;
  if (word.startsWith(stem)) return true;
  // Only a vowel ending (category, Zwecke, категорії): "namen" (Slovenian, purpose) must not match "name".
  return stem.length >= 5 && /[aeiouyаеиоуюяіїєь]$/.test(stem) && word.length >= stem.length - 1 && word.startsWith(stem.slice(0, -1));
}

/** Where `phrase` appears in `words`: -1 when it does not. */
function indexOf(words: readonly string[], phrase: HeaderPhrase): number {
  for (let at = 0; at + phrase.words.length <= words.length; at++)
    if (phrase.words.every((stem, offset) => wordMatches(words[at + offset] ?? '', stem))) return at;
  return -1;
}

/** A header's score for one phrase: a whole-header match above any partial one, and longer above shorter. */
const WHOLE_HEADER = 10_000;

export type HeaderMatch = { target: MappingTarget; score: number };

/** The readings of a header, without what it says in parentheses ("Purposes (Art. 30(1)(b))") and with it. */
function readings(header: string): string[][] {
  const unnumbered = header.replace(/^\s*\d{1,2}[.)]\s+/, '');
  const bare = unnumbered.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  return [significantWords(bare), significantWords(unnumbered)].filter((words) => words.length > 0);
}

/**
 * The targets a header names, best first, each with its score; empty when it names none. `extension` among them
 * means a known template's column that no target takes.
 */
export function headerMatches(header: string): HeaderMatch[] {
  const best = new Map<MappingTarget, number>();
  for (const words of readings(header)) {
    for (const phrase of headerPhrases()) {
      const at = indexOf(words, phrase);
      if (at < 0) continue;
      const whole = at === 0 && phrase.words.length === words.length;
      if (phrase.wholeOnly && !whole) continue;
      const score = (whole ? WHOLE_HEADER : 0) + phrase.size;
      if (score > (best.get(phrase.target) ?? 0)) best.set(phrase.target, score);
    }
  }
  return [...best].map(([target, score]) => ({ target, score })).sort((a, b) => b.score - a.score);
}
