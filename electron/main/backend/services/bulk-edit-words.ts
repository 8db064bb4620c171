// How a bulk edit names its records in a refusal: "PA-0003 “Payroll”" or "“Acme Hosting”", a handful of them and
// "…" for the rest (the refusal counts them all), so a refusal of 5,000 records stays one readable line (the failure's
// issues list them all). The sentence around them is the catalogue's (shared/refusals), one for each type of record.
import type { RecordMeta, Text } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import type { RefusalKey } from '../../../../shared/refusals/refusals.ts';
import type { ServiceContext } from './context.ts';

export type BulkRecordType = 'activity' | 'processor';

/** How many records a message names before "…". */
const NAMED = 8;

type BulkRefusal = 'missing' | 'stale' | 'invalid' | 'changedSince' | 'invalidBefore';

/** The refusals of a bulk edit and of its undo, a sentence for each type of record (counted with its plural forms). */
export const BULK_REFUSALS: Readonly<Record<BulkRecordType, Readonly<Record<BulkRefusal, RefusalKey>>>> = {
  activity: {
    missing: 'register:bulkEditMissingActivities',
    stale: 'register:bulkEditStaleActivities',
    invalid: 'register:bulkEditInvalidActivities',
    changedSince: 'register:bulkUndoChangedActivities',
    invalidBefore: 'register:bulkUndoInvalidActivities',
  },
  processor: {
    missing: 'register:bulkEditMissingProcessors',
    stale: 'register:bulkEditStaleProcessors',
    invalid: 'register:bulkEditInvalidProcessors',
    changedSince: 'register:bulkUndoChangedProcessors',
    invalidBefore: 'register:bulkUndoInvalidProcessors',
  },
};

/** The first few items joined with "; ", then "…" when there are more. */
export function someOf(items: readonly string[]): string {
  const shown = items.slice(0, NAMED).join('; ');
  return items.length > NAMED ? `${shown}; …` : shown;
}

/** Names a record as the DPO knows it: an activity by its reference and name, a processor by its name. */
export function recordLabeller(context: ServiceContext) {
  const language = context.defaultLanguage();
  return (type: BulkRecordType, record: RecordMeta & { name?: Text }): string => {
    const name = `“${displayText(record.name, language, language)}”`;
    const reference = type === 'activity' ? context.repositories.activities.referenceOf(record.id) : undefined;
    return reference === undefined ? name : `${reference} ${name}`;
  };
}
