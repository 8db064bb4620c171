/** The closed lists of the exchange format, in the order the GDPR gives them. */

export const ACTIVITY_ROLES = ['controller', 'joint-controller', 'processor'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

/** Art. 6(1)(a)–(f). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Art. 9(2)(a)–(j), and Art. 10 for data on criminal convictions and offences. */
export const SPECIAL_CATEGORY_CONDITIONS = [
  'art9-2-a',
  'art9-2-b',
  'art9-2-c',
  'art9-2-d',
  'art9-2-e',
  'art9-2-f',
  'art9-2-g',
  'art9-2-h',
  'art9-2-i',
  'art9-2-j',
  'art10',
] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number];

/** Chapter V transfer tools. `privacy-shield` is still read, and flagged: invalid since 16 July 2020 (Schrems II). */
export const TRANSFER_MECHANISMS = [
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'code-of-conduct',
  'certification',
  'derogation',
  'other',
  'privacy-shield',
] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const PROCESSOR_KINDS = ['processor', 'joint-controller', 'independent-controller'] as const;
export type ProcessorKind = (typeof PROCESSOR_KINDS)[number];

/**
 * Countries and territories with an EU adequacy decision under Art. 45 (as of 2026), plus the EEA,
 * where no transfer tool is needed. The US adequacy covers only DPF-certified organisations.
 */
export const EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const;
export const ADEQUACY_COUNTRIES = [
  'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'BR',
] as const;

export type CountryStatus = 'eea' | 'adequacy' | 'dpf-only' | 'third-country';

export function countryTransferStatus(country: string): CountryStatus {
  if ((EEA_COUNTRIES as readonly string[]).includes(country)) return 'eea';
  if ((ADEQUACY_COUNTRIES as readonly string[]).includes(country)) return 'adequacy';
  if (country === 'US') return 'dpf-only';
  return 'third-country';
}
