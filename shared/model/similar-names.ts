// Names that are nearly the same: "Zendesk, Inc." and "zendesk", "Müller GmbH" and "Muller", "ТОВ «Ромашка»" and
// "Ромашка". A register with both is almost always one record entered twice (by two people, or from two imports), so
// the editors ask before saving the second. Pure: the renderer compares against the records it already has.

/**
 * Legal forms written after (or, in Ukrainian and Bulgarian practice, before) a company's name. Written as the
 * comparison sees them (see `words`): lower case without accents, and initials run together ("d.o.o." is "doo").
 */
const LEGAL_FORMS = [
  // English-speaking
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  // German, Austrian, Swiss, Dutch, Nordic
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ev',
  'gmbh co kg',
  'bv',
  'nv',
  'ab',
  'as',
  'asa',
  'oy',
  'oyj',
  'aps',
  // French, Belgian, Luxembourgish, Spanish, Italian, Portuguese
  'sa',
  'sas',
  'sasu',
  'sarl',
  'sl',
  'srl',
  'spa',
  'lda',
  // Central and Eastern Europe, also as transliterated
  'doo',
  'dd',
  'sro',
  'sp zoo',
  'kft',
  'zrt',
  'nyrt',
  'ood',
  'eood',
  'ad',
  'ead',
  'et',
  'tov',
  'тов',
  'пп',
  'пат',
  'прат',
  'ат',
  'ооо',
  'оод',
  'еоод',
  'ад',
  'еад',
  'ет',
  'ао',
  'пао',
  'зао',
  'фоп',
];

const FORMS = new Set(LEGAL_FORMS);
const LONGEST_FORM = Math.max(...LEGAL_FORMS.map((form) => form.split(' ').length));

/**
 * The words of a name as compared: accents dropped, lower case, split at every space and punctuation mark, and a run
 * of single letters taken as one word, as initials are ("L.L.C." and "LLC", "d. o. o." and "doo").
 */
function words(name: string): string[] {
  const split = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const joined: string[] = [];
  let initials = '';
  for (const word of split) {
    if (word.length === 1) {
      initials += word;
      continue;
    }
    if (initials !== '') joined.push(initials);
    initials = '';
    joined.push(word);
  }
  if (initials !== '') joined.push(initials);
  return joined;
}

/** How many words at the start (`fromStart`) or the end of `list` make a legal form, 0 if none do. */
function legalFormLength(list: readonly string[], fromStart: boolean): number {
  for (let length = Math.min(LONGEST_FORM, list.length - 1); length > 0; length--) {
    const part = fromStart ? list.slice(0, length) : list.slice(list.length - length);
    if (FORMS.has(part.join(' '))) return length;
  }
  return 0;
}

/**
 * The name as the comparison sees it: without accents, case, spaces, punctuation and the legal forms at either end
 * ("Zendesk, Inc." → "zendesk"; "Acme GmbH & Co. KG" → "acme"). A name that is nothing but a legal form keeps it,
 * so "Ltd" is not the same as every other name.
 */
export function nameKey(name: string): string {
  let list = words(name);
  for (;;) {
    const atEnd = legalFormLength(list, false);
    const atStart = atEnd > 0 ? 0 : legalFormLength(list, true);
    if (atEnd === 0 && atStart === 0) break;
    list = atEnd > 0 ? list.slice(0, list.length - atEnd) : list.slice(atStart);
  }
  return list.join('');
}

/** True when two names are nearly the same by `nameKey` (and neither is empty). */
export function similarNames(a: string, b: string): boolean {
  const key = nameKey(a);
  return key !== '' && key === nameKey(b);
}

/**
 * The first of `others` whose name is nearly `name` (never the record `selfId` itself), or undefined.
 * `others` gives each record's names in every language it has: a match in any of them counts.
 */
export function findSimilarName<R extends { id: string }>(
  name: string,
  others: readonly R[],
  namesOf: (record: R) => readonly string[],
  selfId?: string,
): R | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  return others.find((other) => other.id !== selfId && namesOf(other).some((candidate) => nameKey(candidate) === key));
}
