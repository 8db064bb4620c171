/** The calendar date of a moment in the local time zone, `YYYY-MM-DD`: "today" as the person at the machine sees it. */
export function localCalendarDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
