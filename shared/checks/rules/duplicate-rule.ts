// The same processing or processor recorded twice under names that differ only in case, spacing or punctuation
// ("Zendesk Inc" and "Zendesk, Inc."): the register then says different things about one thing.
import type { RecordType } from '../../model/records.ts';
import type { Text } from '../../model/text.ts';
import type { Emit } from '../findings.ts';
import { comparableName, type RegisterView } from '../register-view.ts';

type Named = { id: string; name: Text; organisationId?: string };

/**
 * Records of one type grouped by comparable name; each of a group of two or more gets a finding naming the others.
 * Activities are compared within their organisation: each company of a group has its own payroll.
 */
export function duplicateRule(
  type: Extract<RecordType, 'activity' | 'processor'>,
  records: readonly Named[],
  view: Pick<RegisterView, 'text'>,
  emit: Emit,
): void {
  const groups = new Map<string, Named[]>();
  for (const record of records) {
    const name = comparableName(view.text(record.name));
    const key = name === '' ? '' : `${record.organisationId ?? ''}\u0000${name}`;
    if (key === '') continue;
    const group = groups.get(key) ?? [];
    group.push(record);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const record of group) {
      const others = group.filter((other) => other !== record);
      emit({
        rule: 'duplicate-record',
        record: { type, id: record.id },
        field: 'name',
        params: { others: others.map((other) => view.text(other.name)) },
        basis: { name: record.name, others: others.map((other) => other.id) },
      });
    }
  }
}
