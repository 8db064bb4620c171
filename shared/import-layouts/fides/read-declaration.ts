// One privacy declaration of a Fides system as one processing activity: its data use is the purpose, its keys become
// the names a DPO reads, and what the system says of all its declarations (role, transfers, …) is added.
import { z } from 'zod';
import { firstIssue } from '../../model/issues.ts';
import { LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS } from '../../model/vocabulary.ts';
import { isSpecialCategoryName } from '../cell-values.ts';
import { emptyActivity, type CellPlace, type ImportedActivity, type ImportFinding } from '../imported-register.ts';
import {
  DATA_CATEGORY_KEYS,
  DATA_SUBJECT_KEYS,
  DATA_USE_KEYS,
  DECLARATION,
  declarationFieldKey,
  ROPA_ID,
  ROPA_LEGAL_BASES,
  ROPA_PURPOSES,
  ROPA_SPECIAL_CATEGORY_CONDITIONS,
} from './extension-keys.ts';
import { meaningful, readLegalBasis, readSpecialCategoryCondition } from './fides-words.ts';
import type { FidesDataUseEntry, FidesDeclaration, FidesSystem } from './manifest-schema.ts';
import type { SystemFacts } from './read-system.ts';
import { isBuiltInKey, type Taxonomy, type TaxonomyKind } from './taxonomy.ts';

type Context = {
  system: FidesSystem;
  facts: SystemFacts;
  index: number;
  taxonomy: Taxonomy;
  /** The vendors' systems (fides_key → their name as processors); a vendor's own declarations are its processing. */
  vendors: ReadonlyMap<string, string>;
  /** The manifest's own data uses: fideslang 1.x kept the legal basis and recipients there. */
  dataUses: ReadonlyMap<string, FidesDataUseEntry>;
  findings: ImportFinding[];
};

