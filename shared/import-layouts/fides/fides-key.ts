// fides_keys the writer makes for what has none yet (a custom purpose, a processor's system): from the name, in the
// characters fideslang allows (letters, digits, `_`, `.`, `-`, `<`, `>`), each once per manifest.

/** `Kundenbindung & Prämien` → `kundenbindung_pramien`. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48)
    .replace(/_+$/g, '');
  return slug === '' ? 'unnamed' : slug;
}

/** `base`, or `base_2`, `base_3`, … : the first that `isFree` accepts. */
export function firstFreeKey(base: string, isFree: (key: string) => boolean): string {
  if (isFree(base)) return base;
  for (let number = 2; ; number++) if (isFree(`${base}_${number}`)) return `${base}_${number}`;
}
