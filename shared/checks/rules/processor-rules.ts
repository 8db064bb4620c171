// The processors and other named recipients (Art. 28, Art. 30(1)(d)): where each is, and the Art. 28 contract with
// each processor an active activity uses.
import type { Processor, ProcessingActivity } from '../../model/records.ts';
import type { Emit } from '../findings.ts';
import type { RegisterView } from '../register-view.ts';

/** The active activities using each processor directly, by processor id. */
export function activeUsers(view: RegisterView): Map<string, Array<{ name: ProcessingActivity['name'] }>> {
  const users = new Map<string, Array<{ name: ProcessingActivity['name'] }>>();
  for (const activity of view.content.activities) {
    if (activity.status !== 'active') continue;
    const ids = activity.processorIds ?? [];
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index] as string;
      if (ids.indexOf(id) !== index) continue;
      const list = users.get(id);
      if (list === undefined) users.set(id, [activity]);
      else list.push(activity);
    }
  }
  return users;
}

export function processorRules(
  processor: Processor,
  view: RegisterView,
  users: ReadonlyMap<string, ReadonlyArray<{ name: ProcessingActivity['name'] }>>,
  emit: Emit,
): void {
  const record = { type: 'processor' as const, id: processor.id };
  const kind = processor.kind ?? 'processor';
  if (processor.country === undefined) {
    const parent = view.engagersOf(processor)[0];
    emit({
      rule: 'recipient-country-missing',
      record,
      field: 'country',
      params: { kind, ...(parent === undefined ? {} : { parent: view.text(parent.name) }) },
      basis: { country: processor.country },
    });
  }
  const usedBy = users.get(processor.id) ?? [];
  if (kind === 'processor' && processor.dpa === undefined && usedBy.length > 0) {
    const activities = usedBy.map((activity) => view.text(activity.name));
    emit({ rule: 'processor-contract-missing', record, field: 'dpa', params: { activities }, basis: { dpa: processor.dpa, kind } });
  }
}
