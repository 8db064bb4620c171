// The names of a manifest's data category, data use and data subject keys: the manifest's own entries first (they
// name its custom keys, and may rename built-in ones), then the built-in taxonomy's, then a name made from the key.
import { DATA_CATEGORY_LABELS, DATA_SUBJECT_LABELS, DATA_USE_LABELS, SPECIAL_CATEGORY_KEYS } from './taxonomy-labels.ts';

export type TaxonomyKind = 'data_category' | 'data_use' | 'data_subject';

/** What a manifest's own taxonomy entry says of a key (`data_category: [{ fides_key, name, tags }]`). */
export type TaxonomyEntry = { key: string; name?: string | undefined; tags: readonly string[] };

export type KeyName = {
  name: string;
  /** False when neither the manifest nor the built-in taxonomy knows the key: its name was made from the key. */
  known: boolean;
};

const BUILT_IN: Record<TaxonomyKind, ReadonlyArray<readonly [string, string]>> = {
  data_category: DATA_CATEGORY_LABELS,
  data_use: DATA_USE_LABELS,
  data_subject: DATA_SUBJECT_LABELS,
};

const LABELS: Record<TaxonomyKind, ReadonlyMap<string, string>> = {
  data_category: new Map(DATA_CATEGORY_LABELS),
  data_use: new Map(DATA_USE_LABELS),
  data_subject: new Map(DATA_SUBJECT_LABELS),
};

const comparable = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Name → key, the first key of a name winning (the current key before the one fideslang renamed). */
const KEYS_BY_NAME: Record<TaxonomyKind, ReadonlyMap<string, string>> = {
  data_category: keysByName(DATA_CATEGORY_LABELS),
  data_use: keysByName(DATA_USE_LABELS),
  data_subject: keysByName(DATA_SUBJECT_LABELS),
};

function keysByName(labels: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [key, label] of labels) if (!map.has(comparable(label))) map.set(comparable(label), key);
  return map;
}

/** The built-in key whose name is exactly `name` (ignoring case and spacing): the only case a key is certain. */
export function builtInKeyNamed(kind: TaxonomyKind, name: string): string | undefined {
  return KEYS_BY_NAME[kind].get(comparable(name));
}

export function isBuiltInKey(kind: TaxonomyKind, key: string): boolean {
  return BUILT_IN[kind].some(([builtIn]) => builtIn === key);
}

/**
 * fideslang 1.x wrote categories under how the data were obtained (`user.provided.identifiable.contact.email`); 2.0
 * dropped those levels. The 1.x key is read as its 2.x one, for its name and its being special.
 */
function withoutProvenance(key: string): string {
  return key.replace(/^user\.(?:provided|derived)\.(?:identifiable|nonidentifiable)\./, 'user.');
}

/** Segments that name nothing alone: `user.contact.other` reads "Contact other", not "Other". */
const VAGUE_SEGMENTS = new Set(['other', 'others', 'general', 'misc', 'data', 'info', 'id', 'ids', 'details', 'custom']);

/** `user.contact.work_phone` → "Work phone": the last segment, or the last two where the last says too little. */
export function nameFromKey(key: string): string {
  const segments = key.split('.').filter((segment) => segment !== '');
  const last = segments.at(-1) ?? key;
  const words = VAGUE_SEGMENTS.has(last.toLowerCase()) && segments.length > 1 ? [segments.at(-2) ?? '', last] : [last];
  const text = words.join(' ').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? key : `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;
}

const SPECIAL_TAG = /special[\s_-]*categor|gdpr[\s_-]*art(?:icle)?[\s_-]*(?:9|10)\b/i;

/** The tag our manifests give a custom data category that holds special category data (fideslang has no field for it). */
export const SPECIAL_CATEGORY_TAG = 'special_category';

export class Taxonomy {
  readonly #entries: Record<TaxonomyKind, ReadonlyMap<string, TaxonomyEntry>>;

  constructor(entries: Record<TaxonomyKind, readonly TaxonomyEntry[]>) {
    this.#entries = {
      data_category: new Map(entries.data_category.map((entry) => [entry.key, entry])),
      data_use: new Map(entries.data_use.map((entry) => [entry.key, entry])),
      data_subject: new Map(entries.data_subject.map((entry) => [entry.key, entry])),
    };
  }

  nameOf(kind: TaxonomyKind, key: string): KeyName {
    const own = this.#entries[kind].get(key)?.name?.trim();
    if (own !== undefined && own !== '') return { name: own, known: true };
    const builtIn = LABELS[kind].get(key) ?? (kind === 'data_category' ? LABELS[kind].get(withoutProvenance(key)) : undefined);
    if (builtIn !== undefined) return { name: builtIn, known: true };
    return { name: nameFromKey(key), known: this.#entries[kind].has(key) };
  }

  /** Whether a data category key holds special category (or criminal) data: by the key, an ancestor, or its tags. */
  isSpecial(key: string): boolean {
    const segments = withoutProvenance(key).split('.');
    for (let length = segments.length; length > 0; length--) {
      if (SPECIAL_CATEGORY_KEYS.has(segments.slice(0, length).join('.'))) return true;
    }
    const ancestors = key.split('.').map((_segment, index, all) => all.slice(0, index + 1).join('.'));
    return ancestors.some((ancestor) => this.#entries.data_category.get(ancestor)?.tags.some((tag) => SPECIAL_TAG.test(tag)) === true);
  }
}
