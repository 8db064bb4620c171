// Equality and set operations on register values (texts, objects, lists) as the merge sees them: two values are
// the same when their JSON is, whatever the order of an object's keys.

/** JSON with object keys sorted: equal values give equal strings. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) =>
      inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : inner,
    ) ?? 'undefined'
  );
}

export const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * A list merged as a set of items. With a base: ours, less what they removed, plus what they added (in their
 * order). Without one: ours plus what only they have. Nothing either side added is ever dropped.
 */
export function mergeLists(base: readonly unknown[] | undefined, ours: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const keys = (list: readonly unknown[]) => new Set(list.map(canonical));
  const theirKeys = keys(theirs);
  const ourKeys = keys(ours);
  const removedByThem = base === undefined ? new Set<string>() : new Set([...keys(base)].filter((key) => !theirKeys.has(key)));
  const baseKeys = base === undefined ? new Set<string>() : keys(base);
  const kept = ours.filter((item) => !removedByThem.has(canonical(item)));
  const added = theirs.filter((item) => {
    const key = canonical(item);
    // An item they have that we removed since the base stays removed; one new on their side is added.
    return !ourKeys.has(key) && !baseKeys.has(key);
  });
  return [...kept, ...added];
}
