// The `x-` fields a Fides manifest's values are kept under in the register, so that writing the register back as a
// manifest gives Fides the same systems, keys and fields the manifest had: `x-fides-…` for what came from Fides, and
// the `x-ropa-…` keys our manifests add to a privacy declaration for what fideslang has no field for.

/** The activity's system, by its fides_key: activities with the same one are written back as one system. */
export const SYSTEM_KEY = 'x-fides-system';
/** The system's name, for writing it back (an activity takes its name from the declaration). */
export const SYSTEM_NAME = 'x-fides-system-name';
/** The declaration the activity came from, as Fides tells declarations apart: its name, or its data use. */
export const DECLARATION = 'x-fides-declaration';
/** Name → fides_key of what the activity lists, so that a name read from a key is written back as that key. */
export const DATA_USE_KEYS = 'x-fides-data-use';
export const DATA_CATEGORY_KEYS = 'x-fides-data-categories';
export const DATA_SUBJECT_KEYS = 'x-fides-data-subjects';

/** On a declaration we write: the activity's RoPA Desk id, and the lists fideslang holds one value of. */
export const ROPA_ID = 'x-ropa-id';
export const ROPA_PURPOSES = 'x-ropa-purposes';
export const ROPA_LEGAL_BASES = 'x-ropa-legal-bases';
export const ROPA_SPECIAL_CATEGORY_CONDITIONS = 'x-ropa-special-category-conditions';

const FIELD = /^[a-z][a-z0-9_]*$/;

/** A fideslang field the register has no place for, as the activity's `x-` field: `features` → `x-fides-features`. */
export function declarationFieldKey(field: string): `x-fides-${string}` | undefined {
  // A declaration has no `system…` field; one would read back as the system's.
  return FIELD.test(field) && !field.startsWith('system') ? `x-fides-${field.replaceAll('_', '-')}` : undefined;
}

/** A system's field, kept on each of its activities: `vendor_id` → `x-fides-system-vendor-id`. */
export function systemFieldKey(field: string): `x-fides-system-${string}` | undefined {
  return FIELD.test(field) ? `x-fides-system-${field.replaceAll('_', '-')}` : undefined;
}

/** The reserved keys above are not kept fields: `x-fides-system-name` is the system's name, not a field `name`. */
const RESERVED = new Set([SYSTEM_KEY, SYSTEM_NAME, DECLARATION, DATA_USE_KEYS, DATA_CATEGORY_KEYS, DATA_SUBJECT_KEYS]);

/** The fideslang field an `x-fides-…` key keeps, and whether it is the system's or the declaration's. */
export function keptField(key: string): { of: 'system' | 'declaration'; field: string } | undefined {
  if (RESERVED.has(key)) return undefined;
  const system = /^x-fides-system-([a-z][a-z0-9-]*)$/.exec(key);
  if (system?.[1] !== undefined) return { of: 'system', field: system[1].replaceAll('-', '_') };
  const declaration = /^x-fides-([a-z][a-z0-9-]*)$/.exec(key);
  if (declaration?.[1] !== undefined) return { of: 'declaration', field: declaration[1].replaceAll('-', '_') };
  return undefined;
}
