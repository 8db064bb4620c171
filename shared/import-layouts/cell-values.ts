// Reading one cell of a register kept in another layout into the register's choices: a list's items, yes or no, legal
// bases, Art. 9 conditions, a country, a transfer tool, a status, a role, a date, in en, fr, de, uk, bg and sl. What
// fits no choice is handed back (`unread`, undefined or null) for the caller to keep as text: never dropped.
import {
  LEGAL_BASES,
  type ActivityRole,
  type ActivityStatus,
  type LegalBasis,
  type SpecialCategoryCondition,
  type TransferMechanism,
} from '../model/vocabulary.ts';
import { articleLetters, articleMentions } from './cell-words/article-references.ts';
import { splitList } from './cell-words/split-list.ts';
import { ROLE_WORDS, STATUS_WORDS, YES_NO_WORDS } from './cell-words/choice-words.ts';
import { LEGAL_BASIS_WORDS } from './cell-words/legal-basis-words.ts';
import { SPECIAL_CONDITION_WORDS } from './cell-words/special-condition-words.ts';
import { GERMAN_INFIXES, SPECIAL_CATEGORY_STEMS } from './cell-words/special-category-stems.ts';
import { bestPhrase, findPhrases, normalise, phrases, wordsOf, type Phrase } from './cell-words/text-match.ts';
import { TRANSFER_WORDS } from './cell-words/transfer-words.ts';
import type { ImportedLegalBasis } from './imported-register.ts';

export { splitList } from './cell-words/split-list.ts';
export { readCountry } from './cell-words/read-country.ts';

const LEGAL_BASIS_PHRASES = phrases(LEGAL_BASIS_WORDS);
const SPECIAL_CONDITION_PHRASES = phrases(SPECIAL_CONDITION_WORDS);
const YES_NO_PHRASES = phrases(YES_NO_WORDS);
const STATUS_PHRASES = phrases(STATUS_WORDS);
const ROLE_PHRASES = phrases(ROLE_WORDS);
const TRANSFER_PHRASES = phrases(TRANSFER_WORDS);
const SPECIAL_CATEGORY_PHRASES = phrases({ special: SPECIAL_CATEGORY_STEMS });

/** The values a text names, by article reference or by words, in the order it names them, each once. */
function valuesIn<T>(words: readonly string[], references: readonly { value: T; start: number }[], list: readonly Phrase<T>[]): T[] {
  const found = [...references, ...findPhrases(words, list)].sort((a, b) => a.start - b.start);
  return [...new Set(found.map((match) => match.value))];
}

function legalBasesIn(text: string): LegalBasis[] {
  const words = wordsOf(text);
  const references = articleLetters(words, '6', '1', 'f').flatMap((reference) =>
    // LEGAL_BASES is in the order of Art. 6(1)(a)–(f).
    reference.letters.flatMap((letter) => {
      const basis = LEGAL_BASES[letter.charCodeAt(0) - 97];
      return basis === undefined ? [] : [{ value: basis, start: reference.start }];
    }),
  );
  return valuesIn(words, references, LEGAL_BASIS_PHRASES);
}

/** Where an item's basis ends and its detail begins: " – ", " - ", ": ", " (", "/". */
const DETAIL_SEPARATOR = /\s+[-–—]\s+|\s*[–—]\s*|\s*:\s+|\s+\(|\s+\/\s+/g;

/**
 * The detail written after an item's basis ("Legitimate interests – fraud prevention"): the text after the first
 * separator before which the item's bases are all named and after which none is.
 */
function detailOf(item: string, bases: readonly LegalBasis[]): string | undefined {
  for (const separator of item.matchAll(DETAIL_SEPARATOR)) {
    const head = item.slice(0, separator.index);
    let tail = item.slice(separator.index + separator[0].length).trim();
    if (separator[0].includes('(') || tail.split(')').length > tail.split('(').length) tail = tail.replace(/\)\s*[.;,]?$/, '').trim();
    if (normalise(tail) === '' || legalBasesIn(tail).length > 0) continue;
    const named = legalBasesIn(head);
    if (named.length === bases.length && named.every((basis) => bases.includes(basis))) return tail;
  }
  return undefined;
}

/**
 * The legal bases of Art. 6(1) a cell names, by reference ("Art. 6(1)(f)", "6.1.f", "Art. 6 Abs. 1 lit. f") or by
 * words in six languages, in order, each once; an item naming one basis keeps what follows a separator as its
 * detail. Items naming none are `unread`, as written.
 */
export function readLegalBases(cell: string): { bases: ImportedLegalBasis[]; unread: string[] } {
  const bases: ImportedLegalBasis[] = [];
  const unread: string[] = [];
  for (const item of splitList(cell)) {
    const named = legalBasesIn(item);
    if (named.length === 0) {
      unread.push(item);
      continue;
    }
    const detail = detailOf(item, named);
    for (const basis of named) {
      const known = bases.find((entry) => entry.basis === basis);
      if (known === undefined) bases.push(detail === undefined ? { basis } : { basis, detail });
      else if (detail !== undefined && known.detail !== detail) known.detail = known.detail === undefined ? detail : `${known.detail}; ${detail}`;
    }
  }
  return { bases, unread };
}

