// The register at one moment compared with the register at a later one, both as exchange documents (rebuilt from the
// audit log: backend/repositories/register-as-of.ts): which records were added, removed or changed, field by field,
// and which changes are material for the people whose data the register is about: a new purpose, a new recipient
// (a processor or joint controller included, as Art. 4(9) and the privacy policy count them), a new transfer out of
// the EEA, a retention made longer. Pure: the screen, the PDF and `ropa diff` all read what this returns.
import type { ExchangeDocument } from '../exchange/read.ts';
import type { ComparedField, ComparedRecord, MaterialChange, RegisterComparison } from '../ipc/outputs.ts';
import { same } from '../merge/values.ts';
import type { RecordType } from '../model/records.ts';
import { displayText, type Text } from '../model/text.ts';
import { longestPeriodInDays } from '../policy/policy-facts.ts';
import { isEeaCountry } from '../reference/transfer-reference.ts';

/** The register at one moment: the moment (RFC 3339) and the register's document then. */
export type RegisterAt = { at: string; document: ExchangeDocument };

/**
 * Fields that say when and how often a record was saved, not what it holds: a record saved without a change to its
 * content is no change a DPO reviews.
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['id', 'updatedAt', 'revision']);

export const RECORD_TYPES: readonly RecordType[] = ['organisation', 'processor', 'activity'];
export const MATERIAL_CHANGES: readonly MaterialChange[] = ['purposes', 'recipients', 'transfers', 'retention'];
const CHANGES: ReadonlyArray<ComparedRecord['change']> = ['added', 'removed', 'changed'];

/** Any record of the register, read field by field. */
export type AnyRecord = { id: string; name: Text } & Record<string, unknown>;

const recordsOf = (document: ExchangeDocument, type: RecordType): readonly AnyRecord[] =>
  (type === 'organisation' ? document.organisations : type === 'processor' ? document.processors : document.activities) as unknown as AnyRecord[];

/** Every record of `document` by its id (ids are unique across the types of record). */
export function recordsById(document: ExchangeDocument): ReadonlyMap<string, AnyRecord> {
  return new Map(RECORD_TYPES.flatMap((type) => recordsOf(document, type).map((record) => [record.id, record] as const)));
}

/** The texts of one document as its default language reads them, trimmed and in one case, to tell one from another. */
type Reader = (value: unknown) => string;

function readerOf(document: ExchangeDocument): Reader {
  const language = document.register.defaultLanguage;
  return (value) =>
    comparable(typeof value === 'string' || (value !== null && typeof value === 'object') ? displayText(value as Text, language, language) : '');
}

const comparable = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Whether the value at `to` holds something the value at `from` did not, of the kind that makes the change material.
 * `before` is undefined for a record added, so each judge also says whether a new record has something of the kind.
 */
type Judge = (before: unknown, after: unknown, read: { before: Reader; after: Reader }) => boolean;

const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Items of `after` that `before` lacks, each item known by `key`. */
function addsItems(key: (item: unknown, read: Reader) => string): Judge {
  return (before, after, read) => {
    const known = new Set(listOf(before).map((item) => key(item, read.before)));
    return listOf(after).some((item) => !known.has(key(item, read.after)));
  };
}

const byText = addsItems((item, read) => read(item));
const byId = addsItems((item) => String(item));
const byPartyName = addsItems((item, read) => read((item as { name?: unknown }).name));

/** A transfer out of the EEA to a country, and a recipient (the processor, or the one named), it did not go to before. */
const addsTransfers: Judge = (before, after, read) => {
  const leaving = (list: unknown) => listOf(list).filter((item) => leavesEea((item as { country?: unknown }).country));
  const key = (item: unknown, reader: Reader) => {
    const transfer = item as { country: string; processorId?: string; recipient?: unknown };
    return `${transfer.country}|${transfer.processorId ?? reader(transfer.recipient)}`;
  };
  const known = new Set(leaving(before).map((item) => key(item, read.before)));
  return leaving(after).some((item) => !known.has(key(item, read.after)));
};

/** A place outside the EEA where the processor keeps the data: the transfers of every activity using it follow from it. */
const addsThirdCountries: Judge = (before, after) => {
  const known = new Set(listOf(before));
  return listOf(after).some((country) => leavesEea(country) && !known.has(country));
};

/** Data sent to an EEA country never leave the EEA: no transfer under Chapter V (as the report and the policy say). */
const leavesEea = (country: unknown): boolean => typeof country === 'string' && (country === 'INT' || !isEeaCountry(country));

/**
 * The retention is longer only where both texts name a period and the later one is longer, by more than counting a
 * month as 30 days can make it seem ("12 months" is not longer than "1 year"). A text that names no period, or names
 * one where there was none, says nothing of its length: the field is listed as changed, never as longer.
 */
export function isLongerRetention(before: string, after: string): boolean {
  const was = longestPeriodInDays(before);
  const is = longestPeriodInDays(after);
  return was !== undefined && is !== undefined && is * 30 > was * 31;
}

const lengthens: Judge = (before, after, read) => before !== undefined && after !== undefined && isLongerRetention(read.before(before), read.after(after));

