// Chapter V: each transfer the record names has a valid tool where the destination has no adequacy decision, and every
// place outside the EEA where a processor or sub-processor of the activity keeps the data is recorded as a transfer.
import type { ProcessingActivity, Transfer } from '../../model/records.ts';
import { countryTransferStatus, isAdequateFor, repealedClausesNamed } from '../../reference/transfer-reference.ts';
import { derivedTransfers } from '../derived-transfers.ts';
import type { Emit } from '../findings.ts';
import { processorLocations, type RegisterView } from '../register-view.ts';
import { allTranslations } from './texts.ts';

export function transferRules(activity: ProcessingActivity, view: RegisterView, emit: Emit): void {
  const record = { type: 'activity' as const, id: activity.id };
  (activity.transfers ?? []).forEach((transfer, index) => recordedTransferRules(activity, transfer, index, view, emit));

  for (const derived of derivedTransfers(activity, view)) {
    if (derived.adequate) continue;
    const { processor, country, chain } = derived;
    emit({
      rule: 'transfer-via-subprocessor-unrecorded',
      record,
      field: 'transfers',
      detail: `${processor.id}:${country}`,
      params: { processor: view.text(processor.name), country, chain: chain.map((engager) => view.text(engager.name)) },
      basis: { locations: processorLocations(processor), dpf: processor.dpfCertified, chain: chain.map((engager) => engager.id), transfers: activity.transfers },
    });
  }
}

function recordedTransferRules(activity: ProcessingActivity, transfer: Transfer, index: number, view: RegisterView, emit: Emit): void {
  const record = { type: 'activity' as const, id: activity.id };
  const { country, mechanism } = transfer;
  const processor = transfer.processorId === undefined ? undefined : view.processorsById.get(transfer.processorId);
  const recipient = transfer.recipient !== undefined ? view.text(transfer.recipient) : processor === undefined ? '' : view.text(processor.name);
  const params = { country, position: index + 1, recipient };
  const basis = { transfer, dpf: processor?.dpfCertified };
  const at = (field: 'country' | 'mechanism' | 'safeguards') => `transfers[${index}].${field}`;

  if (country !== 'INT' && countryTransferStatus(country) === 'eea') {
    emit({ rule: 'transfer-to-eea', record, field: at('country'), params, basis });
    return;
  }
  const certified = processor?.dpfCertified === true;
  const adequate = country !== 'INT' && isAdequateFor(country, certified);
  switch (mechanism) {
    case undefined:
      if (!adequate) emit({ rule: 'transfer-mechanism-missing', record, field: at('mechanism'), params, basis });
      return;
    case 'privacy-shield':
      emit({ rule: 'transfer-mechanism-invalid', record, field: at('mechanism'), params: { ...params, problem: 'privacy-shield' }, basis });
      return;
    case 'scc': {
      const decision = allTranslations(transfer.safeguards).map(repealedClausesNamed).find((named) => named !== undefined);
      if (decision !== undefined) {
        emit({ rule: 'transfer-mechanism-invalid', record, field: at('safeguards'), params: { ...params, problem: 'repealed-scc', decision }, basis });
      }
      return;
    }
    case 'dpf':
      if (country !== 'US') emit({ rule: 'transfer-mechanism-invalid', record, field: at('mechanism'), params: { ...params, problem: 'dpf-outside-us' }, basis });
      else if (!certified) emit({ rule: 'transfer-dpf-uncertified', record, field: at('mechanism'), params, basis });
      return;
    case 'adequacy':
      if (!adequate) emit({ rule: 'transfer-adequacy-unfounded', record, field: at('mechanism'), params, basis });
      return;
    case 'derogation':
      // Art. 49 covers occasional, not repetitive transfers (EDPB Guidelines 2/2018): an ongoing activity's are regular.
      if (activity.status === 'active') emit({ rule: 'transfer-derogation-regular', record, field: at('mechanism'), params, basis });
      return;
    default:
      return;
  }
}
