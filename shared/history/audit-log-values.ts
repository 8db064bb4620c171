// What the audit log's CSV and PDF are made from, and each field's value before and after an entry as they write it:
// texts in the register's default language (a translation after it, so a change to one translation still shows),
// lists joined by "; ", yes and no in words, and the ids of processors and organisations as their names.
import type { AuditEntry, AuditKind } from '../ipc/outputs.ts';
import type { ReportLanguage } from '../report/languages.ts';
import { displayText, type Text } from '../model/text.ts';
import type { RecordNames, RecordNamesSource } from './audit-log-names.ts';
import { fieldName } from './history-terms.ts';

/**
 * The filter an export applied, as its document says it: the record filtered on by its type and name where the log
 * or the register knows them (null where neither does: the document then gives its id).
 */
export type AuditLogFilter = {
  record?: { id: string; type: AuditEntry['recordType'] | null; name: string | null };
  recordType?: AuditEntry['recordType'];
  actor?: string;
  kinds?: readonly AuditKind[];
  since?: string;
  until?: string;
};

/** Plain data only: the PDF is made from it in a worker thread (electron/main/backend/reports/report-worker.ts). */
export type AuditLogInput = {
  registerName: string;
  /** The register's default language: the language of its texts' main version. */
  defaultLanguage: string;
  /** The language of the document's words (field names, kinds, column heads). */
  language: ReportLanguage;
  filter: AuditLogFilter;
  writtenAt: Date;
  /** The entries written, oldest first. */
  entries: readonly AuditEntry[];
  /** How the records the entries refer to by id were named when (`recordNames` finds the name at an entry). */
  names: RecordNamesSource;
};

/** One field an entry changed, in words: its name in the document's language, its values before and after. */
export type ReadableChange = { field: string; before: string; after: string };

type ValueWords = { defaultLanguage: string; yes: string; no: string; nameOf: (id: string) => string | undefined };

const LANGUAGE_KEY = /^[a-z]{2,3}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys whose value says what an object is by itself: written without their key ("contract", not "basis: contract"). */
const SELF_EVIDENT = new Set(['name', 'basis', 'country']);

function isTranslations(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANGUAGE_KEY.test(key) && typeof text === 'string');
}

/** A value as one line of text; an empty string when absent. */
export function readableValue(value: unknown, words: ValueWords): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return UUID.test(value) ? (words.nameOf(value.toLowerCase()) ?? value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => readableValue(item, words)).join('; ');
  if (typeof value !== 'object') return String(value);
  if (isTranslations(value)) {
    const main = displayText(value as Text, words.defaultLanguage, words.defaultLanguage);
    const others = Object.entries(value).filter(([language]) => language !== words.defaultLanguage);
    return [main, ...others.map(([language, text]) => `[${language}] ${text}`)].filter((part) => part !== '').join(' ');
  }
  return Object.entries(value)
    .filter(([, part]) => part !== undefined && part !== null && part !== '')
    .map(([key, part]) => (SELF_EVIDENT.has(key) ? readableValue(part, words) : `${key}: ${readableValue(part, words)}`))
    .join(', ');
}

/** The fields `entry` changed, in words of `input.language`, ids named as the entry's time (or now) knows them. */
export function readableChanges(
  entry: AuditEntry,
  input: Pick<AuditLogInput, 'language' | 'defaultLanguage'>,
  names: RecordNames,
  yesNo: { yes: string; no: string },
): ReadableChange[] {
  const words: ValueWords = { defaultLanguage: input.defaultLanguage, ...yesNo, nameOf: (id) => names.at(id, entry) };
  return entry.changes.map((change) => ({
    field: fieldName(input.language, change.field),
    before: readableValue(change.old, words),
    after: readableValue(change.new, words),
  }));
}
