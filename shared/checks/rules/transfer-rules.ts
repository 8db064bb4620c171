// Chapter V: each transfer the record names has a valid tool where the destination has no adequacy decision, and every
// place outside the EEA where a processor or sub-processor of the activity keeps the data is recorded as a transfer.
import type { ProcessingActivity, Transfer } from '../../model/records.ts';
import { derivedTransfers, transferProcessor } from '../derived-transfers.ts';
import type { Emit, RuleParams } from '../findings.ts';
import { comparableName, type RegisterView } from '../register-view.ts';
import { transferStanding } from '../transfer-standing.ts';

/** Judges the activity's transfers; returns how many transfers follow from where its processors keep the data. */
export function transferRules(activity: ProcessingActivity, view: RegisterView, emit: Emit): number {
  const record = { type: 'activity' as const, id: activity.id };
  (activity.transfers ?? []).forEach((transfer, index) => recordedTransferRules(activity, transfer, index, view, emit));

  const derived = derivedTransfers(activity, view);
  for (const transfer of derived) {
    if (transfer.adequate) continue;
    const { processor, country, chain } = transfer;
    emit({
      rule: 'transfer-via-subprocessor-unrecorded',
      record,
      field: 'transfers',
      detail: `${processor.id}:${country}`,
      params: { processor: view.text(processor.name), country, chain: chain.map((engager) => view.text(engager.name)) },
      basis: {
        locations: view.locationsAbroad(processor),
        dpf: processor.dpfCertified,
        chain: chain.map((engager) => engager.id),
        transfers: activity.transfers,
      },
    });
  }
  return derived.length;
}

function recordedTransferRules(activity: ProcessingActivity, transfer: Transfer, index: number, view: RegisterView, emit: Emit): void {
  const record = { type: 'activity' as const, id: activity.id };
  const { country, mechanism } = transfer;
  const processor = transferProcessor(transfer, view);
  const recipient = transfer.recipient !== undefined ? view.text(transfer.recipient) : processor === undefined ? '' : view.text(processor.name);
  const params = { country, position: index + 1, recipient };
  const basis = { transfer, dpf: processor?.dpfCertified };
  const at = (field: 'country' | 'mechanism' | 'safeguards') => `transfers[${index}].${field}`;
  // The transfer by what it is, not by its place in the list: an acceptance stays with it when another one is removed.
  const detail = `${country}:${processor?.id ?? comparableName(recipient)}`;
  const emitFor = <Rule extends TransferRule>(rule: Rule, field: 'country' | 'mechanism' | 'safeguards', ruleParams: RuleParams[Rule]) =>
    emit({ rule, record, field: at(field), detail, params: ruleParams, basis });

  const standing = transferStanding(transfer, processor);
  switch (standing.kind) {
    case 'inside-eea':
      emitFor('transfer-to-eea', 'country', params);
      return;
    case 'uncovered':
      switch (standing.problem) {
        case 'missing':
          emitFor('transfer-mechanism-missing', 'mechanism', params);
          return;
        case 'privacy-shield':
        case 'dpf-outside-us':
          emitFor('transfer-mechanism-invalid', 'mechanism', { ...params, problem: standing.problem });
          return;
        case 'repealed-scc':
          emitFor('transfer-mechanism-invalid', 'safeguards', { ...params, problem: 'repealed-scc', decision: standing.decision ?? '' });
          return;
        case 'adequacy-unfounded':
          emitFor('transfer-adequacy-unfounded', 'mechanism', params);
          return;
      }
      return;
    case 'covered':
      if (mechanism === 'dpf' && processor?.dpfCertified !== true) emitFor('transfer-dpf-uncertified', 'mechanism', params);
      // Art. 49 covers occasional, not repetitive transfers (EDPB Guidelines 2/2018): an ongoing activity's are regular.
      if (mechanism === 'derogation' && activity.status === 'active') emitFor('transfer-derogation-regular', 'mechanism', params);
      return;
  }
}

type TransferRule =
  | 'transfer-to-eea'
  | 'transfer-mechanism-missing'
  | 'transfer-mechanism-invalid'
  | 'transfer-dpf-uncertified'
  | 'transfer-adequacy-unfounded'
  | 'transfer-derogation-regular';
