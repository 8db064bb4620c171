// A validation message of shared/ (English, made by describeIssue and the record schemas) in the interface language,
// through the `validation` namespace, keyed by the English message. A message with parameters (a length and a limit, a
// date, a language, a list of values) is looked up with a placeholder for each (`is {{length}} characters long; a name
// is at most {{limit}}`), and the parameters are shown in the locale's form.
import type { i18n as I18n } from 'i18next';
import { formatDate, formatNumber, languageName } from '../../i18n/format.ts';

const LOOKUP = { ns: 'validation', keySeparator: false, nsSeparator: false } as const;

/**
 * The messages of shared/ that carry parameters, each a named group: the key is the message with `{{name}}` in place
 * of each group. Messages about one item of a closed list (`lists "transfers" twice`) are keys of their own instead,
 * so that each language can say each item in the form its sentence needs.
 */
const PARAMETERISED: readonly RegExp[] = [
  // limits.ts: tooLongMessage (the numbers written "5,000").
  /^(?:is|has a translation into (?<language>[a-z]{2,3}) that is) (?<length>\d[\d,]*) characters long; (?:a name|a short text such as this|a text) is at most (?<limit>\d[\d,]*)$/d,
  // text.ts: textProblem.
  /^has a translation into (?<language>[a-z]{2,3}) that is not a text$/d,
  /^has no text in the register's default language \((?<language>[a-z]{2,3})\)$/d,
  /^has "(?<code>.*)", which is not a language code such as en, uk, bg or sl$/ds,
  // issues.ts: describeIssue of zod's own issues.
  /^needs at least (?<minimum>\d+)$/d,
  /^is not one of (?<values>.+)$/ds,
  /^should be an? \w+, not (?<value>.+)$/ds,
  // The backend's reference checks (services/activities.ts, processors.ts): a record it names is not in the register.
  /^"(?<id>.*)" is not an? (?:organisation|processor) in this register$/ds,
  /^would make the chain of sub-processors loop back to itself \((?<chain>.+)\)$/ds,
  // records.ts: checkReviewOrder, and any other message naming one date.
  /^(?![^]*\b\d{4}-\d{2}-\d{2}\b[^]*\b\d{4}-\d{2}-\d{2}\b)[^]*?\b(?<date>\d{4}-\d{2}-\d{2})\b[^]*$/d,
];

const NUMBERS = new Set(['length', 'limit', 'minimum']);

/** A parameter as the interface language writes it: numbers and dates in its form, a language by its name. */
function shown(name: string, value: string, language: string): string {
  if (NUMBERS.has(name)) return formatNumber(Number(value.replace(/,/g, '')), language);
  if (name === 'date') return formatDate(value, language);
  if (name === 'language') return languageName(value, language);
  return value;
}

/** The message in `language` when the catalogue has it, with or without parameters; else undefined. */
function lookUp(message: string, i18n: I18n, language: string): string | undefined {
  if (i18n.exists(message, { ...LOOKUP, lng: language })) return i18n.t(message, { ...LOOKUP, lng: language });
  for (const pattern of PARAMETERISED) {
    const match = pattern.exec(message);
    const groups = match?.indices?.groups;
    if (match === null || groups === undefined) continue;
    const found = Object.entries(groups)
      .filter((entry): entry is [string, [number, number]] => entry[1] !== undefined)
      .sort(([, a], [, b]) => b[0] - a[0]);
    let key = message;
    for (const [name, [start, end]] of found) key = `${key.slice(0, start)}{{${name}}}${key.slice(end)}`;
    if (!i18n.exists(key, { ...LOOKUP, lng: language })) continue;
    const values = Object.fromEntries(found.map(([name, [start, end]]) => [name, shown(name, message.slice(start, end), language)]));
    return i18n.t(key, { ...LOOKUP, lng: language, ...values });
  }
  return undefined;
}

/** The offending value describeIssue may put in front of a message: a JSON value (cut with "…" when long), or `undefined`. */
const VALUE_START = /^(?:["[{\d-]|(?:undefined|null|true|false|NaN)$)/;

/**
 * `message` in `language` (default: the interface's), or as it is when the catalogue lacks it. A value in front of the
 * message (`"XX" is not one of …`) is kept, the rest translated; `undefined` there (zod reports no input unless asked)
 * names no value and is left out.
 */
export function translateIssue(message: string, i18n: I18n, language: string = i18n.language): string {
  const whole = lookUp(message, i18n, language);
  if (whole !== undefined) return whole;
  for (let space = message.indexOf(' '); space > 0; space = message.indexOf(' ', space + 1)) {
    const value = message.slice(0, space);
    if (!VALUE_START.test(value)) break;
    const rest = lookUp(message.slice(space + 1), i18n, language);
    if (rest !== undefined) return value === 'undefined' ? rest : `${value} ${rest}`;
  }
  return message;
}
