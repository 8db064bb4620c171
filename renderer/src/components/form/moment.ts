// A moment as a date-and-time picker holds it (a date and a time of day in the DPO's own time zone) and as the
// register's commands take it (RFC 3339 in UTC, `2026-03-01T08:00:00Z`).
import { fromDate, getLocalTimeZone, toCalendarDateTime, toZoned, type CalendarDateTime } from '@internationalized/date';
import { timestamp } from '../../../../shared/model/dates.ts';

/** The moment as the commands take it. */
export function momentOf(value: CalendarDateTime): string {
  return timestamp(toZoned(value, getLocalTimeZone()).toDate());
}

/** A moment as the pickers show it, in the DPO's time zone. */
export function pickerValueOf(moment: Date): CalendarDateTime {
  return toCalendarDateTime(fromDate(moment, getLocalTimeZone()));
}

/** A moment picked to the minute: a picker shows no seconds, so none may hide in what it sends. */
export function toTheMinute(value: CalendarDateTime): CalendarDateTime {
  return value.set({ second: 0, millisecond: 0 });
}
