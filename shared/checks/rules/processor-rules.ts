// The processors and other named recipients (Art. 28, Art. 30(1)(d)): where each is, and the Art. 28 contract with
// each processor an active activity uses.
import type { Processor } from '../../model/records.ts';
import type { Emit } from '../findings.ts';
import type { RegisterView } from '../register-view.ts';

/** The names of the active activities using each processor directly, by processor id. */
export function activeUsers(view: RegisterView): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const activity of view.content.activities) {
    if (activity.status !== 'active') continue;
    for (const id of new Set(activity.processorIds ?? [])) {
      const names = users.get(id) ?? [];
      names.push(view.text(activity.name));
      users.set(id, names);
    }
  }
  return users;
}

export function processorRules(processor: Processor, view: RegisterView, users: ReadonlyMap<string, string[]>, emit: Emit): void {
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
    emit({ rule: 'processor-contract-missing', record, field: 'dpa', params: { activities: usedBy }, basis: { dpa: processor.dpa, kind } });
  }
}
