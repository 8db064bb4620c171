// The person's answers to a merge's conflicts, as the backend takes them: per field, per record, or one for all.
// A field's own choice wins over its record's, which wins over the one for all.
import type { MergePreview } from '../../api/index.ts';
import { fieldKey, type Resolution, type Resolutions } from '../../../../shared/merge/merge-plan.ts';

export type PreviewRecord = MergePreview['records'][number];

/** What is chosen for a conflicting field (or, without `field`, for a record deleted on one side). */
export function choiceFor(choices: Resolutions, recordId: string, field?: string): Resolution | undefined {
  const own = field === undefined ? undefined : choices.fields?.[fieldKey(recordId, field)];
  return own ?? choices.records?.[recordId] ?? choices.all;
}

/** How many decisions are still open: conflicting fields, and records deleted on one side and edited on the other. */
export function openDecisions(preview: MergePreview, choices: Resolutions): number {
  let open = 0;
  for (const record of preview.records) {
    if (record.outcome === 'delete-conflict') {
      if (choiceFor(choices, record.id) === undefined) open += 1;
      continue;
    }
    for (const field of record.fields) if (field.outcome === 'conflict' && choiceFor(choices, record.id, field.field) === undefined) open += 1;
  }
  return open;
}

export function chooseField(choices: Resolutions, recordId: string, field: string, choice: Resolution): Resolutions {
  return { ...choices, fields: { ...choices.fields, [fieldKey(recordId, field)]: choice } };
}

/** A choice for a whole record replaces the choices made for its fields one by one. */
export function chooseRecord(choices: Resolutions, recordId: string, choice: Resolution): Resolutions {
  const fields = Object.fromEntries(Object.entries(choices.fields ?? {}).filter(([key]) => !key.startsWith(`${recordId} `)));
  return { ...choices, fields, records: { ...choices.records, [recordId]: choice } };
}

/** A choice for all replaces every choice made before. */
export function chooseAll(choice: Resolution): Resolutions {
  return { all: choice };
}
