// What a Fides system says of all its privacy declarations at once: fideslang keeps the role, the joint controller,
// the transfers, the DPIA, the security practices and the owning department on the system, so each of its activities
// takes them. Also whether the system is a vendor's (a processor of ours), and the fields kept for writing it back.
import type { ActivityRole, TransferMechanism } from '../../model/vocabulary.ts';
import type { CellPlace, ImportedActivity, ImportedParty, ImportedProcessor, ImportedTransfer, ImportFinding } from '../imported-register.ts';
import { alpha2FromFides } from './alpha3-countries.ts';
import { SYSTEM_KEY, SYSTEM_NAME, systemFieldKey } from './extension-keys.ts';
import { meaningful, readResponsibility, readTransferMechanism, roleOfResponsibility, SUPPLEMENTARY_MEASURES } from './fides-words.ts';
import type { FidesContact, FidesSystem } from './manifest-schema.ts';

/** What every activity of the system takes from it. */
export type SystemFacts = Pick<ImportedActivity, 'transfers' | 'jointControllers' | 'securityMeasures' | 'notes' | 'extensions'> &
  Pick<ImportedActivity, 'role' | 'description' | 'owner' | 'dpia'> & {
    /** The system's name as a DPO reads it (its fides_key when it has none). */
    name: string;
    /** The vendors the system sends data to: each declaration's processors unless it names its own egress. */
    processorNames: string[];
    findings: ImportFinding[];
  };

/** The system's fields the reader places; every other one is kept on its activities (`x-fides-system-…`). */
const PLACED = new Set([
  'fides_key',
  'name',
  'description',
  'privacy_declarations',
  'administrating_department',
  'data_security_practices',
  'responsibility',
  'data_responsibility_title',
  'third_country_transfers',
  'does_international_transfers',
  'legal_basis_for_transfers',
  'joint_controller',
  'joint_controller_info',
  'data_protection_impact_assessment',
  'requires_data_protection_assessments',
  'dpa_location',
  'dpa_progress',
]);

/**
 * A vendor's system, whose operator processes data for us: Fides marks one by its vendor (a `vendor_id` from the
 * Global Vendor List or Compass) or by a system type that says so ("Third Party", "Vendor", "Processor").
 */
export function isVendorSystem(system: FidesSystem): boolean {
  return meaningful(system.vendor_id) !== undefined || /third[\s_-]*part|vendor|processor/i.test(system.system_type ?? '');
}

/** The name the register gives a vendor's system as a processor: the business's legal name, else the system's. */
export function vendorName(system: FidesSystem): string {
  return meaningful(system.legal_name) ?? meaningful(system.name) ?? system.fides_key;
}

type Context = { index: number; file: string; vendors: ReadonlyMap<string, string> };

export function readSystemFacts(system: FidesSystem, context: Context): SystemFacts {
  const findings: ImportFinding[] = [];
  const notes: string[] = [];
  const place = (column: string): CellPlace => ({ sheet: context.file, row: context.index + 1, column: `system ${system.fides_key}: ${column}` });
  const note = (column: string, value: string, why: string) => {
    notes.push(`${column}: "${value}"`);
    findings.push({ place: place(column), message: `"${value}" ${why}: kept in the notes of the system's activities` });
  };
  const name = meaningful(system.name) ?? system.fides_key;
  const jointControllers = readJointControllers(system);
  const facts: SystemFacts = {
    name,
    role: readRole(system, jointControllers, note, findings, place),
    jointControllers,
    transfers: readTransfers(system, note, findings, place),
    securityMeasures: listOf(meaningful(system.data_security_practices)),
    notes,
    extensions: keptFields(system, context.vendors),
    description: meaningful(system.description),
    owner: meaningful(system.administrating_department),
    dpia: readDpia(system, notes),
    processorNames: vendorsReached(system, context.vendors),
    findings,
  };
  if (system.uses_profiling === true) {
    const bases = (system.legal_basis_for_profiling ?? []).join(', ');
    notes.push(`Fides: the system profiles people with legal effect${bases === '' ? '' : ` (legal basis for profiling: ${bases})`}`);
  }
  return facts;
}

const listOf = (value: string | undefined): string[] => (value === undefined ? [] : [value]);

type Note = (column: string, value: string, why: string) => void;

function readRole(
  system: FidesSystem,
  jointControllers: readonly ImportedParty[],
  note: Note,
  findings: ImportFinding[],
  place: (column: string) => CellPlace,
): ActivityRole | undefined {
  const written = [...(system.responsibility ?? []), ...listOf(meaningful(system.data_responsibility_title))];
  const roles = new Set<ActivityRole>();
  for (const title of written) {
    const responsibility = readResponsibility(title);
    if (responsibility === undefined) note('responsibility', title, 'is not one of Controller, Processor, Sub-Processor');
    else roles.add(roleOfResponsibility(responsibility));
  }
  if (roles.size > 1) {
    findings.push({ place: place('responsibility'), message: 'says both Controller and Processor: set the role of each of its activities yourself' });
    return undefined;
  }
  const [role] = roles;
  // A named joint controller is joint control (Art. 26), whether or not the title says Controller.
  if (jointControllers.length > 0 && role !== 'processor') return 'joint-controller';
  return role;
}

