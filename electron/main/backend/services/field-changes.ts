import type { FieldChange } from '../repositories/index.ts';

/** Fields every change touches; the audit row's own time and the record's revision already say it. */
const BOOKKEEPING = new Set(['id', 'updatedAt', 'revision']);

/** Deep equality of JSON values, blind to key order (a form may rebuild an object in another order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => sameJson(left[key], right[key]));
}

/**
 * The top-level fields that differ, with old and new values (null where the field is absent). A record created has
 * only new values, a record deleted only old ones; unchanged fields are left out.
 */
export function fieldChanges(before: object | undefined, after: object | undefined): FieldChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const next = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING.has(field) || sameJson(old[field], next[field])) continue;
    changes.push({ field, old: old[field] ?? null, new: next[field] ?? null });
  }
  return changes;
}
