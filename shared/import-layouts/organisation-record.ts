// The organisation an imported register's activities belong to: the register's own (the file may fill in what it
// lacks: its DPO, its representative, its contact details), or, in a register that has none yet, the controller
// the file describes, when the file says its name and country.
import type { ExchangeDocument } from '../exchange/read.ts';
import type { Organisation } from '../model/records.ts';
import { displayText } from '../model/text.ts';
import { refuse } from '../refusals/refusals.ts';
import { readCountry } from './cell-values.ts';
import type { ImportedOrganisation, ImportedRegister, ImportFinding } from './imported-register.ts';

type Options = { newId: () => string; now: () => string };

const CONTACT_FIELDS = ['address', 'email', 'phone', 'website'] as const;

/** The country the file gives, or the one its address ends with ("…, 1000 Ljubljana, Slovenia"). */
function countryOf(organisation: ImportedOrganisation): string | undefined {
  if (organisation.country !== undefined) return organisation.country;
  const lastPart = organisation.address
    ?.split(/[\n,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .at(-1);
  return lastPart === undefined ? undefined : readCountry(lastPart);
}

/** The register's organisation with what the file says and the register lacks; never overwriting what it has. */
function completed(ours: Organisation, theirs: ImportedOrganisation): Organisation {
  const result: Record<string, unknown> = { ...ours };
  for (const field of CONTACT_FIELDS) if (result[field] === undefined && theirs[field] !== undefined) result[field] = theirs[field];
  if (ours.dpo === undefined && theirs.dpo !== undefined) result['dpo'] = theirs.dpo;
  if (ours.representative === undefined && theirs.representative !== undefined) result['representative'] = theirs.representative;
  return result as Organisation;
}

export function organisationFor(imported: ImportedRegister, base: ExchangeDocument, options: Options, findings: ImportFinding[]): Organisation {
  const theirs = imported.organisation ?? {};
  const language = base.register.defaultLanguage;
  const ours = base.organisations[0];
  if (ours !== undefined) {
    const ourName = displayText(ours.name, language, language);
    if (theirs.name !== undefined && theirs.name.trim().toLocaleLowerCase() !== ourName.trim().toLocaleLowerCase()) {
      findings.push({
        place: imported.activities[0]?.place ?? { sheet: 'file', row: 1 },
        message: `the file names the controller "${theirs.name}"; its activities were placed under "${ourName}", the register's organisation`,
      });
    }
    return completed(ours, theirs);
  }
  const country = countryOf(theirs);
  if (theirs.name === undefined || theirs.name.trim() === '' || country === undefined) {
    throw theirs.name === undefined || theirs.name.trim() === ''
      ? refuse('invalid-input', 'imports:noControllerName')
      : refuse('invalid-input', 'imports:noControllerCountry', { name: theirs.name });
  }
  const record: Record<string, unknown> = { id: options.newId(), updatedAt: options.now(), revision: 1, name: theirs.name.trim(), country };
  for (const field of CONTACT_FIELDS) if (theirs[field] !== undefined) record[field] = theirs[field];
  if (theirs.dpo !== undefined) record['dpo'] = theirs.dpo;
  if (theirs.representative !== undefined) record['representative'] = theirs.representative;
  return record as Organisation;
}
