// The keys a written manifest gives the register's names, and the taxonomy entries that name the keys Fides does not
// know by that name. A key is certain only when the activity recorded it (`x-fides-…`, from an imported manifest) or
// its built-in name is exactly the register's; anything else gets a custom key named by the register's words.
import { firstFreeKey, slugOf } from './fides-key.ts';
import { builtInKeyNamed, isBuiltInKey, SPECIAL_CATEGORY_TAG, Taxonomy, type TaxonomyKind } from './taxonomy.ts';

type Claim = { name: string; special: boolean };

/** The built-in taxonomy alone: what a manifest without entries says of a key. */
const BUILT_IN = new Taxonomy({ data_category: [], data_use: [], data_subject: [] });

/** Where a custom key goes: personal data under `user`, so that Fides policies on `user` cover it too. */
const CUSTOM_PREFIX: Record<TaxonomyKind, string> = { data_category: 'user.custom_', data_use: 'custom_', data_subject: 'custom_' };

export type TaxonomyEntryOut = { fides_key: string; name: string; parent_key?: string; tags?: string[] };

export class TaxonomyWriter {
  readonly #claims: Record<TaxonomyKind, Map<string, Claim>> = { data_category: new Map(), data_use: new Map(), data_subject: new Map() };

  /**
   * The key for `name`: the recorded one, else the built-in one of exactly that name, else a custom one. A key means
   * one name (and, for a category, one answer to "special?") in the whole manifest; a second meaning gets another key.
   */
  keyFor(kind: TaxonomyKind, name: string, recorded: string | undefined, special = false): string {
    const claim = { name, special };
    if (recorded !== undefined && this.#claim(kind, recorded, claim)) return recorded;
    const builtIn = builtInKeyNamed(kind, name);
    if (builtIn !== undefined && this.#claim(kind, builtIn, claim)) return builtIn;
    const key = firstFreeKey(`${CUSTOM_PREFIX[kind]}${slugOf(name)}`, (candidate) => this.#fits(kind, candidate, claim));
    this.#claim(kind, key, claim);
    return key;
  }

  /** The entries a reader needs to read each key back as the register's name (and special where it is). */
  entries(kind: TaxonomyKind): TaxonomyEntryOut[] {
    const entries: TaxonomyEntryOut[] = [];
    for (const [key, claim] of this.#claims[kind]) {
      const readBack = BUILT_IN.nameOf(kind, key);
      const specialBack = kind === 'data_category' && BUILT_IN.isSpecial(key);
      if (readBack.known && readBack.name === claim.name && specialBack === claim.special) continue;
      const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : undefined;
      entries.push({
        fides_key: key,
        name: claim.name,
        ...(parent === undefined ? {} : { parent_key: parent }),
        ...(claim.special && !specialBack ? { tags: [SPECIAL_CATEGORY_TAG] } : {}),
      });
    }
    return entries;
  }

  /** Whether `key` can mean `claim`: unused, or used for the same; a built-in special key cannot hold ordinary data. */
  #fits(kind: TaxonomyKind, key: string, claim: Claim): boolean {
    if (kind === 'data_category' && !claim.special && BUILT_IN.isSpecial(key)) return false;
    const existing = this.#claims[kind].get(key);
    if (existing !== undefined) return existing.name === claim.name && existing.special === claim.special;
    // A built-in key read as another name would need an entry renaming it for every manifest reader: only if recorded.
    return !isBuiltInKey(kind, key) || BUILT_IN.nameOf(kind, key).name === claim.name;
  }

  #claim(kind: TaxonomyKind, key: string, claim: Claim): boolean {
    const existing = this.#claims[kind].get(key);
    if (existing !== undefined) return existing.name === claim.name && existing.special === claim.special;
    if (kind === 'data_category' && !claim.special && BUILT_IN.isSpecial(key)) return false;
    this.#claims[kind].set(key, claim);
    return true;
  }
}
