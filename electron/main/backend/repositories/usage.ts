/** Who uses a record: how many, and the first few names, for an "in use" message. */
export type Usage = { count: number; names: string[] };

/** How many names an "in use" message lists before "and N more". */
export const USAGE_NAMES = 5;
