import { z } from 'zod';
import { languageCode } from './primitives.ts';

/**
 * A text a person writes: a plain string in the register's default language,
 * or one entry per language, which must include the default language.
 */
export type Text = string | Record<string, string>;

/** A schema for text fields; the default language is the register's and decides what "complete" means. */
export function textSchema(defaultLanguage: string) {
  return z.union([
    z.string().trim().min(1, 'must not be empty'),
    z
      .record(languageCode, z.string())
      .superRefine((translations, context) => {
        const original = translations[defaultLanguage];
        if (original === undefined || original.trim() === '') {
          context.addIssue({
            code: 'custom',
            message: `has no text in the register's default language (${defaultLanguage})`,
          });
        }
      }),
  ]);
}

/** The text in `language`, or undefined when that language has none. */
export function textIn(text: Text | undefined, language: string, defaultLanguage: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return language === defaultLanguage ? text : undefined;
  const value = text[language];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The text to show in `language`, falling back to the default language. */
export function displayText(text: Text | undefined, language: string, defaultLanguage: string): string {
  if (text === undefined) return '';
  return textIn(text, language, defaultLanguage) ?? textIn(text, defaultLanguage, defaultLanguage) ?? '';
}

/**
 * Sets the text in one language. Writing the default language of a plain string keeps it plain;
 * emptying a translation removes it, so an untranslated field stays a plain string.
 */
export function withTranslation(text: Text | undefined, language: string, value: string, defaultLanguage: string): Text {
  const entries: Record<string, string> =
    text === undefined ? {} : typeof text === 'string' ? { [defaultLanguage]: text } : { ...text };
  if (value === '' && language !== defaultLanguage) delete entries[language];
  else entries[language] = value;
  const languages = Object.keys(entries);
  if (languages.length === 1 && languages[0] === defaultLanguage) return entries[defaultLanguage] ?? '';
  return entries;
}

/** The languages a text has been written in. */
export function textLanguages(text: Text | undefined, defaultLanguage: string): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [defaultLanguage] : Object.keys(text);
}
