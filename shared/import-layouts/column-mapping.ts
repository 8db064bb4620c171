// A column mapping: how the columns of a sheet in no known layout become an activity's fields. Suggested by the app
// (suggest-mapping.ts), changed by the DPO column by column, saved in the register under a name and offered again for
// the next file with the same headers; on the command line, `ropa mapping suggest` writes one as JSON and
// `ropa import --mapping` reads it.
//
// Zod-free at run time, like the command declarations that take a mapping (shared/ipc/commands/declare.ts): the
// schema is built from the zod the caller hands over (column-mapping-schema.ts builds it with the real one).
import type { z as zod } from 'zod';

/** Where a column's cells go. Lists (purposes, subjects, …) split each cell on newlines, `;` or `,`. */
export const MAPPING_TARGETS = [
  'name',
  'description',
  'purposes',
  'legalBases',
  'legalBasisDetail',
  'specialCategoryConditions',
  'dataSubjects',
  'dataCategories',
  'specialDataCategories',
  'dataCategoryRetention',
  'sources',
  'recipients',
  'processors',
  'transferCountries',
  'transferSafeguards',
  'retention',
  'securityMeasures',
  'jointControllers',
  'dpiaRequired',
  'dpiaReference',
  'public',
  'status',
  'role',
  'owner',
  'lastReviewedOn',
  'nextReviewOn',
  'notes',
  /** Kept in an `x-` field named after the header: never dropped. */
  'extension',
] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/** Targets a sheet may map from one column only (the others take several columns, their values joined). */
export const SINGLE_COLUMN_TARGETS: ReadonlySet<MappingTarget> = new Set([
  'name',
  'status',
  'role',
  'public',
  'dpiaRequired',
  'lastReviewedOn',
  'nextReviewOn',
]);

/** The mapping's schema, built with the zod given (the command declarations receive theirs from the backend). */
export function columnMappingSchemaWith(z: typeof zod) {
  return z.strictObject({
    /** The name it is saved under in the register ("HR's spreadsheet"). */
    name: z.string().trim().min(1).max(200).optional(),
    /** The sheet read (a CSV has one; an XLSX's first sheet when not given). */
    sheet: z.string().max(200).optional(),
    /** The row of the headers, 1-based (1 unless the sheet has a title above its table). */
    headerRow: z.number().int().min(1).max(1000).default(1),
    /**
     * Rows with the same value in this column are one activity (a sheet with a row per purpose): the column's header.
     * Without it, every row is an activity.
     */
    groupBy: z.string().max(500).optional(),
    /** One entry per column of the header row, in order; `header` is the header as written. */
    columns: z
      .array(z.strictObject({ header: z.string().max(500), target: z.enum(MAPPING_TARGETS) }))
      .min(1)
      .max(500),
  });
}
export type ColumnMapping = zod.output<ReturnType<typeof columnMappingSchemaWith>>;

/** The key a saved mapping is found by: the headers, trimmed and lower-cased, in order (empty trailing ones dropped). */
export function headerKey(headers: readonly string[]): string {
  const names = headers.map((header) => header.trim().replace(/\s+/g, ' ').toLowerCase());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  return JSON.stringify(names);
}
