// The shape of a Fides manifest (fideslang 2.x and 3.x, and the 1.x/2.x fields 3.0 removed), checked loosely: what the
// reader uses must have the type fideslang gives it, and every other key is allowed and kept for the reader to carry
// along. Fides itself coerces numbers to text (`retention_period: 30`), and so does this.
import { z } from 'zod';
import { firstIssue } from '../../model/issues.ts';
import { refuse, type RefusalKey } from '../../refusals/refusals.ts';
import { checkPlainValue } from './plain-value.ts';

// Preprocessed rather than a union, so that a wrong value is told as a wrong type, not as "fits no option".
const text = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string());
const optionalText = text.nullish();
const texts = z.array(text).nullish();
const flag = z.boolean().nullish();

/** ContactDetails: every field defaults to "" in fideslang. */
const contact = z.looseObject({ name: optionalText, address: optionalText, email: optionalText, phone: optionalText }).nullish();

const dataFlow = z.looseObject({ fides_key: text, type: optionalText });

const declaration = z.looseObject({
  name: optionalText,
  data_use: text,
  data_categories: z.array(text),
  data_subjects: texts,
  legal_basis_for_processing: optionalText,
  special_category_legal_basis: optionalText,
  processes_special_category_data: flag,
  retention_period: optionalText,
  data_shared_with_third_parties: flag,
  third_parties: optionalText,
  egress: texts,
  impact_assessment_location: optionalText,
});

const system = z.looseObject({
  fides_key: text,
  name: optionalText,
  description: optionalText,
  system_type: optionalText,
  privacy_declarations: z.array(declaration),
  administrating_department: optionalText,
  data_security_practices: optionalText,
  // 3.x: a list; 2.x deprecated, 1.x: one title.
  responsibility: texts,
  data_responsibility_title: optionalText,
  // 1.x/2.x: alpha-3 codes; 3.x: only whether, and under which tools.
  third_country_transfers: texts,
  does_international_transfers: flag,
  legal_basis_for_transfers: texts,
  joint_controller: contact,
  joint_controller_info: optionalText,
  data_protection_impact_assessment: z.looseObject({ is_required: flag, progress: optionalText, link: optionalText }).nullish(),
  requires_data_protection_assessments: flag,
  dpa_location: optionalText,
  dpa_progress: optionalText,
  uses_profiling: flag,
  legal_basis_for_profiling: texts,
  egress: z.array(dataFlow).nullish(),
  vendor_id: optionalText,
  legal_name: optionalText,
  dpo: optionalText,
});

const taxonomyEntry = z.looseObject({ fides_key: text, name: optionalText, parent_key: optionalText, tags: texts });

/** fideslang 1.x data uses carried the legal basis and recipients that 2.0 moved onto the declaration. */
const dataUseEntry = taxonomyEntry.extend({ legal_basis: optionalText, special_category: optionalText, recipients: texts });

const organization = z.looseObject({
  fides_key: optionalText,
  name: optionalText,
  description: optionalText,
  controller: contact,
  data_protection_officer: contact,
  representative: contact,
  security_policy: optionalText,
});

/** A resource list; a hand-written manifest may give a single resource where fideslang has a list of one. */
const listOf = <Item extends z.ZodType>(item: Item) =>
  z.preprocess((value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? [value] : value), z.array(item)).nullish();

/** The resource types of a fideslang manifest: a file is one when it has at least one of them. */
export const RESOURCE_KEYS = ['organization', 'system', 'data_category', 'data_use', 'data_subject', 'dataset', 'policy'] as const;

const manifest = z.looseObject({
  organization: listOf(organization),
  system: listOf(system),
  data_category: listOf(taxonomyEntry),
  data_use: listOf(dataUseEntry),
  data_subject: listOf(taxonomyEntry),
  dataset: z.array(z.unknown()).nullish(),
  policy: z.array(z.unknown()).nullish(),
});

export type FidesManifest = z.output<typeof manifest>;
export type FidesSystem = z.output<typeof system>;
export type FidesDeclaration = z.output<typeof declaration>;
export type FidesContact = z.output<typeof contact>;
export type FidesOrganization = z.output<typeof organization>;
export type FidesTaxonomyEntry = z.output<typeof taxonomyEntry>;
export type FidesDataUseEntry = z.output<typeof dataUseEntry>;

/** The refusal that also says why a field is required, after `system[1].privacy_declarations: is required`. */
const WHY: Array<[RegExp, RefusalKey]> = [
  [/^system\[\d+\]\.privacy_declarations$/, 'imports:fidesNoDeclarations'],
  [/^system\[\d+\]\.fides_key$/, 'imports:fidesNoFidesKey'],
  [/privacy_declarations\[\d+\]\.data_use$/, 'imports:fidesNoDataUse'],
  [/privacy_declarations\[\d+\]\.data_categories$/, 'imports:fidesNoDataCategories'],
];

/** The manifest, checked; throws `RegisterError('invalid-input')` naming what is missing or wrong, and where. */
export function parseManifest(value: unknown): FidesManifest {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw refuse('invalid-input', 'imports:fidesNotAMapping');
  }
  const keys = Object.keys(value);
  if (!RESOURCE_KEYS.some((key) => keys.includes(key))) {
    throw refuse('invalid-input', 'imports:fidesNoResourceKey', { keys: RESOURCE_KEYS.map((key) => `${key}:`).join(', ') });
  }
  checkPlainValue(value);
  // reportInput: the message quotes the wrong value ("should be an array, not \"user.name\"").
  const parsed = manifest.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = firstIssue(parsed.error);
  // The schema's line (in English, as every validation message is) goes into the refusal as it is.
  const why = issue.message === 'is required' ? WHY.find(([pattern]) => pattern.test(issue.path))?.[1] : undefined;
  throw refuse('invalid-input', why ?? 'imports:fidesUnreadable', { line: issue.line }, issue.path);
}
