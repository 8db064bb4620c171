// The three-way, field-by-field merge of a colleague's register into ours. Records are matched by id. For each
// field: changed only on their side → theirs; only on ours → ours; the same on both → nothing to do; different on
// both → a conflict. Lists of items (purposes, data categories, processors used, transfers, …) are merged as sets.
// Without the base (a file this register did not export) every differing field is a conflict, unless the record
// is new. Nothing is written here: this is the preview; `applyMerge` makes the merged register from it.
import type { ExchangeDocument } from '../exchange/read.ts';
import type { RecordType } from '../model/records.ts';
import type { FieldMerge, MergeCounts, MergePlan, RecordMerge, RecordOutcome } from './merge-plan.ts';
import { mergeLists, same } from './values.ts';

/** Bookkeeping the register keeps itself, never merged. */
const METADATA = new Set(['id', 'updatedAt', 'revision']);

/** Fields whose value is a list of items, merged item by item rather than replaced. */
const SET_FIELDS: Readonly<Record<RecordType, ReadonlySet<string>>> = {
  organisation: new Set(['channels', 'securityMeasures', 'publicSecurityMeasures']),
  processor: new Set(['dataLocations']),
  activity: new Set([
    'purposes',
    'legalBases',
    'specialCategoryConditions',
    'dataSubjects',
    'dataCategories',
    'sources',
    'recipients',
    'processorIds',
    'transfers',
    'securityMeasures',
    'jointControllers',
    'controllers',
    'confirmedNone',
  ]),
};

type Row = Record<string, unknown> & { id: string };
type Side = { organisation: Row[]; processor: Row[]; activity: Row[] };

const RECORD_TYPES: readonly RecordType[] = ['organisation', 'processor', 'activity'];

function sides(document: ExchangeDocument): Side {
  return {
    organisation: document.organisations as unknown as Row[],
    processor: document.processors as unknown as Row[],
    activity: document.activities as unknown as Row[],
  };
}

const byId = (rows: readonly Row[]) => new Map(rows.map((row) => [row.id, row]));

function fieldsOf(...records: Array<Row | undefined>): string[] {
  const fields = new Set<string>();
  for (const record of records) for (const key of Object.keys(record ?? {})) if (!METADATA.has(key)) fields.add(key);
  return [...fields].sort();
}

/** The fields of a record present on both sides. */
function mergeFields(type: RecordType, base: Row | undefined, ours: Row, theirs: Row, threeWay: boolean): FieldMerge[] {
  const merged: FieldMerge[] = [];
  for (const field of fieldsOf(base, ours, theirs)) {
    const o = ours[field];
    const t = theirs[field];
    const b = base?.[field];
    const entry = (outcome: FieldMerge['outcome'], value: unknown): FieldMerge => ({
      field,
      ...(threeWay ? { base: b } : {}),
      ours: o,
      theirs: t,
      outcome,
      merged: value,
    });
    if (same(o, t)) {
      if (threeWay && !same(o, b)) merged.push(entry('same', o));
      continue;
    }
    if (SET_FIELDS[type].has(field) && (Array.isArray(o) || o === undefined) && (Array.isArray(t) || t === undefined)) {
      const list = mergeLists(
        threeWay ? ((b as unknown[] | undefined) ?? []) : undefined,
        (o as unknown[] | undefined) ?? [],
        (t as unknown[] | undefined) ?? [],
      );
      const value = list.length === 0 && (o === undefined || t === undefined) ? undefined : list;
      merged.push(entry(same(value, o) ? 'ours' : 'merged', value));
      continue;
    }
    if (threeWay && same(t, b)) merged.push(entry('ours', o));
    else if (threeWay && same(o, b)) merged.push(entry('theirs', t));
    else merged.push(entry('conflict', o));
  }
  return merged;
}

function recordMerge(type: RecordType, id: string, base: Row | undefined, ours: Row | undefined, theirs: Row | undefined, threeWay: boolean): RecordMerge {
  const record = (outcome: RecordOutcome, fields: FieldMerge[] = []): RecordMerge => ({
    type,
    id,
    outcome,
    fields,
    ...(base === undefined ? {} : { base }),
    ...(ours === undefined ? {} : { ours }),
    ...(theirs === undefined ? {} : { theirs }),
  });
  if (ours === undefined && theirs !== undefined) {
    if (!threeWay || base === undefined) return record('new');
    // We deleted it since the export: gone, unless they edited it meanwhile.
    return fieldsOf(base, theirs).every((field) => same(base[field], theirs[field])) ? record('unchanged') : record('delete-conflict');
  }
  if (ours !== undefined && theirs === undefined) {
    // Without a base, a file that lacks a record is a part of the register, not a deletion.
    if (!threeWay || base === undefined) return record('unchanged');
    return fieldsOf(base, ours).every((field) => same(base[field], ours[field])) ? record('removed') : record('delete-conflict');
  }
  if (ours === undefined || theirs === undefined) return record('unchanged');
  const fields = mergeFields(type, base, ours, theirs, threeWay);
  const outcome: RecordOutcome = fields.some((field) => field.outcome === 'conflict')
    ? 'conflict'
    : fields.some((field) => field.outcome === 'theirs' || field.outcome === 'merged')
      ? 'changed'
      : 'unchanged';
  return record(outcome, fields);
}

/**
 * The merge of `theirs` into `ours`. `base` is the export their file was made from, when this register made it
 * (the three-way merge); without it, the two-way merge reports every difference as a conflict.
 */
export function planMerge(ours: ExchangeDocument, theirs: ExchangeDocument, base?: ExchangeDocument): MergePlan {
  const threeWay = base !== undefined;
  const [o, t, b] = [sides(ours), sides(theirs), base === undefined ? undefined : sides(base)];
  const records: RecordMerge[] = [];
  for (const type of RECORD_TYPES) {
    const ourRows = byId(o[type]);
    const theirRows = byId(t[type]);
    const baseRows = byId(b?.[type] ?? []);
    const ids = [...new Set([...ourRows.keys(), ...theirRows.keys(), ...(threeWay ? baseRows.keys() : [])])];
    for (const id of ids) records.push(recordMerge(type, id, baseRows.get(id), ourRows.get(id), theirRows.get(id), threeWay));
  }
  const counts: MergeCounts = { new: 0, changed: 0, conflict: 0, 'delete-conflict': 0, removed: 0, unchanged: 0 };
  for (const record of records) counts[record.outcome] += 1;
  return { threeWay, records, counts };
}
