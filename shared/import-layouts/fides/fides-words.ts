// fideslang's closed lists and the register's: legal bases (Art. 6), special category conditions (Art. 9(2)), the
// system's responsibility and the transfer tools. Read as fideslang 2.x/3.x writes them, and as 1.x wrote them on
// data uses ("Legal Obligation", "Vital Interest", "Medical"); written as 3.x writes them.
import type { ActivityRole, LegalBasis, SpecialCategoryCondition, TransferMechanism } from '../../model/vocabulary.ts';

/** Case, spacing, punctuation and a plural `s` do not count: "Legal obligations" is "legal obligation". */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => word.replace(/s$/, ''))
    .join(' ');
}

function reader<T>(table: ReadonlyArray<readonly [string, T]>): (text: string) => T | undefined {
  const map = new Map(table.map(([words, value]) => [plain(words), value]));
  return (text) => map.get(plain(text));
}

/** LegalBasisForProcessingEnum, in the order of Art. 6(1). */
export const LEGAL_BASIS_WORDS: Readonly<Record<LegalBasis, string>> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligations',
  'vital-interests': 'Vital interests',
  'public-task': 'Public interest',
  'legitimate-interests': 'Legitimate interests',
};

export const readLegalBasis = reader<LegalBasis>([
  ...Object.entries(LEGAL_BASIS_WORDS).map(([basis, words]) => [words, basis as LegalBasis] as const),
  ['Public task', 'public-task'],
]);

/** SpecialCategoryLegalBasisEnum (2.x, 3.x): Art. 9(2)(a)–(j). Art. 10 has no word in fideslang. */
export const SPECIAL_CATEGORY_WORDS: Readonly<Partial<Record<SpecialCategoryCondition, string>>> = {
  'art9-2-a': 'Explicit consent',
  'art9-2-b': 'Employment, social security and social protection',
  'art9-2-c': 'Vital interests',
  'art9-2-d': 'Not-for-profit bodies',
  'art9-2-e': 'Made public by the data subject',
  'art9-2-f': 'Legal claims or judicial acts',
  'art9-2-g': 'Reasons of substantial public interest (with a basis in law)',
  'art9-2-h': 'Health or social care (with a basis in law)',
  'art9-2-i': 'Public health (with a basis in law)',
  'art9-2-j': 'Archiving, research and statistics (with a basis in law)',
};

export const readSpecialCategoryCondition = reader<SpecialCategoryCondition>([
  ...Object.entries(SPECIAL_CATEGORY_WORDS).map(([condition, words]) => [words, condition as SpecialCategoryCondition] as const),
  // fideslang 1.x, on data uses.
  ['Consent', 'art9-2-a'],
  ['Employment', 'art9-2-b'],
  ['Non-profit bodies', 'art9-2-d'],
  ['Public by data subject', 'art9-2-e'],
  ['Legal claims', 'art9-2-f'],
  ['Substantial public interest', 'art9-2-g'],
  ['Medical', 'art9-2-h'],
  ['Public health interest', 'art9-2-i'],
]);

export type Responsibility = 'Controller' | 'Processor' | 'Sub-Processor';

/** DataResponsibilityTitle: what the organisation is for the system's processing. */
export const readResponsibility = reader<Responsibility>([
  ['Controller', 'Controller'],
  ['Processor', 'Processor'],
  ['Sub-Processor', 'Sub-Processor'],
  ['Subprocessor', 'Sub-Processor'],
]);

export function roleOfResponsibility(responsibility: Responsibility): ActivityRole {
  return responsibility === 'Controller' ? 'controller' : 'processor';
}

/**
 * The system's `legal_basis_for_transfers` (3.x): LegalBasisForTransfersEnum's words where it has one, and words of our
 * own for the tools it lacks (fideslang does not hold the field to its enum), so that each reads back as itself.
 */
export const TRANSFER_MECHANISM_WORDS: Readonly<Record<TransferMechanism, string>> = {
  adequacy: 'Adequacy Decision',
  dpf: 'Data Privacy Framework',
  scc: 'SCCs',
  bcr: 'BCRs',
  'code-of-conduct': 'Code of conduct',
  certification: 'Certification',
  derogation: 'Derogation (Art. 49 GDPR)',
  other: 'Other',
  'privacy-shield': 'Privacy Shield',
};

export const readTransferMechanism = reader<TransferMechanism>([
  ...Object.entries(TRANSFER_MECHANISM_WORDS).map(([mechanism, words]) => [words, mechanism as TransferMechanism] as const),
  ['Standard contractual clauses', 'scc'],
  ['Binding corporate rules', 'bcr'],
  ['EU-US Data Privacy Framework', 'dpf'],
  ['Derogation', 'derogation'],
]);

/** Not a transfer tool: measures added to one (after Schrems II), kept as the transfers' safeguards. */
export const SUPPLEMENTARY_MEASURES = 'Supplementary Measures';

/** Contact details Fides fills in with a placeholder mean nothing: "N/A", "Not defined", "". */
export function meaningful(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  if (trimmed === undefined || trimmed === '' || /^(?:n\/?a|none|not defined|-)$/i.test(trimmed)) return undefined;
  return trimmed;
}
