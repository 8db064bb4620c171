// Transfers that follow from where the activity's processors and sub-processors keep the data, though the activity
// records none for them: AWS, a sub-processor of Zendesk, stores in the US, so every activity that uses Zendesk sends
// data to the US. Shown on the Transfers screen and in Annex B with the processor that causes them, and checked.
import type { Processor, ProcessingActivity, Transfer } from '../model/records.ts';
import { isAdequateFor } from '../reference/transfer-reference.ts';
import { comparableName, processorsReached, type RegisterView } from './register-view.ts';

export type DerivedTransfer = {
  country: string;
  /** The processor or sub-processor that keeps the data there. */
  processor: Processor;
  /** The processors above it that the activity reaches it through, from the one the activity uses down. */
  chain: readonly Processor[];
  /** An adequacy decision (or the DPF, for a certified US recipient) covers it; otherwise a transfer tool is needed. */
  adequate: boolean;
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
      derived.push({ country, processor, chain, adequate: isAdequateFor(country, processor.dpfCertified === true) });
    }
  }
  return derived;
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
