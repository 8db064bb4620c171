// Locale-aware formatting for the UI language: dates, date-times, numbers, country and language names, and the
// register's translatable texts. Use these instead of calling Intl directly so everything follows i18n.language, and
// every date and time of the app is written one way ("2 December 2026", "2 December 2026, 16:40").
import { useTranslation } from 'react-i18next';
import { displayText, type Text } from '../../../shared/model/text.ts';
import { localCalendarDate, type DateOrder } from '../../../shared/model/dates.ts';
import i18n from './index.ts';
import { PSEUDO_LANGUAGE } from './pseudo.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * The locale dates and numbers are written in for a UI language. English is English as written in Europe, where a DPO
 * works: day before month, 24-hour times, weeks from Monday ("en" alone would be American: "Nov 15, 2027, 4:40 AM").
 */
export function formattingLocale(language: string): string {
  return language === 'en' || language === PSEUDO_LANGUAGE ? 'en-GB' : language;
}

function dateFormat(language: string): Intl.DateTimeFormat {
  return cached(`date:${language}`, () => new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'long', timeZone: 'UTC' }));
}

/** `YYYY-MM-DD` as a date at midnight UTC, or undefined when it is not a real date. */
function utcDate(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return undefined;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(value.getTime()) ? undefined : value;
}

/** A `YYYY-MM-DD` date in the user's locale ("3 March 2026"); anything else is returned as it is. */
export function formatDate(date: string | null | undefined, language: string): string {
  if (date === null || date === undefined || date === '') return '';
  const value = utcDate(date);
  return value === undefined ? date : dateFormat(language).format(value);
}

/** A date-time in the user's locale and time zone, with a 24-hour time ("2 December 2026, 16:40"). */
export function formatDateTime(dateTime: string, language: string): string {
  const value = new Date(dateTime);
  if (Number.isNaN(value.getTime())) return dateTime;
  const locale = formattingLocale(language);
  const date = cached(`day:${language}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(value);
  const time = cached(`time:${language}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(value);
  return i18n.t('common:dateAndTime', { date, time, lng: language });
}

function shortDateFormat(language: string): Intl.DateTimeFormat {
  return cached(
    `short:${language}`,
    () => new Intl.DateTimeFormat(formattingLocale(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  );
}

/** A `YYYY-MM-DD` date as a person types it in the locale ("01/12/2027"); anything else is returned as it is. */
export function formatTypedDate(date: string, language: string): string {
  const value = utcDate(date);
  return value === undefined ? date : shortDateFormat(language).format(value);
}

/** The order of day, month and year in the locale's short date (`dmy` for English as written in Europe). */
export function dateOrder(language: string): DateOrder {
  const order = shortDateFormat(language)
    .formatToParts(new Date(Date.UTC(2027, 11, 1)))
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year')
    .map((type) => type.charAt(0))
    .join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

/** The locale's short date written with `letters` for each part ("DD/MM/YYYY"), for a placeholder. */
export function typedDatePattern(language: string, letters: { day: string; month: string; year: string }): string {
  return shortDateFormat(language)
    .formatToParts(new Date(Date.UTC(2027, 11, 1)))
    .map((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? letters[part.type] : part.value))
    .join('');
}

export function formatNumber(value: number, language: string): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(formattingLocale(language))).format(value);
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