/** A category of data (known by its name) kept longer than before. */
const lengthensCategories: Judge = (before, after, read) => {
  type Category = { name?: unknown; retention?: unknown };
  const earlier = new Map(listOf(before).map((item) => [read.before((item as Category).name), (item as Category).retention]));
  return listOf(after).some((item) => {
    const category = item as Category;
    return lengthens(earlier.get(read.after(category.name)), category.retention, read);
  });
};

/** The fields whose change can be material, and how to tell: per type of record, by field. */
const MATERIAL_FIELDS: Readonly<Record<RecordType, Readonly<Record<string, readonly [MaterialChange, Judge]>>>> = {
  organisation: {},
  processor: { dataLocations: ['transfers', addsThirdCountries] },
  activity: {
    purposes: ['purposes', byText],
    recipients: ['recipients', byText],
    processorIds: ['recipients', byId],
    jointControllers: ['recipients', byPartyName],
    transfers: ['transfers', addsTransfers],
    retention: ['retention', lengthens],
    dataCategories: ['retention', lengthensCategories],
  },
};

function materialOf(type: RecordType, field: string, before: unknown, after: unknown, read: { before: Reader; after: Reader }): MaterialChange | null {
  const rule = MATERIAL_FIELDS[type][field];
  return rule !== undefined && rule[1](before, after, read) ? rule[0] : null;
}

const inOrder = (material: Iterable<MaterialChange | null>): MaterialChange[] => {
  const found = new Set(material);
  return MATERIAL_CHANGES.filter((kind) => found.has(kind));
};

/** A field's value, null where the record has none: an empty list says no more than a list left out. */
const valueOf = (record: AnyRecord, field: string): unknown => {
  const value = record[field];
  return value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
};

/** The content fields that differ (key order aside), in the order the later record has them, then those it lost. */
function changedFields(type: RecordType, before: AnyRecord, after: AnyRecord, read: { before: Reader; after: Reader }): ComparedField[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((field) => !BOOKKEEPING_FIELDS.has(field));
  return fields
    .filter((field) => !same(valueOf(before, field), valueOf(after, field)))
    .map((field) => ({
      field,
      before: valueOf(before, field),
      after: valueOf(after, field),
      material: materialOf(type, field, before[field], after[field], read),
    }));
}

/** What a record added brings of each material kind: its purposes, recipients, transfers out of the EEA. */
function materialOfAdded(type: RecordType, record: AnyRecord, read: { before: Reader; after: Reader }): MaterialChange[] {
  return inOrder(Object.keys(MATERIAL_FIELDS[type]).map((field) => materialOf(type, field, undefined, record[field], read)));
}

/**
 * The register at `from` compared with the register at `to`. `referenceOf` gives an activity's reference (PA-0001),
 * which the documents do not hold; an activity without one has null.
 */
export function compareRegisters(from: RegisterAt, to: RegisterAt, referenceOf: (id: string) => string | undefined = () => undefined): RegisterComparison {
  const read = { before: readerOf(from.document), after: readerOf(to.document) };
  const named = (document: ExchangeDocument, record: AnyRecord) =>
    displayText(record.name, document.register.defaultLanguage, document.register.defaultLanguage);
  const records: ComparedRecord[] = [];
  for (const type of RECORD_TYPES) {
    const earlier = new Map(recordsOf(from.document, type).map((record) => [record.id, record]));
    const later = recordsOf(to.document, type);
    const compared = (
      record: AnyRecord,
      document: ExchangeDocument,
      change: ComparedRecord['change'],
      fields: ComparedField[],
      material: MaterialChange[],
    ) => ({
      recordType: type,
      id: record.id,
      name: named(document, record),
      reference: type === 'activity' ? (referenceOf(record.id) ?? null) : null,
      change,
      material,
      fields,
    });
    for (const record of later) {
      const before = earlier.get(record.id);
      if (before === undefined) {
        records.push(compared(record, to.document, 'added', [], materialOfAdded(type, record, read)));
        continue;
      }
      const fields = changedFields(type, before, record, read);
      if (fields.length > 0) records.push(compared(record, to.document, 'changed', fields, inOrder(fields.map((field) => field.material))));
    }
    const present = new Set(later.map((record) => record.id));
    for (const record of earlier.values()) if (!present.has(record.id)) records.push(compared(record, from.document, 'removed', [], []));
  }
  records.sort(byImportance(to.document.register.defaultLanguage));
  return {
    from: from.at,
    to: to.at,
    revisions: { from: from.document.baseRevision ?? 0, to: to.document.baseRevision ?? 0 },
    records,
    counts: {
      added: records.filter((record) => record.change === 'added').length,
      removed: records.filter((record) => record.change === 'removed').length,
      changed: records.filter((record) => record.change === 'changed').length,
      material: records.filter((record) => record.material.length > 0).length,
    },
  };
}

/** Records with material changes first; then added, removed, changed; then organisations, processors, activities; then by name. */
function byImportance(language: string): (a: ComparedRecord, b: ComparedRecord) => number {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const rank = (record: ComparedRecord) => [record.material.length > 0 ? 0 : 1, CHANGES.indexOf(record.change), RECORD_TYPES.indexOf(record.recordType)];
  return (a, b) => {
    const [left, right] = [rank(a), rank(b)];
    const differing = left.findIndex((value, index) => value !== right[index]);
    if (differing >= 0) return (left[differing] as number) - (right[differing] as number);
    return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  };
}
