// A moment given on the command line (`--since`, `--as-of`): a date (2026-03-01, from midnight UTC) or a date and time
// with its offset (2026-03-01T09:00:00+02:00), as RFC 3339 writes it; anything else is a usage error naming the option.
import { CliFailure } from './cli-support.ts';
import { t } from './i18n.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

export function momentOf(option: string, given: string): string {
  const moment = DATE.test(given) ? `${given}T00:00:00Z` : given;
  if (!DATE_TIME.test(moment) || Number.isNaN(Date.parse(moment))) throw new CliFailure(t('commandLine.badMoment', { option, given }), 2);
  return moment;
}
