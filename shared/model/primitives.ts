import { z } from 'zod';
import { currentCountryCode } from '../reference/countries.ts';
import { LIMITS, tooLongMessage, type LimitKind } from './limits.ts';

/**
 * A UUID of any version, read case-insensitively and kept lower-case (exchange format). Lower-cased by zod's own
 * `toLowerCase` rather than a `transform`, which `z.compile` runs through a helper object per id.
 */
export const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'is not a UUID')
  .toLowerCase();

/** BCP 47 primary language subtag: en, uk, bg, sl, de, … */
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'is not a language code such as en, uk, bg or sl');

/** The languages the app's documents and translations editor offer first. */
export const LANGUAGES = ['en', 'uk', 'bg', 'sl'] as const;

/**
 * True for a code the register accepts as a country: an ISO 3166-1 alpha-2 code in use, or a renamed one (UK, VD, …)
 * that `countryCode` reads as its successor.
 */
export function isCountryCode(code: string): boolean {
  return currentCountryCode(code) !== undefined;
}

/** An ISO 3166-1 alpha-2 country code; a renamed code (UK) is read as the current one (GB). */
export const countryCode = z
  .string()
  .refine(isCountryCode, 'is not an ISO 3166-1 alpha-2 country code such as DE or UA')
  .overwrite((code) => currentCountryCode(code) ?? code);

/** `INT` stands for an international organisation (Art. 46), which has no country. */
export const transferDestination = z
  .string()
  .refine((code) => code === 'INT' || isCountryCode(code), 'is not a country code (or INT for an international organisation)')
  .overwrite((code) => (code === 'INT' ? code : (currentCountryCode(code) ?? code)));

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The number written by the `count` ASCII digits at `from` (the caller's pattern has already checked they are digits).
 * Reading fixed positions rather than regex groups: a register has tens of thousands of dates, and groups are a
 * handful of small strings each.
 */
function digitsAt(value: string, from: number, count: number): number {
  let number = 0;
  for (let index = from; index < from + count; index++) number = number * 10 + value.charCodeAt(index) - 48;
  return number;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z
  .string()
  .refine(
    (value) => CALENDAR_DATE.test(value) && isRealDate(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2)),
    'is not a date written YYYY-MM-DD',
  );

/** Every field has a fixed width, so the date is at 0–9 and the time at 11–18 (`YYYY-MM-DDThh:mm:ss`). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** RFC 3339 date-time with a zone; seconds required, fractions optional. */
export const dateTime = z
  .string()
  .refine(
    (value) =>
      DATE_TIME.test(value) &&
      isRealDate(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2)) &&
      digitsAt(value, 11, 2) < 24 &&
      digitsAt(value, 14, 2) < 60 &&
      digitsAt(value, 17, 2) < 61,
    'is not a date-time with a zone, such as 2026-11-20T12:00:00Z',
  );

export const revision = z.number().int().min(1);

/** A string of at most the limit of its kind (limits.ts), refused with its length and the limit when longer. */
export function boundedString(kind: LimitKind) {
  return z.string().max(LIMITS[kind], { error: (issue) => tooLongMessage(typeof issue.input === 'string' ? issue.input.length : 0, kind) });
}

/** A string a person must fill in: surrounding spaces do not count as content. */
export const requiredString = z.string().trim().min(1, 'must not be empty');

/** A name a person must fill in (a joint controller's, a representative's), at most a name's length. */
export const requiredName = requiredString.max(LIMITS.name, {
  error: (issue) => tooLongMessage(typeof issue.input === 'string' ? issue.input.length : 0, 'name'),
});