/** The declaration's fields the reader places; every other one is kept on the activity (`x-fides-…`). */
const PLACED = new Set([
  'name',
  'data_use',
  'data_categories',
  'data_subjects',
  'legal_basis_for_processing',
  'special_category_legal_basis',
  'processes_special_category_data',
  'retention_period',
  'data_shared_with_third_parties',
  'third_parties',
  ROPA_ID,
  ROPA_PURPOSES,
  ROPA_LEGAL_BASES,
  ROPA_SPECIAL_CATEGORY_CONDITIONS,
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Empty in our manifest of an activity without a purpose: its data use then names none.
const ropaPurposes = z.array(z.string().trim().min(1));
const ropaLegalBases = z.array(z.object({ basis: z.enum(LEGAL_BASES), detail: z.string().trim().min(1).optional() })).min(1);
const ropaConditions = z.array(z.enum(SPECIAL_CATEGORY_CONDITIONS)).min(1);

export function readDeclaration(declaration: FidesDeclaration, context: Context): ImportedActivity {
  const { system, facts, taxonomy } = context;
  const place: CellPlace = { sheet: `system ${system.fides_key}`, row: context.index + 1 };
  const at = (column: string): CellPlace => ({ ...place, column });
  const use = taxonomy.nameOf('data_use', declaration.data_use);
  const ownName = meaningful(declaration.name);
  const activity = emptyActivity(place, ownName ?? `${facts.name}: ${use.name}`);
  activity.sourceKey = `${system.fides_key}/${ownName ?? declaration.data_use}`;
  const id = declaration[ROPA_ID];
  if (typeof id === 'string' && UUID.test(id)) activity.id = id.toLowerCase();
  const note = (column: string, value: string, why: string) => {
    activity.notes.push(`${column}: "${value}"`);
    context.findings.push({ place: at(column), message: `"${value}" ${why}: kept in the activity's notes` });
  };
  const unknownKey = (kind: TaxonomyKind, key: string, name: string) =>
    context.findings.push({
      place: at(kind === 'data_use' ? 'data_use' : kind === 'data_category' ? 'data_categories' : 'data_subjects'),
      message: `"${key}" is neither in Fides's taxonomy nor among the manifest's ${kind} entries: read as "${name}"`,
    });

  // Purposes: the data use's name, or the list our own manifests keep beside it.
  if (!use.known) unknownKey('data_use', declaration.data_use, use.name);
  activity.purposes = ourList(declaration, ROPA_PURPOSES, ropaPurposes, at, context.findings) ?? [use.name];
  const useEntry = context.dataUses.get(declaration.data_use);

  readBases(declaration, useEntry, activity, note, (field, schema) => ourList(declaration, field, schema, at, context.findings));
  readSubjects(declaration.data_subjects ?? [], activity, context, unknownKey);
  readCategories(declaration, activity, context, unknownKey, note);

  const retention = meaningful(declaration.retention_period);
  if (retention !== undefined) activity.retention = /^\d+$/.test(retention) ? `${retention} ${retention === '1' ? 'day' : 'days'}` : retention;

  for (const party of (meaningful(declaration.third_parties) ?? '').split(/[;\n]/)) if (party.trim() !== '') activity.recipients.push(party.trim());
  for (const recipient of useEntry?.recipients ?? []) if (meaningful(recipient) !== undefined) activity.recipients.push(recipient.trim());
  if (declaration.data_shared_with_third_parties === true && activity.recipients.length === 0) {
    note('data_shared_with_third_parties', 'true', 'says the data are shared with third parties without naming them');
  }

  // A declaration that names its own egress says which of the system's vendors get its data; else all of them do.
  const egress = declaration.egress;
  const vendors = egress === null || egress === undefined ? facts.processorNames : egress.map((key) => context.vendors.get(key));
  const processors = [...vendors, context.vendors.get(system.fides_key)].filter((name) => name !== undefined);
  activity.processorNames = [...new Set(processors)];

  const lia = meaningful(declaration.impact_assessment_location);
  if (lia !== undefined) activity.notes.push(`Legitimate interest assessment (Fides): ${lia}`);

  placeSystemFacts(activity, facts);
  activity.extensions = { ...facts.extensions, ...activity.extensions, [DECLARATION]: ownName ?? declaration.data_use, ...keptFields(declaration, context) };
  activity.extensions[DATA_USE_KEYS] = { [use.name]: declaration.data_use };
  return activity;
}

type Note = (column: string, value: string, why: string) => void;

/**
 * One of the full lists our own manifests keep beside fideslang's single field (`x-ropa-legal-bases`); undefined when
 * absent, or when it is not such a list (a hand edit gone wrong), which is told: fideslang's field is read instead.
 */
function ourList<Schema extends z.ZodType>(
  declaration: FidesDeclaration,
  field: string,
  schema: Schema,
  at: (column: string) => CellPlace,
  findings: ImportFinding[],
): z.output<Schema> | undefined {
  const value = declaration[field];
  if (value === undefined || value === null) return undefined;
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  findings.push({ place: at(field), message: `is not a list RoPA Desk wrote, and was not read: ${firstIssue(parsed.error).line}` });
  return undefined;
}

type OurList = <Schema extends z.ZodType>(field: string, schema: Schema) => z.output<Schema> | undefined;

/** Art. 6 and Art. 9 grounds: the declaration's, else (1.x) its data use's; our own manifests' full lists first. */
function readBases(declaration: FidesDeclaration, useEntry: FidesDataUseEntry | undefined, activity: ImportedActivity, note: Note, ours: OurList): void {
  const bases = ours(ROPA_LEGAL_BASES, ropaLegalBases);
  if (bases !== undefined) {
    activity.legalBases = bases.map(({ basis, detail }) => (detail === undefined ? { basis } : { basis, detail }));
  } else {
    const [column, words] = meaningful(declaration.legal_basis_for_processing)
      ? ['legal_basis_for_processing', declaration.legal_basis_for_processing ?? '']
      : ['data_use.legal_basis', meaningful(useEntry?.legal_basis) ?? ''];
    const basis = words === '' ? undefined : readLegalBasis(words);
    if (basis !== undefined) activity.legalBases.push({ basis });
    else if (words !== '') note(column, words, 'is not one of the legal bases of Art. 6(1)');
  }
  const conditions = ours(ROPA_SPECIAL_CATEGORY_CONDITIONS, ropaConditions);
  if (conditions !== undefined) {
    activity.specialCategoryConditions = conditions;
    return;
  }
  const [column, words] = meaningful(declaration.special_category_legal_basis)
    ? ['special_category_legal_basis', declaration.special_category_legal_basis ?? '']
    : ['data_use.special_category', meaningful(useEntry?.special_category) ?? ''];
  const condition = words === '' ? undefined : readSpecialCategoryCondition(words);
  if (condition !== undefined) activity.specialCategoryConditions.push(condition);
  else if (words !== '') note(column, words, 'is not one of the conditions of Art. 9(2)');
}

type UnknownKey = (kind: TaxonomyKind, key: string, name: string) => void;

/** Subjects by name, each once, with the key each name came from. */
function readSubjects(keys: readonly string[], activity: ImportedActivity, context: Context, unknownKey: UnknownKey): void {
  const keyOf: Record<string, string> = {};
  for (const key of keys) {
    const { name, known } = context.taxonomy.nameOf('data_subject', key);
    if (!known) unknownKey('data_subject', key, name);
    if (keyOf[name] !== undefined) continue;
    keyOf[name] = key;
    activity.dataSubjects.push(name);
  }
  activity.extensions[DATA_SUBJECT_KEYS] = keyOf;
}

function readCategories(declaration: FidesDeclaration, activity: ImportedActivity, context: Context, unknownKey: UnknownKey, note: Note): void {
  const keyOf: Record<string, string> = {};
  for (const key of declaration.data_categories) {
    const { name, known } = context.taxonomy.nameOf('data_category', key);
    if (!known) unknownKey('data_category', key, name);
    const special = context.taxonomy.isSpecial(key);
    const existing = activity.dataCategories.find((category) => category.name === name);
    if (existing !== undefined) {
      if (special) existing.special = true;
      continue;
    }
    keyOf[name] = key;
    activity.dataCategories.push(special ? { name, special } : { name });
    // A custom key says nothing of special data; its name may. Told, not flagged: the file did not say so.
    if (!special && !isBuiltInKey('data_category', key) && isSpecialCategoryName(name)) {
      context.findings.push({
        place: { ...activity.place, column: 'data_categories' },
        message: `"${name}" (${key}) sounds like special category data, which the manifest does not say: mark it special if it is`,
      });
    }
  }
  activity.extensions[DATA_CATEGORY_KEYS] = keyOf;
  if (declaration.processes_special_category_data === true && !activity.dataCategories.some((category) => category.special === true)) {
    note('processes_special_category_data', 'true', 'says special category data are processed, but none of the data categories is one: mark it');
  }
}

function placeSystemFacts(activity: ImportedActivity, facts: SystemFacts): void {
  if (facts.role !== undefined) activity.role = facts.role;
  if (facts.description !== undefined) activity.description = facts.description;
  if (facts.owner !== undefined) activity.owner = facts.owner;
  if (facts.dpia !== undefined) activity.dpia = { ...facts.dpia };
  activity.transfers = facts.transfers.map((transfer) => ({ ...transfer }));
  activity.jointControllers = facts.jointControllers.map((party) => ({ ...party }));
  activity.securityMeasures = [...facts.securityMeasures];
  activity.notes = [...facts.notes, ...activity.notes];
}

/** The declaration's fields the register has no place for, under `x-fides-…`. */
function keptFields(declaration: FidesDeclaration, context: Context): Record<`x-${string}`, unknown> {
  const kept: Record<`x-${string}`, unknown> = {};
  for (const [field, value] of Object.entries(declaration)) {
    if (PLACED.has(field) || value === undefined || value === null) continue;
    const keptValue = field === 'egress' && Array.isArray(value) ? value.filter((key) => !context.vendors.has(String(key))) : value;
    const key = declarationFieldKey(field);
    if (key === undefined) {
      const place = { sheet: `system ${context.system.fides_key}`, row: context.index + 1, column: field };
      context.findings.push({ place, message: `the field "${field}" is not one of fideslang's and was not kept` });
      continue;
    }
    if (Array.isArray(keptValue) && keptValue.length === 0) continue;
    kept[key] = keptValue;
  }
  return kept;
}
