// An organisation's optional groups (DPO, representative, supervisory authority) as the exchange format has them.

const OPTIONAL_GROUPS = ['dpo', 'representative', 'supervisoryAuthority'] as const;

/**
 * The draft without the groups (DPO, representative, authority) whose every field was emptied: an empty group is
 * absent in the exchange format, not an object asking for a name.
 */
export function withoutEmptyGroups<T extends Partial<Record<(typeof OPTIONAL_GROUPS)[number], unknown>>>(draft: T): T {
  let result = draft;
  for (const key of OPTIONAL_GROUPS) {
    const value = result[key];
    if (value !== null && typeof value === 'object' && Object.keys(value).length === 0) {
      const copy = { ...result };
      delete copy[key];
      result = copy;
    }
  }
  return result;
}
