import { z } from 'zod';
import { LIMITS, tooLongMessage, type LimitKind } from './limits.ts';

/**
 * A text a person writes: a plain string in the register's default language,
 * or one entry per language, which must include the default language.
 */
export type Text = string | Record<string, string>;

/**
 * What is wrong with `value` as a text of a register whose default language is `defaultLanguage`, if anything; `kind`
 * says how long each of its translations may be (limits.ts).
 */
export function textProblem(value: unknown, defaultLanguage: string, kind: LimitKind = 'long'): string | undefined {
  const limit = LIMITS[kind];
  if (typeof value === 'string') {
    if (value.length > limit) return tooLongMessage(value.length, kind);
    return value.trim() === '' ? 'must not be empty' : undefined;
  }
  // Said as of any other required field: a spreadsheet's empty cell is an absent text, and its reader is not a JSON author.
  if (value === undefined) return 'is required';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'should be a text or a set of translations such as {"en": "…", "uk": "…"}';
  }
  const translations = value as Record<string, unknown>;
  // Keys rather than entries: no [key, value] pair per translation, for the many texts of a large register.
  for (const language of Object.keys(translations)) {
    if (!LANGUAGE_CODE.test(language)) return `has "${language}", which is not a language code such as en, uk, bg or sl`;
    const translation = translations[language];
    if (typeof translation !== 'string') return `has a translation into ${language} that is not a text`;
    if (translation.length > limit) return tooLongMessage(translation.length, kind, language === defaultLanguage ? undefined : language);
  }
  const original = translations[defaultLanguage];
  if (typeof original !== 'string' || original.trim() === '') {
    return `has no text in the register's default language (${defaultLanguage})`;
  }
  return undefined;
}

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * A schema for text fields; the default language is the register's and decides what "complete" means.
 * One check function rather than a union of schemas: text is most of a register, and this keeps reading a
 * 10,000-activity file fast (no per-value copies, no failed first branch).
 * `abort: false`: a bad text does not stop the record's own checks (unknown fields, what Art. 30 requires), which read
 * no text, so a form shows their issues together with the text's (zod's `z.custom` aborts by default).
 */
export function textSchema(defaultLanguage: string, kind: LimitKind = 'long') {
  return z.custom<Text>((value) => textProblem(value, defaultLanguage, kind) === undefined, {
    error: (issue) => textProblem(issue.input, defaultLanguage, kind) ?? 'is not a text',
    abort: false,
  });
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
  const entries: Record<string, string> = text === undefined ? {} : typeof text === 'string' ? { [defaultLanguage]: text } : { ...text };
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
