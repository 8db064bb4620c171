import type { Organisation } from '../model/records.ts';
import { isEeaCountry } from '../reference/transfer-reference.ts';

/** The parts that are present, joined; empty when none is. */
export function joinPresent(parts: ReadonlyArray<string | undefined | null>, separator: string): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(separator);
}

export function isEeaOrganisation(organisation: Organisation): boolean {
  return isEeaCountry(organisation.country);
}
