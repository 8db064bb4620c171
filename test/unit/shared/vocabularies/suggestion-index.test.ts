// Suggestions while typing: prefix matches before word starts before matches inside a word, the register's own values
// before the built-in ones when they match alike (the most used first), case, accents, apostrophes and hyphens
// ignored, each text once. The fast index must give exactly what sorting every text would.
import { describe, expect, it } from 'vitest';
import {
  DATA_CATEGORIES,
  DATA_SUBJECTS,
  RECIPIENTS,
  foldForSearch,
  suggestionIndex,
  type Suggestion,
  type UsedValue,
  type VocabularyEntry,
} from '../../../../shared/vocabularies/index.ts';

const texts = (suggestions: Suggestion[]) => suggestions.map((suggestion) => suggestion.text);

describe('suggestionIndex', () => {
  it('ranks whole-text prefixes first, then word starts, then matches inside a word', () => {
    const index = suggestionIndex([], ['Payment history', 'Card payments', 'Prepayments', 'Bank account'], 'en');
    expect(texts(index.suggest('pay'))).toEqual(['Payment history', 'Card payments', 'Prepayments']);
  });

  it('puts the register’s own values before built-in ones that match alike, the most used first', () => {
    const used = ['Health and safety incidents', 'Healthcare provider', 'Healthcare provider', 'Employee health checks'];
    const index = suggestionIndex(DATA_CATEGORIES, used, 'en', { detectSpecial: true });
    const [first, second, third, ...rest] = index.suggest('health');
    expect(first).toEqual({ text: 'Healthcare provider', special: true, fromRegister: true });
    expect(second).toEqual({ text: 'Health and safety incidents', special: true, fromRegister: true });
    expect(third).toEqual({ text: 'Health data', special: true, fromRegister: false });
    // The register's word-start match comes after every prefix match, built-in or not.
    expect(rest[0]).toEqual({ text: 'Employee health checks', special: true, fromRegister: true });
  });

  it('ignores case, accents, apostrophes and hyphens, in Latin and Cyrillic alike', () => {
    const slovenian = suggestionIndex(DATA_CATEGORIES, [], 'sl');
    expect(texts(slovenian.suggest('davcna stevilka'))).toEqual(['Davčna številka']);
    expect(texts(slovenian.suggest('CLANSTVO'))).toEqual(['Članstvo v sindikatu']);
    const ukrainian = suggestionIndex(DATA_CATEGORIES, [], 'uk');
    expect(texts(ukrainian.suggest('здоровя'))).toContain('Дані про стан здоров’я');
    expect(texts(ukrainian.suggest("здоров'я"))).toContain('Дані про стан здоров’я');
    expect(texts(ukrainian.suggest('ЇЖА'))).toEqual([]);
    expect(texts(suggestionIndex([], ['Їжа'], 'uk').suggest('іжа'))).toEqual(['Їжа']);
    const english = suggestionIndex(DATA_CATEGORIES, [], 'en');
    expect(texts(english.suggest('email'))[0]).toBe('E-mail address');
    expect(texts(english.suggest('E-MAIL'))[0]).toBe('E-mail address');
  });

  it('offers each text once, in the register’s wording when the register has it', () => {
    const index = suggestionIndex(DATA_CATEGORIES, ['health data', 'Health Data', 'HEALTH  DATA'], 'en');
    const matches = index.suggest('health data');
    expect(matches).toEqual([{ text: 'health data', special: true, fromRegister: true }]);
  });

  it('marks special what the built-in list flags, what the register marks, and (for data categories) what a name says', () => {
    const used: UsedValue[] = ['Biometric time clock', { text: 'Sensitive HR file', special: true }, 'Staff photo'];
    const judged = suggestionIndex(DATA_CATEGORIES, used, 'en', { detectSpecial: true });
    expect(judged.suggest('biometric time')).toEqual([{ text: 'Biometric time clock', special: true, fromRegister: true }]);
    expect(judged.suggest('sensitive')).toEqual([{ text: 'Sensitive HR file', special: true, fromRegister: true }]);
    expect(judged.suggest('staff photo')).toEqual([{ text: 'Staff photo', special: false, fromRegister: true }]);
    // Other lists do not judge names: "Patients" is a group of people, not health data.
    const subjects = suggestionIndex(DATA_SUBJECTS, ['Patients of the clinic'], 'en');
    expect(subjects.suggest('patients').every((suggestion) => !suggestion.special)).toBe(true);
    expect(suggestionIndex(DATA_CATEGORIES, ['Biometric time clock'], 'en').suggest('biometric time')[0]?.special).toBe(false);
  });

  it('offers the built-in texts in the language asked, and none for a language they are not written in', () => {
    expect(texts(suggestionIndex(RECIPIENTS, [], 'bg').suggest('данъч'))).toEqual(['Данъчни органи']);
    expect(texts(suggestionIndex(RECIPIENTS, ['Finanzamt'], 'de').suggest(''))).toEqual(['Finanzamt']);
  });

  it('keeps to the limit, and for an empty query lists the register’s values first', () => {
    const index = suggestionIndex(DATA_CATEGORIES, ['Zzz custom', 'Aaa custom', 'Zzz custom'], 'en');
    expect(index.suggest('a', 3)).toHaveLength(3);
    expect(index.suggest('a', 0)).toEqual([]);
    expect(texts(index.suggest('', 3))).toEqual(['Zzz custom', 'Aaa custom', 'Access control data (badge entries)']);
    expect(index.suggest('   ')).toHaveLength(10);
    expect(index.suggest('no such words at all')).toEqual([]);
  });

  it('answers exactly as sorting every text would, for many registers and queries', () => {
    const random = seeded(17);
    const words = ['health', 'data', 'card', 'pay', 'payment', 'ca', 'he', 'alth', 'ată', 'čas', 'дані', 'про', 'здоров’я', 'x-ray', 'e-mail'];
    for (let round = 0; round < 60; round++) {
      const used = Array.from({ length: 1 + Math.floor(random() * 80) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]).join(random() < 0.2 ? '-' : ' '),
      );
      const language = random() < 0.5 ? 'en' : 'uk';
      const index = suggestionIndex(DATA_CATEGORIES, used, language);
      for (const query of ['he', 'a', 'dat', 'pay', 'ca', 'ата', 'дан', 'здор', 'mail', 'cas', 'h d', 'zzz']) {
        const limit = 1 + Math.floor(random() * 12);
        expect(texts(index.suggest(query, limit)), `${query} in ${used.join(' | ')}`).toEqual(reference(DATA_CATEGORIES, used, language, query, limit));
      }
    }
  });
});

