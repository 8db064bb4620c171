// The records a register report prints, for the checks on their text: the organisation, its activities in the
// report (drafts only when asked for), and the processors those activities use, with the processors above them.
import type { Processor } from '../../../../shared/model/records.ts';
import type { ReportInput } from '../../../../shared/report/report-input.ts';
import type { PrintedRecords } from '../../../../shared/typesetting/undrawable-warnings.ts';

export function printedRecords(input: ReportInput): PrintedRecords {
  const { register } = input;
  const organisations = register.organisations.filter((organisation) =>
    input.organisationId === undefined ? register.organisations.length === 1 : organisation.id === input.organisationId,
  );
  const organisationIds = new Set(organisations.map((organisation) => organisation.id));
  const activities = register.activities.filter(
    (activity) => organisationIds.has(activity.organisationId) && (activity.status === 'active' || (input.includeDrafts && activity.status === 'draft')),
  );
  const byId = new Map(register.processors.map((processor) => [processor.id, processor]));
  const used = new Set<Processor>();
  const use = (id: string | null | undefined) => {
    const processor = id === undefined || id === null ? undefined : byId.get(id);
    if (processor === undefined || used.has(processor)) return;
    used.add(processor);
    use(processor.parentId);
  };
  for (const activity of activities) {
    for (const id of activity.processorIds ?? []) use(id);
    for (const transfer of activity.transfers ?? []) use(transfer.processorId);
  }
  return { organisations, processors: [...used], activities };
}
