// The merged register: the plan with every conflict resolved (per field, per record or for all), and the
// references that would dangle (a processor their file uses that neither side has), which block the apply.
import type { ExchangeDocument } from '../exchange/read.ts';
import { isItemRecorded, type ProcessingActivity, type RecordType } from '../model/records.ts';
import { fieldKey, type MergePlan, type RecordMerge, type Resolution, type Resolutions } from './merge-plan.ts';

export type DanglingReference = { type: RecordType; id: string; field: string; missing: string };

export type MergeResult = {
  document: ExchangeDocument;
  /** Conflicts no resolution covers: the merge cannot be applied until each is chosen. */
  unresolved: Array<{ id: string; field?: string }>;
  dangling: DanglingReference[];
};

function choose(resolutions: Resolutions, recordId: string, field?: string): Resolution | undefined {
  return (field === undefined ? undefined : resolutions.fields?.[fieldKey(recordId, field)]) ?? resolutions.records?.[recordId] ?? resolutions.all;
}

/** The record as it comes out of the merge, or undefined when it is not kept. */
function mergedRecord(record: RecordMerge, resolutions: Resolutions, unresolved: MergeResult['unresolved']): Record<string, unknown> | undefined {
  switch (record.outcome) {
    case 'new':
      return record.theirs;
    case 'removed':
      return undefined;
    case 'delete-conflict': {
      const choice = choose(resolutions, record.id);
      if (choice === undefined) unresolved.push({ id: record.id });
      // Keeping the side that still has the record loses nothing until the person says otherwise.
      const kept = record.ours ?? record.theirs;
      if (choice === undefined) return kept;
      return choice === 'ours' ? record.ours : record.theirs;
    }
    default: {
      if (record.ours === undefined) return undefined;
      const result: Record<string, unknown> = { ...record.ours };
      for (const field of record.fields) {
        let value = field.merged;
        if (field.outcome === 'conflict') {
          const choice = choose(resolutions, record.id, field.field);
          if (choice === undefined) unresolved.push({ id: record.id, field: field.field });
          value = choice === 'theirs' ? field.theirs : field.ours;
        }
        if (value === undefined) delete result[field.field];
        else result[field.field] = value;
      }
      return record.type === 'activity' ? withoutContradictedConfirmations(result) : result;
    }
  }
}

/**
 * "None (confirmed)" stands only where nothing is recorded: when one side confirmed there are no transfers and the
 * other added one, the merged activity keeps the transfer (what was recorded is never lost) and drops the confirmation.
 */
function withoutContradictedConfirmations(record: Record<string, unknown>): Record<string, unknown> {
  const activity = record as ProcessingActivity;
  const confirmed = activity.confirmedNone;
  if (confirmed === undefined) return record;
  const kept = confirmed.filter((item) => !isItemRecorded(activity, item));
  if (kept.length === confirmed.length) return record;
  const { confirmedNone: _dropped, ...rest } = record;
  return kept.length === 0 ? rest : { ...rest, confirmedNone: kept };
}

function danglingReferences(document: ExchangeDocument): DanglingReference[] {
  const organisations = new Set(document.organisations.map((organisation) => organisation.id));
  const processors = new Set(document.processors.map((processor) => processor.id));
  const dangling: DanglingReference[] = [];
  for (const processor of document.processors) {
    if (processor.parentId !== undefined && processor.parentId !== null && !processors.has(processor.parentId)) {
      dangling.push({ type: 'processor', id: processor.id, field: 'parentId', missing: processor.parentId });
    }
  }
  for (const activity of document.activities) {
    if (!organisations.has(activity.organisationId))
      dangling.push({ type: 'activity', id: activity.id, field: 'organisationId', missing: activity.organisationId });
    for (const id of activity.processorIds ?? [])
      if (!processors.has(id)) dangling.push({ type: 'activity', id: activity.id, field: 'processorIds', missing: id });
    (activity.transfers ?? []).forEach((transfer, index) => {
      if (transfer.processorId !== undefined && !processors.has(transfer.processorId)) {
        dangling.push({ type: 'activity', id: activity.id, field: `transfers[${index}].processorId`, missing: transfer.processorId });
      }
    });
  }
  return dangling;
}

/** The register after the merge, in ours' record order with new records after. */
export function applyMerge(ours: ExchangeDocument, plan: MergePlan, resolutions: Resolutions = {}): MergeResult {
  const unresolved: MergeResult['unresolved'] = [];
  const merged = { organisation: [] as unknown[], processor: [] as unknown[], activity: [] as unknown[] };
  for (const record of plan.records) {
    const value = mergedRecord(record, resolutions, unresolved);
    if (value !== undefined) merged[record.type].push(value);
  }
  const document: ExchangeDocument = {
    ...ours,
    organisations: merged.organisation as ExchangeDocument['organisations'],
    processors: merged.processor as ExchangeDocument['processors'],
    activities: merged.activity as ExchangeDocument['activities'],
  };
  return { document, unresolved, dangling: danglingReferences(document) };
}
