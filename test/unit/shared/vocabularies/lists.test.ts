// The built-in suggestion lists: every entry written in the four languages of the documents, each id and each text
// once, the categories of Art. 9(1) and Art. 10 flagged with their article, and no ordinary category that the app's
// own detector would take for a special one (or the reverse).
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/model/limits.ts';
import {
  DATA_CATEGORIES,
  DATA_SUBJECTS,
  ORDINARY_DATA_CATEGORIES,
  RECIPIENTS,
  SECURITY_MEASURES,
  SPECIAL_DATA_CATEGORIES,
  VOCABULARY_LANGUAGES,
  foldForSearch,
  isSpecialCategory,
  type VocabularyEntry,
} from '../../../../shared/vocabularies/index.ts';

const LISTS: ReadonlyArray<[string, readonly VocabularyEntry[], number]> = [
  ['data categories', DATA_CATEGORIES, LIMITS.name],
  ['data subjects', DATA_SUBJECTS, LIMITS.short],
  ['recipients', RECIPIENTS, LIMITS.short],
  ['security measures', SECURITY_MEASURES, LIMITS.long],
];

describe.each(LISTS)('the built-in %s', (_, list, limit) => {
  it('write every entry in en, uk, bg and sl, trimmed and within the field’s limit', () => {
    for (const entry of list) {
      expect(Object.keys(entry.text).sort(), entry.id).toEqual([...VOCABULARY_LANGUAGES].sort());
      for (const language of VOCABULARY_LANGUAGES) {
        const text = entry.text[language];
        expect(text.trim(), `${entry.id} ${language}`).toBe(text);
        expect(text.length, `${entry.id} ${language}`).toBeGreaterThan(0);
        expect(text.length, `${entry.id} ${language}`).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('give each entry its own id, a stable lower-case slug', () => {
    const ids = list.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('write no text twice in a language, even as the search folds it', () => {
    for (const language of VOCABULARY_LANGUAGES) {
      const folded = list.map((entry) => foldForSearch(entry.text[language]));
      expect(new Set(folded).size, language).toBe(folded.length);
    }
  });

  it('use the typographic apostrophe in Ukrainian, as the documents do', () => {
    for (const entry of list) expect(entry.text.uk, entry.id).not.toContain("'");
  });

  it('flag no entry special unless it is a data category', () => {
    if (list === DATA_CATEGORIES) return;
    for (const entry of list) {
      expect(entry.special, entry.id).toBeUndefined();
      expect(entry.article, entry.id).toBeUndefined();
    }
  });
});

describe('the built-in data categories', () => {
  it('hold some sixty categories, the special ones after the ordinary ones', () => {
    expect(DATA_CATEGORIES.length).toBeGreaterThanOrEqual(55);
    expect(DATA_CATEGORIES).toEqual([...ORDINARY_DATA_CATEGORIES, ...SPECIAL_DATA_CATEGORIES]);
  });

  it('name every category of Art. 9(1), and criminal data under Art. 10, each flagged special with its article', () => {
    const byId = new Map(DATA_CATEGORIES.map((entry) => [entry.id, entry]));
    const article9 = [
      'racial-or-ethnic-origin',
      'political-opinions',
      'religious-or-philosophical-beliefs',
      'trade-union-membership',
      'genetic-data',
      'biometric-data',
      'health-data',
      'sex-life-or-sexual-orientation',
    ];
    for (const id of article9) expect(byId.get(id), id).toMatchObject({ special: true, article: 'Art. 9(1)' });
    for (const id of ['criminal-convictions-and-offences', 'criminal-record-certificate']) {
      expect(byId.get(id), id).toMatchObject({ special: true, article: 'Art. 10' });
    }
  });

  it('flag the special ones, with an article, and no ordinary one', () => {
    for (const entry of SPECIAL_DATA_CATEGORIES) {
      expect(entry.special, entry.id).toBe(true);
      expect(['Art. 9(1)', 'Art. 10'], entry.id).toContain(entry.article);
    }
    for (const entry of ORDINARY_DATA_CATEGORIES) {
      expect(entry.special, entry.id).toBeUndefined();
      expect(entry.article, entry.id).toBeUndefined();
    }
  });

  it('agree with the detector of typed names: each special one reads as special, no ordinary one does, in every language', () => {
    for (const entry of SPECIAL_DATA_CATEGORIES) {
      for (const language of VOCABULARY_LANGUAGES) expect(isSpecialCategory(entry.text[language]), `${entry.id} ${language}`).toBe(true);
    }
    for (const entry of ORDINARY_DATA_CATEGORIES) {
      for (const language of VOCABULARY_LANGUAGES) expect(isSpecialCategory(entry.text[language]), `${entry.id} ${language}`).toBe(false);
    }
  });
});
