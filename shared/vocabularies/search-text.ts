// Text as the suggestion search compares it: what a person typing may leave out does not count. Lower case; accents
// dropped in every script (so "cas" finds "čas", and "ї", "й", "ё" are found from "і", "и", "е", which a hurried typist
// or a keyboard without them writes); apostrophes and hyphens dropped, as one word is written with and without them
// ("email" finds "E-mail", "здоровя" finds "здоров’я"); every other run of punctuation or spaces one space. Looser than
// import-layouts' `normalise`, which keeps Cyrillic marks because there it decides what a cell means; here a looser
// match only offers one more suggestion.
//
// A suggestion index folds every text of a register once (tens of thousands), so this goes character by character
// with each character's folding worked out once and remembered, instead of running Unicode regular expressions and
// normalisation over every text, which took some 25 µs a text.

/** Letters that are not a base letter plus a mark, so that decomposing them does not drop their accent. */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', ґ: 'г' };
const JOINERS = /^['’ʼ‘`´\-‐‑]$/;
const MARKS = /\p{M}/gu;
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;
/** What a character folds to: letters, nothing (a mark, a joiner) or a space (any other character). */
const SPACE = ' ';
const folds = new Map<number, string>();

function foldCharacter(character: string): string {
  if (JOINERS.test(character)) return '';
  const lower = character.toLowerCase();
  const base = (LETTERS[lower] ?? lower).normalize('NFD').replace(MARKS, '');
  if (base === '') return '';
  return LETTERS_AND_DIGITS.test(base) ? base : SPACE;
}

/** The folded text's UTF-16 code units, reused from text to text: one string made per text, not one per character. */
let units = new Uint16Array(256);
const SPACE_UNIT = 32;
/** `String.fromCharCode` takes its units as arguments: this many at a time stays far below any engine's limit. */
const CHUNK = 8192;

function append(length: number, unit: number): number {
  if (length === units.length) {
    const larger = new Uint16Array(units.length * 2);
    larger.set(units);
    units = larger;
  }
  units[length] = unit;
  return length + 1;
}

function unitsToString(length: number): string {
  let text = '';
  for (let from = 0; from < length; from += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]);
  }
  return text;
}

/** `text` folded for search: see above. The same function folds the index and the query, so both agree. */
export function foldForSearch(text: string): string {
  let length = 0;
  let spaceDue = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
      if (spaceDue) length = append(length, SPACE_UNIT);
      spaceDue = false;
      length = append(length, code <= 90 && code >= 65 ? code + 32 : code);
      continue;
    }
    // A whole code point: a surrogate pair is one character.
    const point = text.codePointAt(index) as number;
    if (point > 0xffff) index++;
    let piece = folds.get(point);
    if (piece === undefined) {
      piece = foldCharacter(String.fromCodePoint(point));
      folds.set(point, piece);
    }
    if (piece === SPACE) spaceDue = length > 0;
    else if (piece !== '') {
      if (spaceDue) length = append(length, SPACE_UNIT);
      spaceDue = false;
      for (let unit = 0; unit < piece.length; unit++) length = append(length, piece.charCodeAt(unit));
    }
  }
  return unitsToString(length);
}
