// Transfers that follow from where the activity's processors and sub-processors keep the data, though the activity
// records none for them: AWS, a sub-processor of Zendesk, stores in the US, so every activity that uses Zendesk sends
// data to the US. Shown on the Transfers screen and in Annex B with the processor that causes them, and checked.
import type { Processor, ProcessingActivity, Transfer } from '../model/records.ts';
import { countryTransferStatus, isAdequateFor } from '../reference/transfer-reference.ts';
import { comparableName, processorsReached, type RegisterView } from './register-view.ts';

export type DerivedTransfer = {
  country: string;
  /** The processor or sub-processor that keeps the data there. */
  processor: Processor;
  /** The processors above it that the activity reaches it through, from the one the activity uses down. */
  chain: readonly Processor[];
  /** An adequacy decision (or the DPF, for a certified US recipient) covers it; otherwise a transfer tool is needed. */
  adequate: boolean;
  /** What covers it, when something does: an adequacy decision, or the DPF (the US decision for certified recipients). */
  tool?: 'adequacy' | 'dpf';
};

/**
 * Every country outside the EEA where a processor reached by the activity keeps the data and for which the activity
 * records no transfer to that processor (or to a processor above it, whose transfer carries its sub-processors').
 */
export function derivedTransfers(activity: ProcessingActivity, view: RegisterView): DerivedTransfer[] {
  const derived: DerivedTransfer[] = [];
  for (const { processor, chain } of processorsReached(activity, view)) {
    for (const country of view.locationsAbroad(processor)) {
      if (isRecorded(activity.transfers ?? [], country, processor, view)) continue;
      const adequate = isAdequateFor(country, processor.dpfCertified === true) || onwardFromAdequate(country, chain, view);
      derived.push({ country, processor, chain, adequate, ...(adequate ? { tool: countryTransferStatus(country) === 'dpf-only' ? 'dpf' : 'adequacy' } : {}) });
    }
  }
  return derived;
}

/**
 * A processor above it in the same country that data may reach freely (adequacy, or the DPF for a certified US
 * processor) makes this an onward transfer within that country, under that regime's own rules (the DPF's Accountability
 * for Onward Transfer principle, say), not a transfer from the EEA the activity must record with a tool of its own.
 */
function onwardFromAdequate(country: string, chain: readonly Processor[], view: RegisterView): boolean {
  return chain.some((engager) => view.locationsAbroad(engager).includes(country) && isAdequateFor(country, engager.dpfCertified === true));
}

/** A recorded transfer to `country` to the processor or to one that engaged it. */
function isRecorded(transfers: readonly Transfer[], country: string, processor: Processor, view: RegisterView): boolean {
  return transfers.some((transfer) => {
    if (transfer.country !== country) return false;
    const recipient = transferProcessor(transfer, view);
    return recipient !== undefined && (recipient.id === processor.id || view.engagersOf(processor).includes(recipient));
  });
}

/**
 * The processor a transfer goes to: the one it names, or, for a transfer that names only its recipient, the processor
 * of that name ("Zendesk, Inc." as recipient is the processor Zendesk Inc).
 */
export function transferProcessor(transfer: Transfer, view: RegisterView): Processor | undefined {
  if (transfer.processorId !== undefined) return view.processorsById.get(transfer.processorId);
  if (transfer.recipient === undefined) return undefined;
  return view.processorByName(comparableName(view.text(transfer.recipient)));
}
