// The facts about countries and transfer tools that the register checks, the Transfers screen and the documents rely
// on, in one dated place. When the Commission adopts, renews or withdraws a decision, change it here and move `asOf`:
// every finding that used these facts shows that date, so a DPO knows how current the judgement is.

export type AdequacyDecision = {
  country: string;
  /** The decision, as the Official Journal names it. */
  decision: string;
  /** What the decision covers when it is not the whole country's private sector. */
  scope?: string;
};

export const TRANSFER_REFERENCE = {
  /** The day these facts were last checked against the Commission's list of adequacy decisions. */
  asOf: '2026-11-15',

  /** The EU Member States and Iceland, Liechtenstein and Norway (EEA Agreement): the GDPR applies, so nothing is transferred. */
  eea: [
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
    'IS',
    'LI',
    'NO',
  ],
  /**
   * Parts of Member States that ISO 3166-1 codes separately but where Union law applies in full: the outermost regions
   * (Art. 349 TFEU) and the Åland Islands. The overseas countries and territories (New Caledonia, Greenland, …) are not.
   */
  eeaTerritories: ['AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF'],

  /** Art. 45 decisions in force for whole countries or territories. */
  adequacy: [
    { country: 'AD', decision: 'Commission Decision 2010/625/EU' },
    { country: 'AR', decision: 'Commission Decision 2003/490/EC' },
    { country: 'BR', decision: 'Commission Implementing Decision (EU) 2026/179' },
    { country: 'CA', decision: 'Commission Decision 2002/2/EC', scope: 'commercial organisations subject to PIPEDA' },
    { country: 'CH', decision: 'Commission Decision 2000/518/EC' },
    { country: 'FO', decision: 'Commission Decision 2010/146/EU' },
    { country: 'GB', decision: 'Commission Implementing Decision (EU) 2021/1772, renewed in December 2025 until 27 December 2031' },
    { country: 'GG', decision: 'Commission Decision 2003/821/EC' },
    { country: 'IL', decision: 'Commission Decision 2011/61/EU' },
    { country: 'IM', decision: 'Commission Decision 2004/411/EC' },
    { country: 'JE', decision: 'Commission Decision 2008/393/EC' },
    { country: 'JP', decision: 'Commission Implementing Decision (EU) 2019/419', scope: 'private-sector organisations' },
    { country: 'KR', decision: 'Commission Implementing Decision (EU) 2022/254' },
    { country: 'NZ', decision: 'Commission Decision 2013/65/EU' },
    { country: 'UY', decision: 'Commission Decision 2012/484/EU' },
  ] satisfies AdequacyDecision[],

  /** The United States: adequate only for organisations certified under the EU–US Data Privacy Framework. */
  dataPrivacyFramework: {
    country: 'US',
    decision: 'Commission Implementing Decision (EU) 2023/1795 (EU–US Data Privacy Framework)',
    since: '2023-07-10',
  },

  /** The EU–US Privacy Shield (Decision (EU) 2016/1250), invalidated by the Court of Justice. */
  privacyShield: { invalidSince: '2020-07-16', judgment: 'CJEU C-311/18 (Schrems II)' },

  /**
   * The standard contractual clauses repealed by Implementing Decision (EU) 2021/914: contracts on them had to be
   * replaced by 27 December 2022. Recognised in a transfer's safeguards by the decision's number.
   */
  repealedStandardClauses: {
    decisions: ['2001/497/EC', '2004/915/EC', '2010/87/EU', '2002/16/EC'],
    replacedBy: 'Commission Implementing Decision (EU) 2021/914',
    /** The number by which safeguards name the current clauses. */
    currentNumber: '2021/914',
    invalidSince: '2022-12-27',
  },
} as const;

const EEA = new Set<string>([...TRANSFER_REFERENCE.eea, ...TRANSFER_REFERENCE.eeaTerritories]);
const ADEQUATE = new Map<string, AdequacyDecision>(TRANSFER_REFERENCE.adequacy.map((entry) => [entry.country, entry]));

/** Where data may go: inside the EEA, to a country with an adequacy decision, to the US (DPF-certified recipients only), or not freely. */
export type CountryStatus = 'eea' | 'adequacy' | 'dpf-only' | 'third-country';

export function countryTransferStatus(country: string): CountryStatus {
  if (EEA.has(country)) return 'eea';
  if (ADEQUATE.has(country)) return 'adequacy';
  if (country === TRANSFER_REFERENCE.dataPrivacyFramework.country) return 'dpf-only';
  return 'third-country';
}

export function isEeaCountry(country: string): boolean {
  return EEA.has(country);
}

/**
 * Whether data may go to `country` without a transfer tool: an adequacy decision, or the US for a recipient certified
 * under the Data Privacy Framework. Never for an international organisation (`INT`), for which no decision is listed.
 */
export function isAdequateFor(country: string, recipientDpfCertified: boolean): boolean {
  const status = countryTransferStatus(country);
  return status === 'eea' || status === 'adequacy' || (status === 'dpf-only' && recipientDpfCertified);
}

/** The repealed SCC decision a transfer's safeguards text names, if any ("SCCs (2010/87/EU)"). */
export function repealedClausesNamed(safeguards: string): string | undefined {
  return TRANSFER_REFERENCE.repealedStandardClauses.decisions.find((decision) => safeguards.includes(decision.split('/').slice(0, 2).join('/')));
}