/** `Partner AG (privacy@partner.example)` → a party with a contact; Fides's ContactDetails → name and first contact. */
function readJointControllers(system: FidesSystem): ImportedParty[] {
  const parties: ImportedParty[] = [];
  const structured = partyOf(system.joint_controller);
  if (structured !== undefined) parties.push(structured);
  for (const line of (meaningful(system.joint_controller_info) ?? '').split(/[;\n]/)) {
    const text = line.trim();
    if (text === '') continue;
    const match = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
    const party: ImportedParty = match?.[1] !== undefined && match[2] !== undefined ? { name: match[1], contact: match[2].trim() } : { name: text };
    if (!parties.some((known) => known.name.toLowerCase() === party.name.toLowerCase())) parties.push(party);
  }
  return parties;
}

function partyOf(contact: FidesContact): ImportedParty | undefined {
  const name = meaningful(contact?.name);
  if (name === undefined) return undefined;
  const reach = meaningful(contact?.email) ?? meaningful(contact?.phone) ?? meaningful(contact?.address);
  return reach === undefined ? { name } : { name, contact: reach };
}

/**
 * 1.x/2.x list the countries (alpha-3); 3.x only says whether, and under which tools. A tool is given to each
 * transfer only when the system names one: with several, which country each serves is not said.
 */
function readTransfers(system: FidesSystem, note: Note, findings: ImportFinding[], place: (column: string) => CellPlace): ImportedTransfer[] {
  const mechanisms = new Set<TransferMechanism>();
  const safeguards: string[] = [];
  for (const words of system.legal_basis_for_transfers ?? []) {
    const mechanism = readTransferMechanism(words);
    if (mechanism !== undefined) mechanisms.add(mechanism);
    else if (words.trim().toLowerCase() === SUPPLEMENTARY_MEASURES.toLowerCase()) safeguards.push('Supplementary measures');
    else if (meaningful(words) !== undefined) safeguards.push(words.trim());
  }
  if (mechanisms.size > 1) {
    findings.push({
      place: place('legal_basis_for_transfers'),
      message: `names ${[...mechanisms].join(', ')} without saying which country each serves: set the tool of each transfer yourself`,
    });
  }
  const [mechanism] = mechanisms.size === 1 ? mechanisms : [];
  const recipient = vendorName(system);
  const countries: string[] = [];
  for (const code of system.third_country_transfers ?? []) {
    const country = alpha2FromFides(code);
    if (country === undefined) note('third_country_transfers', code, 'is not an ISO 3166-1 country code');
    else if (!countries.includes(country)) countries.push(country);
  }
  if (countries.length === 0 && system.does_international_transfers === true) {
    note('does_international_transfers', 'true', 'says the system transfers data abroad without naming a country');
  }
  if (countries.length === 0 && mechanisms.size + safeguards.length > 0) {
    note('legal_basis_for_transfers', (system.legal_basis_for_transfers ?? []).join(', '), 'names transfer tools without naming a country');
  }
  return countries.map((country) => ({
    country,
    recipient,
    ...(mechanism === undefined ? {} : { mechanism }),
    ...(safeguards.length === 0 ? {} : { safeguards: safeguards.join('; ') }),
  }));
}

/**
 * The DPIA as 2.x (`data_protection_impact_assessment`) or 3.x (`requires_data_protection_assessments`) records it.
 * `false` is read as nothing: every Fides export writes it by default, so it does not say that anyone assessed.
 */
function readDpia(system: FidesSystem, notes: string[]): ImportedActivity['dpia'] {
  const legacy = system.data_protection_impact_assessment;
  const required = legacy?.is_required === true || system.requires_data_protection_assessments === true;
  const progress = meaningful(legacy?.progress) ?? meaningful(system.dpa_progress);
  if (progress !== undefined) notes.push(`DPIA progress (Fides): ${progress}`);
  if (!required) return undefined;
  const reference = meaningful(legacy?.link) ?? meaningful(system.dpa_location);
  return reference === undefined ? { required: true } : { required: true, reference };
}

/** The vendors' systems this one sends data to (its egress), by the name they have as processors. */
function vendorsReached(system: FidesSystem, vendors: ReadonlyMap<string, string>): string[] {
  const names = (system.egress ?? []).map((flow) => vendors.get(flow.fides_key)).filter((name) => name !== undefined);
  return [...new Set(names)];
}

/** The system's fields the register has no place for, under `x-fides-system-…`; egress to vendors is their processors. */
export function keptFields(system: FidesSystem, vendors: ReadonlyMap<string, string>): Record<`x-${string}`, unknown> {
  const kept: Record<`x-${string}`, unknown> = { [SYSTEM_KEY]: system.fides_key };
  const name = meaningful(system.name);
  if (name !== undefined) kept[SYSTEM_NAME] = name;
  for (const [field, value] of Object.entries(system)) {
    if (PLACED.has(field) || value === undefined || value === null) continue;
    const keptValue = field === 'egress' ? system.egress?.filter((flow) => !vendors.has(flow.fides_key)) : value;
    const key = systemFieldKey(field);
    if (key === undefined || (Array.isArray(keptValue) && keptValue.length === 0)) continue;
    kept[key] = keptValue;
  }
  return kept;
}

/** A vendor's system as a processor of ours. */
export function readVendor(system: FidesSystem, index: number, file: string, vendors: ReadonlyMap<string, string>): ImportedProcessor {
  const locations = (system.third_country_transfers ?? []).map(alpha2FromFides).filter((country) => country !== undefined);
  const service = meaningful(system.description);
  const contact = meaningful(system.dpo);
  return {
    place: { sheet: file, row: index + 1, column: `system ${system.fides_key}` },
    name: vendorName(system),
    ...(service === undefined ? {} : { service }),
    ...(locations.length === 0 ? {} : { dataLocations: [...new Set(locations)] }),
    ...(contact === undefined ? {} : { contact }),
    extensions: keptFields(system, vendors),
  };
}
