// The shape of the built-in suggestion lists: the texts a DPO would otherwise type in every activity ("E-mail
// address", "Tax authorities", "Multi-factor authentication"), in the four languages of the documents, so that the
// same thing is written the same way across a register and in the official GDPR terms of each language.

/** The languages every built-in list is written in (the documents' languages). */
export const VOCABULARY_LANGUAGES = ['en', 'uk', 'bg', 'sl'] as const;
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];

export type VocabularyText = Readonly<Record<VocabularyLanguage, string>>;

/** Where a special data category is named: Art. 9(1) (special categories) or Art. 10 (criminal convictions and offences). */
export type SpecialArticle = 'Art. 9(1)' | 'Art. 10';

export type VocabularyEntry = {
  /** Stable, the same in every language: `email-address`. */
  readonly id: string;
  readonly text: VocabularyText;
  /** Only in the data categories: a category of Art. 9(1) or Art. 10, which needs a condition of Art. 9(2) or Art. 10. */
  readonly special?: boolean;
  readonly article?: SpecialArticle;
};

/** True when `language` is one the built-in lists are written in. */
export function isVocabularyLanguage(language: string): language is VocabularyLanguage {
  return (VOCABULARY_LANGUAGES as readonly string[]).includes(language);
}
