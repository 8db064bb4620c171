// A no-break space (U+00A0) where a line must not break: between an article's abbreviation and its number
// ("Art. 6", "чл. 9", "člen 28") and between a provision and the regulation it belongs to ("6(1)(f) GDPR").
// A reader who finds "Art." at a line's end and "6" on the next has to look twice; typesetters keep them together.

export const NO_BREAK_SPACE = '\u00A0';

/**
 * The words that stand before an article, paragraph or point number in the four languages of the documents:
 * English Art./Arts./Article(s), Slovenian člen (every case) and its abbreviation čl., odst. (paragraph), tč. (point),
 * Bulgarian чл., ал., пар., т., Ukrainian ст., стаття (every case), ч. (part), п. (point).
 */
const BEFORE_NUMBER = String.raw`(?:Art\.|Arts\.|Article|Articles|Recital|Recitals|člen[a-zčšž]*|Člen[a-zčšž]*|čl\.|Čl\.|odst\.|tč\.|чл\.|Чл\.|ал\.|пар\.|т\.|ст\.|Ст\.|статт[а-яіїєґ]*|Статт[а-яіїєґ]*|ч\.|п\.)`;

/** Not inside a longer word: "Smart. 6" or "Ст." inside "Віст." are not abbreviations of an article. */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;

const ABBREVIATION_THEN_NUMBER = new RegExp(`${WORD_START}(${BEFORE_NUMBER})[ \\t]+(?=\\d)`, 'gu');

/** A provision ("6", "9(2)(a)", "46(2)") followed by the regulation's short name in one of the languages. */
const PROVISION_THEN_REGULATION = /(\d[\d()a-z]*)[ \t]+(?=(?:GDPR|ОРЗД|ЗРЗД|ZVOP-2)(?![\p{L}\p{N}]))/gu;

/** `text` with no-break spaces where a line must not break; every other character is left as it was. */
export function withNoBreakSpaces(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(ABBREVIATION_THEN_NUMBER, `$1${NO_BREAK_SPACE}`).replace(PROVISION_THEN_REGULATION, `$1${NO_BREAK_SPACE}`);
}
