// What one bulk change makes of one record: pure, so each record's result can be checked (as a save would be)
// before anything is written. The records come back as new objects; a field emptied is removed, as the editors do.
import type { ActivityBulkChange, ProcessorBulkChange } from '../../../../shared/ipc/commands/bulk-edits.ts';
import type { ProcessingActivity, Processor, Text } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';

/** `record` with `field` set to `value`, or without it when the value is undefined (absent, as the exchange format wants). */
function withField<T extends object, K extends keyof T>(record: T, field: K, value: T[K] | undefined): T {
  const next = { ...record };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}

/**
 * The list with `added` appended (those not in it yet) and `removed` taken out; undefined when it ends up empty, and
 * the list itself when nothing was added or removed (so a record that already was as asked counts as unchanged).
 */
function editList<V>(list: V[] | undefined, added: readonly V[] = [], removed: readonly V[] = [], key: (value: V) => string): V[] | undefined {
  const gone = new Set(removed.map(key));
  const kept = (list ?? []).filter((value) => !gone.has(key(value)));
  const before = kept.length;
  const present = new Set(kept.map(key));
  for (const value of added) {
    if (present.has(key(value)) || gone.has(key(value))) continue;
    kept.push(value);
    present.add(key(value));
  }
  if (before === (list ?? []).length && kept.length === before) return list;
  return kept.length === 0 ? undefined : kept;
}

/** `null` empties the field; undefined (not asked for) keeps it. */
function setOrClear<T extends object, K extends keyof T>(record: T, field: K, value: T[K] | null | undefined): T {
  if (value === undefined) return record;
  return withField(record, field, value === null ? undefined : value);
}

export function changedActivity(record: ProcessingActivity, change: ActivityBulkChange, defaultLanguage: string): ProcessingActivity {
  // A measure is the same measure whatever its case or spacing, as the DPO reads it in the register's language.
  const measureKey = (measure: Text) => displayText(measure, defaultLanguage, defaultLanguage).trim().toLowerCase();
  let next = setOrClear(record, 'owner', change.owner === '' ? null : change.owner);
  next = setOrClear(next, 'status', change.status);
  next = setOrClear(next, 'lastReviewedOn', change.lastReviewedOn);
  next = setOrClear(next, 'nextReviewOn', change.nextReviewOn);
  if (change.addProcessorIds !== undefined || change.removeProcessorIds !== undefined) {
    next = withField(
      next,
      'processorIds',
      editList(next.processorIds, change.addProcessorIds, change.removeProcessorIds, (id) => id),
    );
  }
  if (change.addSecurityMeasures !== undefined || change.removeSecurityMeasures !== undefined) {
    next = withField(next, 'securityMeasures', editList<Text>(next.securityMeasures, change.addSecurityMeasures, change.removeSecurityMeasures, measureKey));
  }
  return next;
}

export function changedProcessor(record: Processor, change: ProcessorBulkChange): Processor {
  let next = setOrClear(record, 'kind', change.kind);
  if (change.addDataLocations !== undefined || change.removeDataLocations !== undefined) {
    const upper = (codes: string[] | undefined) => codes?.map((code) => code.toUpperCase());
    next = withField(
      next,
      'dataLocations',
      editList(next.dataLocations, upper(change.addDataLocations), upper(change.removeDataLocations), (code) => code),
    );
  }
  return next;
}
