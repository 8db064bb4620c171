// Where a recorded transfer stands under Chapter V: not a transfer at all (the data stay in the EEA), covered by a
// valid tool (the one recorded, or the adequacy decision that covers the destination when none is recorded), or
// without one. The checks word the problem; the report marks it; the policy prints only what stands.
import type { Processor, Transfer } from '../model/records.ts';
import type { TransferMechanism } from '../model/vocabulary.ts';
import { countryTransferStatus, isAdequateFor, repealedClausesNamed, TRANSFER_REFERENCE } from '../reference/transfer-reference.ts';
import { allTranslations } from './rules/texts.ts';

export type TransferProblem = 'missing' | 'privacy-shield' | 'repealed-scc' | 'dpf-outside-us' | 'adequacy-unfounded';

export type TransferStanding =
  { kind: 'inside-eea' } | { kind: 'covered'; tool: TransferMechanism; recorded: boolean } | { kind: 'uncovered'; problem: TransferProblem; decision?: string };

/** `processor`: the processor the transfer goes to, if any (its DPF certification counts for the US). */
export function transferStanding(transfer: Transfer, processor: Processor | undefined): TransferStanding {
  const { country, mechanism } = transfer;
  if (country !== 'INT' && countryTransferStatus(country) === 'eea') return { kind: 'inside-eea' };
  const certified = processor?.dpfCertified === true;
  const adequate = country !== 'INT' && isAdequateFor(country, certified);
  switch (mechanism) {
    case undefined:
      if (!adequate) return { kind: 'uncovered', problem: 'missing' };
      return { kind: 'covered', tool: countryTransferStatus(country) === 'dpf-only' ? 'dpf' : 'adequacy', recorded: false };
    case 'privacy-shield':
      return { kind: 'uncovered', problem: 'privacy-shield' };
    case 'scc': {
      const decision = repealedClausesRelied(transfer);
      return decision === undefined ? { kind: 'covered', tool: 'scc', recorded: true } : { kind: 'uncovered', problem: 'repealed-scc', decision };
    }
    case 'dpf':
      // An uncertified US recipient is a warning of the checks (certification is often not recorded), not a missing tool.
      return country === 'US' ? { kind: 'covered', tool: 'dpf', recorded: true } : { kind: 'uncovered', problem: 'dpf-outside-us' };
    case 'adequacy':
      return adequate ? { kind: 'covered', tool: 'adequacy', recorded: true } : { kind: 'uncovered', problem: 'adequacy-unfounded' };
    default:
      return { kind: 'covered', tool: mechanism, recorded: true };
  }
}

/**
 * The repealed SCC decision the safeguards rely on: one they name, unless they also name the 2021 clauses (a text
 * saying the new clauses "replaced Decision 2010/87/EU" relies on the new ones).
 */
function repealedClausesRelied(transfer: Transfer): string | undefined {
  const texts = allTranslations(transfer.safeguards);
  if (texts.some((text) => text.includes(TRANSFER_REFERENCE.repealedStandardClauses.currentNumber))) return undefined;
  return texts.map(repealedClausesNamed).find((named) => named !== undefined);
}
