// References to the GDPR's articles as registers write them, read from normalised words (text-match.ts), where
// "Art. 6(1)(f)", "6.1.f", "Article 6 1 f", "Art. 6 Abs. 1 lit. f DSGVO" and "чл. 6, пар. 1, буква е" all come out as
// the article, its paragraph and the letters, with a few words between them that differ by language.

/** Words that may stand before an article's number. */
const ARTICLE_WORDS = new Set([
  'art',
  'arts',
  'article',
  'articles',
  'artikel',
  'ст',
  'стаття',
  'статті',
  'чл',
  'член',
  'clen',
  'clena',
  'gdpr',
  'rgpd',
  'dsgvo',
  'орзд',
  'suvp',
]);
/** Words that may stand between the article and its paragraph. */
const PARAGRAPH_WORDS = new Set([
  'abs',
  'absatz',
  'para',
  'paragraph',
  'paragraphe',
  'par',
  'al',
  'alinea',
  'ал',
  'алинея',
  'пар',
  'параграф',
  'odst',
  'odstavek',
  'odstavka',
  'ч',
  'част',
  'частина',
  'частини',
  'п',
]);
/** Words that may stand before a letter. */
const LETTER_WORDS = new Set([
  'lit',
  'litera',
  'letter',
  'let',
  'point',
  'pt',
  'buchstabe',
  'буква',
  'букв',
  'б',
  'пп',
  'пункт',
  'подпункт',
  'tocka',
  'tocke',
  'tc',
]);
/** Words that join letters ("(b) and (c)"). */
const JOINING_WORDS = new Set(['and', 'or', 'et', 'ou', 'und', 'oder', 'і', 'й', 'та', 'або', 'и', 'или', 'in', 'ali', 'bzw']);

/** Letters of the Bulgarian text of the GDPR, in order: а) б) в) г) д) е) ж) з) и) й). */
const CYRILLIC_LETTERS = 'абвгдежзий';

function letterOf(word: string, last: string): string | undefined {
  if (word.length !== 1) return undefined;
  if (word >= 'a' && word <= last) return word;
  const index = CYRILLIC_LETTERS.indexOf(word);
  const latin = index < 0 ? undefined : String.fromCharCode(97 + index);
  return latin !== undefined && latin <= last ? latin : undefined;
}

export type ArticleReference = { letters: string[]; start: number; end: number };

/**
 * Every `article(paragraph)(letter…)` in `words`, letters up to `last`. Several letters after one paragraph
 * ("6(1)(b), (c)", "9(2)(b) und (h)") are one reference. The article must be a word of its own, so 46 is not 6.
 */
export function articleLetters(words: readonly string[], article: string, paragraph: string, last: string): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (let at = 0; at < words.length; at++) {
    if (words[at] !== article) continue;
    let next = at + 1;
    if (PARAGRAPH_WORDS.has(words[next] ?? '')) next++;
    const attached = new RegExp(`^${paragraph}([a-z])$`).exec(words[next] ?? '');
    const letters: string[] = [];
    if (attached !== null) {
      // "6.1f": the letter written onto the paragraph.
      const letter = letterOf(attached[1] ?? '', last);
      if (letter === undefined) continue;
      letters.push(letter);
    } else if (words[next] !== paragraph) continue;
    next++;
    for (let word = words[next]; word !== undefined; word = words[next]) {
      const letter = letterOf(word, last);
      // Bulgarian "и" is both the letter (i) and "and": between two letters, it is "and".
      const joins = JOINING_WORDS.has(word) && (letter === undefined || (letters.length > 0 && letterOf(words[next + 1] ?? '', last) !== undefined));
      // "б." is Bulgarian for "letter" when a letter follows, else the letter (b) itself.
      const introduces = LETTER_WORDS.has(word) && (letter === undefined || letterOf(words[next + 1] ?? '', last) !== undefined);
      if (introduces || joins) next++;
      else if (letter !== undefined) {
        letters.push(letter);
        next++;
      } else break;
    }
    if (letters.length > 0) references.push({ letters, start: at, end: next });
  }
  return references;
}

/** Every mention of an article on its own ("Art. 10", "article 49"): the number must follow an article word. */
export function articleMentions(words: readonly string[], article: string): { start: number; end: number }[] {
  const mentions: { start: number; end: number }[] = [];
  for (let at = 1; at < words.length; at++) if (words[at] === article && ARTICLE_WORDS.has(words[at - 1] ?? '')) mentions.push({ start: at - 1, end: at + 1 });
  return mentions;
}