/** The suggestions by their definition: every distinct text, ranked by how it matches, then by origin, uses and text. */
function reference(builtIn: readonly VocabularyEntry[], used: readonly string[], language: 'en' | 'uk', query: string, limit: number): string[] {
  const byFolded = new Map<string, { text: string; folded: string; uses: number; fromRegister: boolean }>();
  for (const text of used) {
    const folded = foldForSearch(text);
    if (folded === '') continue;
    const known = byFolded.get(folded);
    if (known === undefined) byFolded.set(folded, { text: text.trim(), folded, uses: 1, fromRegister: true });
    else known.uses += 1;
  }
  for (const entry of builtIn) {
    const folded = foldForSearch(entry.text[language]);
    if (!byFolded.has(folded)) byFolded.set(folded, { text: entry.text[language], folded, uses: 0, fromRegister: false });
  }
  const wanted = foldForSearch(query);
  const kind = (folded: string) => (folded.startsWith(wanted) ? 0 : folded.includes(` ${wanted}`) ? 1 : folded.includes(wanted) ? 2 : undefined);
  return [...byFolded.values()]
    .map((candidate) => ({ ...candidate, kind: kind(candidate.folded) }))
    .filter((candidate) => candidate.kind !== undefined)
    .sort(
      (a, b) =>
        (a.kind ?? 0) - (b.kind ?? 0) ||
        Number(b.fromRegister) - Number(a.fromRegister) ||
        b.uses - a.uses ||
        (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0),
    )
    .slice(0, limit)
    .map((candidate) => candidate.text);
}

/** mulberry32, for registers that differ from round to round and are the same from run to run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
