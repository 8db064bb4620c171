import type { Organisation, Processor } from '../model/records.ts';
import { isEeaCountry } from '../reference/transfer-reference.ts';

/** The parts that are present, joined; empty when none is. */
export function joinPresent(parts: ReadonlyArray<string | undefined | null>, separator: string): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(separator);
}

export function isEeaOrganisation(organisation: Organisation): boolean {
  return isEeaCountry(organisation.country);
}

/**
 * A processor in the sense of Art. 28 (a record with no kind is one). An independent or joint controller the data
 * go to is a recipient (Art. 4(9)), named under the recipients of Art. 30(1)(d), not among the processors.
 */
export function isProcessor(processor: Processor): boolean {
  return processor.kind === undefined || processor.kind === 'processor';
}
