// How a bulk edit names its records in a refusal: "PA-0003 “Payroll”" or "“Acme Hosting”", a handful of them and a
// count of the rest, so a refusal of 5,000 records stays one readable line (the failure's issues list them all).
import type { RecordMeta, Text } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import type { ServiceContext } from './context.ts';

export type BulkRecordType = 'activity' | 'processor';

/** How many records a message names before "and N more". */
const NAMED = 8;

/** "1 activity", "20 activities", "3 processors". */
export function countOf(count: number, type: BulkRecordType): string {
  const word = type === 'activity' ? (count === 1 ? 'activity' : 'activities') : count === 1 ? 'processor' : 'processors';
  return `${count} ${word}`;
}

/** The first few items joined with "; ", then how many more. */
export function someOf(items: readonly string[]): string {
  const shown = items.slice(0, NAMED).join('; ');
  return items.length > NAMED ? `${shown}; and ${items.length - NAMED} more` : shown;
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
