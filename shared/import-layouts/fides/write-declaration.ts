// One activity as one privacy declaration. fideslang holds one data use, one legal basis and one Art. 9 condition
// per declaration: where the register has more, the full lists go in `x-ropa-…` fields beside them, and the single
// field is left out rather than filled with one value of several.
import { z } from 'zod';
import type { ProcessingActivity } from '../../model/records.ts';
import { displayText, type Text } from '../../model/text.ts';
import {
  DATA_CATEGORY_KEYS,
  DATA_SUBJECT_KEYS,
  DATA_USE_KEYS,
  keptField,
  ROPA_ID,
  ROPA_LEGAL_BASES,
  ROPA_PURPOSES,
  ROPA_SPECIAL_CATEGORY_CONDITIONS,
} from './extension-keys.ts';
import { LEGAL_BASIS_WORDS, SPECIAL_CATEGORY_WORDS } from './fides-words.ts';
import type { TaxonomyWriter } from './write-taxonomy.ts';

export type WriteContext = {
  language: string;
  defaultLanguage: string;
  taxonomy: TaxonomyWriter;
  /** Processor id → the fides_key of its system. */
  vendorKeys: ReadonlyMap<string, string>;
};

export type Declaration = Record<string, unknown>;

const recordedKeys = z.record(z.string(), z.string());

/** What an activity recorded of the keys its names came from (`x-fides-data-categories`), when it did. */
export function recordedKeysOf(activity: ProcessingActivity, extension: `x-${string}`): Record<string, string> {
  const parsed = recordedKeys.safeParse(activity[extension]);
  return parsed.success ? parsed.data : {};
}

/** The kept `x-fides-…` fields of one side (the system's or the declaration's), as fideslang fields. */
export function keptFieldsOf(record: Readonly<Record<string, unknown>>, of: 'system' | 'declaration'): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const kept = keptField(key);
    if (kept?.of === of) fields[kept.field] = value;
  }
  return fields;
}

/** `24 days` as fideslang's number of days; any other wording as written. */
function retentionPeriod(retention: string): string {
  const days = /^(\d+) days$/.exec(retention);
  if (days?.[1] !== undefined && days[1] !== '1') return days[1];
  return retention === '1 day' ? '1' : retention;
}

export function writeDeclaration(activity: ProcessingActivity, systemKey: string, context: WriteContext, egressFlows: boolean): Declaration {
  const text = (value: Text | undefined) => displayText(value, context.language, context.defaultLanguage).trim();
  const { taxonomy } = context;
  const purposes = activity.purposes.map(text).filter((purpose) => purpose !== '');
  const [purpose] = purposes;
  const useKeys = recordedKeysOf(activity, DATA_USE_KEYS);
  const categoryKeys = recordedKeysOf(activity, DATA_CATEGORY_KEYS);
  const subjectKeys = recordedKeysOf(activity, DATA_SUBJECT_KEYS);
  const categories = activity.dataCategories.map((category) => ({ name: text(category.name), special: category.special === true }));
  const confirmedNone = activity.confirmedNone ?? [];

  const declaration: Declaration = { name: text(activity.name), [ROPA_ID]: activity.id };
  // fideslang requires a data use; an activity without a purpose (a draft) says so rather than getting one.
  declaration['data_use'] = taxonomy.keyFor('data_use', purpose ?? 'Purpose not recorded', purpose === undefined ? undefined : useKeys[purpose]);
  if (purposes.length !== 1) declaration[ROPA_PURPOSES] = purposes;
  declaration['data_categories'] = unique(
    categories.map((category) => taxonomy.keyFor('data_category', category.name, categoryKeys[category.name], category.special)),
  );
  declaration['data_subjects'] = unique(activity.dataSubjects.map(text).map((subject) => taxonomy.keyFor('data_subject', subject, subjectKeys[subject])));
  Object.assign(declaration, legalBases(activity, text), specialCategoryConditions(activity));
  // Only what the register says: special data when a category is marked so; "not shared" only when confirmed.
  if (categories.some((category) => category.special)) declaration['processes_special_category_data'] = true;
  const retention = activity.retention === undefined ? '' : text(activity.retention);
  if (retention !== '') declaration['retention_period'] = retentionPeriod(retention);
  const recipients = (activity.recipients ?? []).map(text).filter((recipient) => recipient !== '');
  if (recipients.length > 0) Object.assign(declaration, { data_shared_with_third_parties: true, third_parties: recipients.join('; ') });
  else if (confirmedNone.includes('recipients')) declaration['data_shared_with_third_parties'] = false;

  // Its own egress always, once the system has any: without one, a reader gives it every vendor of the system.
  const kept = keptFieldsOf(activity, 'declaration');
  const keptEgress = Array.isArray(kept['egress']) ? kept['egress'].filter((key): key is string => typeof key === 'string') : [];
  const vendors = (activity.processorIds ?? []).map((id) => context.vendorKeys.get(id)).filter((key): key is string => key !== undefined && key !== systemKey);
  if (egressFlows) declaration['egress'] = unique([...vendors, ...keptEgress]);
  // The fields kept from the manifest it came from, where the register's own do not say otherwise.
  for (const [field, value] of Object.entries(kept)) if (!(field in declaration) && field !== 'egress') declaration[field] = value;
  return declaration;
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

function legalBases(activity: ProcessingActivity, text: (value: Text | undefined) => string): Declaration {
  const bases = activity.legalBases ?? [];
  const written: Declaration = {};
  const [only] = bases;
  if (bases.length === 1 && only !== undefined) written['legal_basis_for_processing'] = LEGAL_BASIS_WORDS[only.basis];
  if (bases.length > 1 || bases.some((entry) => entry.detail !== undefined)) {
    written[ROPA_LEGAL_BASES] = bases.map((entry) => {
      const detail = entry.detail === undefined ? '' : text(entry.detail);
      return detail === '' ? { basis: entry.basis } : { basis: entry.basis, detail };
    });
  }
  return written;
}

function specialCategoryConditions(activity: ProcessingActivity): Declaration {
  const conditions = activity.specialCategoryConditions ?? [];
  const written: Declaration = {};
  const words = conditions.length === 1 && conditions[0] !== undefined ? SPECIAL_CATEGORY_WORDS[conditions[0]] : undefined;
  if (words !== undefined) written['special_category_legal_basis'] = words;
  else if (conditions.length > 0) written[ROPA_SPECIAL_CATEGORY_CONDITIONS] = [...conditions];
  return written;
}
