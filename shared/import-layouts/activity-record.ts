// One imported activity as the exchange format's JSON (without its id and revision, which build-document.ts gives).
// Only what the file says is written: an empty list is left out, never recorded as "none", and an activity that
// lacks what Art. 30 requires of a record in use is a draft.
import type { ImportedActivity, ImportedTransfer, ImportFinding } from './imported-register.ts';

type Context = { organisationId: string; processorIds: string[]; language: string; findings: ImportFinding[] };

type ActivityJson = Record<string, unknown> & { status: string; role: string };

const list = <Item>(items: readonly Item[]) => (items.length === 0 ? undefined : [...items]);

/** A transfer names its recipient; one the file gives only a country for is kept in the notes, not guessed. */
function readableTransfers(activity: ImportedActivity, context: Context, notes: string[]): ImportedTransfer[] {
  return activity.transfers.filter((transfer) => {
    if (transfer.recipient !== undefined && transfer.recipient.trim() !== '') return true;
    const safeguards = transfer.safeguards === undefined ? '' : ` (${transfer.safeguards})`;
    notes.push(`Transfer to ${transfer.country}${safeguards}: the file names no recipient`);
    context.findings.push({
      place: activity.place,
      message: `the transfer to ${transfer.country} names no recipient: it is kept in the notes; add it with its recipient`,
    });
    return false;
  });
}

/** What Art. 30 asks of a record in use (the exchange format's own check: shared/model/records.ts). */
export function isComplete(record: Record<string, unknown>): boolean {
  const filled = (field: string) => Array.isArray(record[field]) && (record[field] as unknown[]).length > 0;
  if (!filled('purposes') || !filled('dataSubjects') || !filled('dataCategories') || record['retention'] === undefined) return false;
  if (record['role'] === 'processor') return filled('controllers');
  if (!filled('legalBases')) return false;
  return record['role'] !== 'joint-controller' || filled('jointControllers');
}

export function activityRecord(activity: ImportedActivity, context: Context): ActivityJson {
  const notes = [...activity.notes];
  const transfers = readableTransfers(activity, context, notes);
  const record: ActivityJson = {
    ...activity.extensions,
    organisationId: context.organisationId,
    role: activity.role ?? 'controller',
    name: activity.name,
    description: activity.description,
    purposes: [...activity.purposes],
    legalBases: list(activity.legalBases),
    specialCategoryConditions: list(activity.specialCategoryConditions),
    dataSubjects: [...activity.dataSubjects],
    dataCategories: activity.dataCategories.map((category) => ({ ...category })),
    sources: list(activity.sources),
    recipients: list(activity.recipients),
    processorIds: list([...new Set(context.processorIds)]),
    transfers: list(transfers),
    retention: activity.retention,
    securityMeasures: list(activity.securityMeasures),
    jointControllers: list(activity.jointControllers),
    dpia: activity.dpia,
    // Nothing is published until the DPO says so: the policy prints public activities only.
    public: activity.public ?? false,
    status: 'draft',
    owner: activity.owner,
    lastReviewedOn: activity.lastReviewedOn,
    nextReviewOn: activity.nextReviewOn,
    notes: notes.length === 0 ? undefined : notes.join('\n'),
  };
  for (const key of Object.keys(record)) if (record[key] === undefined || record[key] === '') delete record[key];
  record.status = isComplete(record) ? (activity.status ?? 'active') : 'draft';
  return record;
}
