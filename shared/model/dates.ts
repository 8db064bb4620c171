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
