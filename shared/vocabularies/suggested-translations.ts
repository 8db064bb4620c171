// A built-in text comes in the four languages of the documents, so choosing one ("E-mail address") writes it in all of
// them: the Ukrainian register report then says "Адреса електронної пошти" rather than falling back to English. Only
// languages the text has not been written in are filled, and when the person then changes the wording, the
// translations that came with the old built-in text go with it, so no document says what the register no longer does.
import { isVocabularyLanguage, VOCABULARY_LANGUAGES, type VocabularyEntry, type VocabularyText } from './entry.ts';
import { foldForSearch } from './search-text.ts';
import type { Text } from '../model/text.ts';

/** The built-in texts of a list in every language, found by their wording in `language` (case and accents aside). */
export type BuiltInTranslations = (wording: string) => VocabularyText | undefined;

export function builtInTranslations(builtIn: readonly VocabularyEntry[], language: string): BuiltInTranslations {
  const byWording = new Map<string, VocabularyText>();
  if (isVocabularyLanguage(language)) {
    for (const entry of builtIn) byWording.set(foldForSearch(entry.text[language]), entry.text);
  }
  return (wording) => (wording.trim() === '' ? undefined : byWording.get(foldForSearch(wording)));
}

/**
 * The text once its wording in `defaultLanguage` becomes `wording`: translations the previous built-in wording brought
 * (still as they came) are dropped, and a built-in `wording` brings its own into the languages not written yet.
 */
export function withBuiltInTranslations(text: Text | undefined, defaultLanguage: string, wording: string, translationsOf: BuiltInTranslations): Text {
  const entries: Record<string, string> = text === undefined ? {} : typeof text === 'string' ? { [defaultLanguage]: text } : { ...text };
  const before = translationsOf(entries[defaultLanguage] ?? '');
  const after = translationsOf(wording);
  entries[defaultLanguage] = wording;
  for (const language of VOCABULARY_LANGUAGES) {
    if (language === defaultLanguage) continue;
    if (before !== undefined && entries[language] === before[language]) delete entries[language];
    if (after !== undefined && entries[language] === undefined) entries[language] = after[language];
  }
  const languages = Object.keys(entries);
  return languages.length === 1 && languages[0] === defaultLanguage ? wording : entries;
}
