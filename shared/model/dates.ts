/** The calendar date of a moment in the local time zone, `YYYY-MM-DD`: "today" as the person at the machine sees it. */
export function localCalendarDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * `2026-11-20T12:00:00Z`: the exchange format's date-time (RFC 3339 in UTC), without the milliseconds nobody reads.
 * Every time the register writes (exports, audit rows, record times) is made by this one function.
 */
export function timestamp(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The order in which a locale writes the day, month and year of a short date: `dmy` (01/12/2027), `mdy`, `ymd`. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a year, month and day that make a real date, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  return isRealDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

/** Three numbers separated by `/`, `.`, `-` or spaces, with an optional closing dot ("1. 12. 2027."). */
const THREE_NUMBERS = /^(\d{1,4})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,4})\.?$/;

/**
 * A date as a person types it, as `YYYY-MM-DD`, or undefined when it is not one. Read are: the exchange format's own
 * form (2027-12-01, also 2027/12/1), always, since a year comes first in no locale's short date; and the locale's short
 * form in its `order` (01/12/2027 is 1 December 2027 for `dmy`, as English is written in Europe), with `/`, `.`, `-`
 * or spaces between the numbers, and a two-digit year read as 20xx (a register's dates are all this century).
 */
export function parseTypedDate(typed: string, order: DateOrder): string | undefined {
  const match = THREE_NUMBERS.exec(typed.trim());
  if (match === null) return undefined;
  const [first, second, third] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
  if (first.length === 4) return third.length <= 2 ? isoDate(Number(first), Number(second), Number(third)) : undefined;
  if (order === 'ymd' || first.length > 2 || (third.length !== 4 && third.length !== 2)) return undefined;
  const year = third.length === 2 ? 2000 + Number(third) : Number(third);
  return order === 'dmy' ? isoDate(year, Number(second), Number(first)) : isoDate(year, Number(first), Number(second));
}

/** The same calendar day `years` later (29 February becomes 28 February in a year without one). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  return isoDate(target, month, day) ?? isoDate(target, month, day - 1) ?? date;
}

/**
 * The next review an activity gets when its last review is set: a year later (the yearly review most registers keep),
 * only while no next review is set, so a date the DPO chose is never replaced.
 */
export function defaultNextReview(lastReviewedOn: string | undefined, nextReviewOn: string | undefined): string | undefined {
  if (nextReviewOn !== undefined && nextReviewOn !== '') return undefined;
  if (lastReviewedOn === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewedOn)) return undefined;
  const [year, month, day] = lastReviewedOn.split('-').map(Number) as [number, number, number];
  return isRealDate(year, month, day) ? addYears(lastReviewedOn, 1) : undefined;
}