/** The conditions of Art. 9(2) and Art. 10 a cell names, by reference ("Art. 9(2)(h)", "Art. 10") or words; the rest `unread`. */
export function readSpecialConditions(cell: string): { conditions: SpecialCategoryCondition[]; unread: string[] } {
  const conditions: SpecialCategoryCondition[] = [];
  const unread: string[] = [];
  for (const item of splitList(cell)) {
    const words = wordsOf(item);
    const references: { value: SpecialCategoryCondition; start: number }[] = [
      ...articleLetters(words, '9', '2', 'j').flatMap((reference) =>
        reference.letters.map((letter) => ({ value: `art9-2-${letter}` as SpecialCategoryCondition, start: reference.start })),
      ),
      ...articleMentions(words, '10').map((mention) => ({ value: 'art10' as const, start: mention.start })),
    ];
    const named = valuesIn(words, references, SPECIAL_CONDITION_PHRASES);
    if (named.length === 0) unread.push(item);
    for (const condition of named) if (!conditions.includes(condition)) conditions.push(condition);
  }
  return { conditions, unread };
}

/** Ticks and crosses people put in yes/no columns, which normalising would turn into nothing. */
const MARKS: Readonly<Record<string, boolean>> = { '✓': true, '✔': true, '☑': true, '☒': true, '✗': false, '✘': false, '☐': false };

/**
 * Yes or no, in six languages ("oui", "Nein", "так", "да", "ne", "not required", "x"); a cell that begins with one
 * ("Yes – high risk") too. Undefined for a blank cell, null for words that say neither.
 */
export function readYesNo(cell: string): boolean | undefined | null {
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  if (Object.hasOwn(MARKS, trimmed)) return MARKS[trimmed];
  const words = wordsOf(trimmed);
  const whole = words.join(' ');
  const exact = YES_NO_PHRASES.find((phrase) => phrase.words.join(' ') === whole);
  if (exact !== undefined) return exact.value === 'yes';
  // The first words only, and only phrases of two letters or more: "1 year" is not yes, "no – low risk" is no.
  for (const phrase of YES_NO_PHRASES) {
    if (phrase.size < 2 || phrase.words.length > words.length) continue;
    if (phrase.words.every((word, index) => words[index] === word)) return phrase.value === 'yes';
  }
  return null;
}

/** Article references of Chapter V: Art. 45, 46(2)(b)–(f), 47 and 49. */
function transferReference(words: readonly string[]): TransferMechanism | undefined {
  const letters = articleLetters(words, '46', '2', 'f').flatMap((reference) => reference.letters);
  const byLetter: Readonly<Record<string, TransferMechanism>> = { b: 'bcr', c: 'scc', d: 'scc', e: 'code-of-conduct', f: 'certification' };
  const lettered = letters.map((letter) => byLetter[letter]).find((mechanism) => mechanism !== undefined);
  if (lettered !== undefined) return lettered;
  if (articleMentions(words, '45').length > 0) return 'adequacy';
  if (articleMentions(words, '47').length > 0) return 'bcr';
  if (articleMentions(words, '49').length > 0) return 'derogation';
  return undefined;
}

/** The Chapter V transfer tool a cell names ("SCCs", "Standardvertragsklauseln", "adequacy decision", "Art. 49"). */
export function readTransferMechanism(cell: string): TransferMechanism | undefined {
  return bestPhrase(cell, TRANSFER_PHRASES) ?? transferReference(wordsOf(cell));
}

/** An activity's status ("active", "Entwurf", "архівна", "v uporabi"); undefined when the words say none. */
export function readStatus(cell: string): ActivityStatus | undefined {
  return bestPhrase(cell, STATUS_PHRASES);
}

/** The organisation's role in an activity ("controller", "sous-traitant", "gemeinsam Verantwortliche", "обработващ"). */
export function readRole(cell: string): ActivityRole | undefined {
  return bestPhrase(cell, ROLE_PHRASES);
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** Day first, as everywhere in Europe: 01/03/2024 is the 1st of March, never January the 3rd. */
const DAY_FIRST_DATE = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*(?:г|р)?\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/iu;

/** A date as `YYYY-MM-DD`, from ISO dates and date-times and day-first dates ("1. 3. 2024", "01.03.2024 г."). */
export function readDate(cell: string): string | undefined {
  const text = cell.trim();
  const iso = ISO_DATE.exec(text);
  const dayFirst = iso === null ? DAY_FIRST_DATE.exec(text) : null;
  const [year, month, day] = iso !== null ? [iso[1], iso[2], iso[3]] : dayFirst !== null ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  // Checked by the calendar here rather than with `calendarDate`, to keep zod out of what the readers load.
  const moment = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (moment.getUTCFullYear() !== Number(year) || moment.getUTCMonth() !== Number(month) - 1 || moment.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** True when a data category's name is one of Art. 9(1) or Art. 10 ("Health data", "Gesundheitsdaten", "дані про здоров'я"). */
export function isSpecialCategoryName(name: string): boolean {
  const words = wordsOf(name);
  if (findPhrases(words, SPECIAL_CATEGORY_PHRASES).length > 0) return true;
  return words.some((word) => GERMAN_INFIXES.some((stem) => word.includes(stem)));
}
