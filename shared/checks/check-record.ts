// The checks of one record being edited, run as the person types: the rules that judge the record itself, with the
// rest of the register as context (its organisations and processors; the names of the other records, for duplicates).
// The editor passes its draft, which may be half-filled: what cannot be judged yet is simply not reported.
import type { Organisation, Processor, ProcessingActivity } from '../model/records.ts';
import type { Text } from '../model/text.ts';
import { activityRules, presentFindings, type PresentOptions } from './check-register.ts';
import type { Emit, Finding, RawFinding } from './findings.ts';
import { registerView, type RegisterView } from './register-view.ts';
import { duplicateRule } from './rules/duplicate-rule.ts';
import { organisationRules } from './rules/organisation-rules.ts';
import { processorRules } from './rules/processor-rules.ts';

/** The register around the record: what the rules look up, and the other records' names. */
export type RecordContext = {
  organisations: readonly Organisation[];
  processors: readonly Processor[];
  /** The other activities (id, name, status, the processors each uses directly), as the activities table lists them. */
  activities: ReadonlyArray<{ id: string; name: Text; status: string; organisationId: string; processorIds: readonly string[] }>;
  defaultLanguage: string;
  today: string;
};

export function checkActivityRecord(activity: ProcessingActivity, context: RecordContext, options: PresentOptions): Finding[] {
  // A retired activity is no longer carried out: the register does not check it, nor does its editor.
  if (activity.status === 'retired') return [];
  const view = viewOf(context, [activity], context.processors);
  return collect(view, options, (emit) => {
    activityRules(activity, view, emit);
    const others = context.activities.filter((other) => other.id !== activity.id && other.status !== 'retired');
    duplicatesOf(activity, 'activity', [activity, ...others], view, emit);
  });
}

export function checkProcessorRecord(processor: Processor, context: RecordContext, options: PresentOptions): Finding[] {
  const processors = [processor, ...context.processors.filter((other) => other.id !== processor.id)];
  const view = viewOf(context, [], processors);
  // The active activities that use it directly, by name: a processor's contract is needed once one does.
  const users = new Map([
    [processor.id, context.activities.filter((activity) => activity.status === 'active' && activity.processorIds.includes(processor.id))],
  ]);
  return collect(view, options, (emit) => {
    processorRules(processor, view, users, emit);
    duplicatesOf(processor, 'processor', processors, view, emit);
  });
}

export function checkOrganisationRecord(organisation: Organisation, context: RecordContext, options: PresentOptions): Finding[] {
  const organisations = [organisation, ...context.organisations.filter((other) => other.id !== organisation.id)];
  const view = viewOf({ ...context, organisations }, [], context.processors);
  return collect(view, options, (emit) => organisationRules(organisation, emit));
}

function viewOf(context: RecordContext, activities: readonly ProcessingActivity[], processors: readonly Processor[]): RegisterView {
  return registerView({ organisations: context.organisations, processors, activities }, context.defaultLanguage, context.today);
}

function collect(view: RegisterView, options: PresentOptions, run: (emit: Emit) => void): Finding[] {
  const found: RawFinding[] = [];
  run((finding) => void found.push(finding));
  return presentFindings(found, view, options);
}

/** Only the duplicates of the record itself: the other records' own findings belong to their editors. */
function duplicatesOf(
  record: { id: string },
  type: 'activity' | 'processor',
  all: ReadonlyArray<{ id: string; name: Text; organisationId?: string }>,
  view: RegisterView,
  emit: Emit,
): void {
  duplicateRule(type, all, view, (finding) => {
    if (finding.record.id === record.id) emit(finding);
  });
}
