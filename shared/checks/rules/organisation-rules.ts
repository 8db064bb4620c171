// The controller's own entries (Art. 30(1)(a)): how to reach it, its representative in the Union, its DPO.
import type { Organisation } from '../../model/records.ts';
import { isEeaCountry } from '../../reference/transfer-reference.ts';
import type { Emit } from '../findings.ts';

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

export function organisationRules(organisation: Organisation, emit: Emit): void {
  const record = { type: 'organisation' as const, id: organisation.id };
  const { address, email, phone, representative, dpo, country } = organisation;

  if (!filled(address) && !filled(email) && !filled(phone)) {
    emit({ rule: 'controller-contact-missing', record, field: 'address', params: {}, basis: { address, email, phone } });
  }
  const inEea = isEeaCountry(country);
  if (!inEea && representative === undefined) {
    emit({ rule: 'representative-missing', record, field: 'representative.name', params: { country }, basis: { country, representative } });
  }
  if (inEea && representative !== undefined) {
    emit({ rule: 'representative-not-needed', record, field: 'representative.name', params: { country }, basis: { country, representative } });
  }
  if (dpo !== undefined && filled(dpo.name) && !filled(dpo.email) && !filled(dpo.phone) && !filled(dpo.address)) {
    emit({ rule: 'dpo-contact-missing', record, field: 'dpo.email', params: { dpo: (dpo.name ?? '').trim() }, basis: dpo });
  }
}
