// A field's value as the merge preview, the history and the comparison show it: texts in the register's language
// with their translations, lists one item per line, processors by name rather than by id.
import { displayText, type Text } from '../../../../shared/model/text.ts';

const LANGUAGE_KEY = /^[a-z]{2,3}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ValueContext = {
  defaultLanguage: string;
  /** Names of the records an id may refer to (processors, organisations), ours and theirs. */
  names: ReadonlyMap<string, string>;
  yes: string;
  no: string;
  /** A `YYYY-MM-DD` date as the interface writes dates ("1 December 2027"). */
  date: (date: string) => string;
};

function isTranslations(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANGUAGE_KEY.test(key) && typeof text === 'string');
}

/** One line per item; an empty string when the field is absent. */
export function describeValue(value: unknown, context: ValueContext): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? context.yes : context.no;
  if (typeof value === 'string') {
    if (CALENDAR_DATE.test(value)) return context.date(value);
    return UUID.test(value) ? (context.names.get(value.toLowerCase()) ?? value) : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => describeValue(item, context).replace(/\n/g, '; ')).join('\n');
  if (typeof value === 'object') {
    if (isTranslations(value)) {
      const main = displayText(value as Text, context.defaultLanguage, context.defaultLanguage);
      const others = Object.entries(value).filter(([language]) => language !== context.defaultLanguage);
      return [main, ...others.map(([language, text]) => `[${language}] ${text}`)].join('\n');
    }
    return Object.entries(value)
      .filter(([, part]) => part !== undefined && part !== '')
      .map(([key, part]) => (key === 'name' || key === 'basis' || key === 'country' ? describeValue(part, context) : `${key}: ${describeValue(part, context)}`))
      .join(', ');
  }
  return String(value);
}
