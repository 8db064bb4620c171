// Locale-aware formatting for the UI language: dates, date-times, numbers, country and language names, and the
// register's translatable texts. Use these instead of calling Intl directly so everything follows i18n.language.
import { useTranslation } from 'react-i18next';
import { displayText, type Text } from '../../../shared/model/text.ts';
import { localCalendarDate } from '../../../shared/model/dates.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A `YYYY-MM-DD` date in the user's locale ("3 Mar 2026"); anything else is returned as it is. */
export function formatDate(date: string | null | undefined, language: string): string {
  if (date === null || date === undefined || date === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(value.getTime())) return date;
  return cached(`date:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })).format(value);
}

/** A date-time in the user's locale and time zone. */
export function formatDateTime(dateTime: string, language: string): string {
  const value = new Date(dateTime);
  if (Number.isNaN(value.getTime())) return dateTime;
  return cached(`datetime:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })).format(value);
}

export function formatNumber(value: number, language: string): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** Country names already looked up, per language and code (tables ask for the same few thousands of times). */
const countryNames = new Map<string, string>();

/** The country's name in the UI language ("Germany"); `INT` is an international organisation. */
export function countryName(code: string, language: string, internationalLabel = 'International organisation'): string {
  if (code === 'INT') return internationalLabel;
  const key = `${language}\u0000${code}`;
  const known = countryNames.get(key);
  if (known !== undefined) return known;
  const names = cached(`region:${language}`, () => new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' })) as Intl.DisplayNames;
  let name: string;
  try {
    name = names.of(code) ?? code;
  } catch {
    name = code;
  }
  countryNames.set(key, name);
  return name;
}

/** The language's name in the UI language ("Ukrainian"). */
export function languageName(code: string, language: string): string {
  const names = cached(`language:${language}`, () => new Intl.DisplayNames([language, 'en'], { type: 'language', fallback: 'code' })) as Intl.DisplayNames;
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function today(): string {
  return localCalendarDate(new Date());
}

/** Formatting bound to the current UI language (re-renders when it changes). */
export function useFormat() {
  const { i18n, t } = useTranslation('common');
  const language = i18n.language;
  return {
    language,
    date: (date: string | null | undefined) => formatDate(date, language),
    dateTime: (dateTime: string) => formatDateTime(dateTime, language),
    number: (value: number) => formatNumber(value, language),
    // t() only for INT: it is slow enough to matter in a table of 10,000 rows.
    country: (code: string) => (code === 'INT' ? t('internationalOrganisation') : countryName(code, language)),
    languageName: (code: string) => languageName(code, language),
    /** A register text shown in the UI language when translated, else in the register's default language. */
    text: (text: Text | undefined, defaultLanguage: string) => displayText(text, language, defaultLanguage),
  };
}
