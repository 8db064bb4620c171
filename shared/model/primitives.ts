import { z } from 'zod';

/** A UUID of any version, read case-insensitively and kept lower-case (exchange format). */
export const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'is not a UUID')
  .transform((id) => id.toLowerCase());

/** BCP 47 primary language subtag: en, uk, bg, sl, de, … */
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'is not a language code such as en, uk, bg or sl');

/** The languages the app's documents and translations editor offer first. */
export const LANGUAGES = ['en', 'uk', 'bg', 'sl'] as const;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for an ISO 3166-1 alpha-2 code that `Intl` knows as a country or territory. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code !== 'EU' && code !== 'UN' && regionNames.of(code) !== undefined;
}

export const countryCode = z.string().refine(isCountryCode, 'is not an ISO 3166-1 alpha-2 country code such as DE or UA');

/** `INT` stands for an international organisation (Art. 46), which has no country. */
export const transferDestination = z
  .string()
  .refine((code) => code === 'INT' || isCountryCode(code), 'is not a country code (or INT for an international organisation)');

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}, 'is not a date written YYYY-MM-DD');

/** RFC 3339 date-time with a zone; seconds required, fractions optional. */
export const dateTime = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(value);
  return (
    match !== null &&
    isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) &&
    Number(match[4]) < 24 &&
    Number(match[5]) < 60 &&
    Number(match[6]) < 61
  );
}, 'is not a date-time with a zone, such as 2026-11-20T12:00:00Z');

export const revision = z.number().int().min(1);

/** A string a person must fill in: surrounding spaces do not count as content. */
export const requiredString = z.string().trim().min(1, 'must not be empty');
