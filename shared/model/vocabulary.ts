/** The closed lists of the exchange format, in the order the GDPR gives them. */

export const ACTIVITY_ROLES = ['controller', 'joint-controller', 'processor'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

/** Art. 6(1)(a)–(f). */
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
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
export const TRANSFER_MECHANISMS = ['adequacy', 'dpf', 'scc', 'bcr', 'code-of-conduct', 'certification', 'derogation', 'other', 'privacy-shield'] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const PROCESSOR_KINDS = ['processor', 'joint-controller', 'independent-controller'] as const;
export type ProcessorKind = (typeof PROCESSOR_KINDS)[number];

/**
 * The items of an activity the DPO may confirm there are none of (`confirmedNone`): no transfers, no sources (the data
 * come from the person), no recipients other than processors, no processors, no automated decisions, no joint
 * controllers. Confirmed, the documents print "None"; neither filled nor confirmed, "Not recorded".
 */
export const CONFIRMABLE_ITEMS = ['transfers', 'sources', 'recipients', 'processors', 'automatedDecisions', 'jointControllers'] as const;
export type ConfirmableItem = (typeof CONFIRMABLE_ITEMS)[number];
