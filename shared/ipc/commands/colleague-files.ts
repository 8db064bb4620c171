// The files that go to colleagues and come back: exported, imported into an empty register, or merged field by
// field into one that holds records. Handlers: backend/handlers/colleague-files.ts.
import { command, noInput, returns, type SchemaKit } from './declare.ts';
import { columnMappingSchemaWith } from '../../import-layouts/column-mapping.ts';
import type { ExchangeDocument } from '../../exchange/read.ts';
import type { AppliedMerge, ExportedForColleague, ImportSummary, MergePreview } from '../outputs.ts';

/** The colleague's file: its `path`, or an exchange file's `text` (with the name to show for it). */
const fileGiven = (kit: SchemaKit) => ({
  text: kit.z.string().optional(),
  fileName: kit.z.string().optional(),
  path: kit.z.string().min(1).optional(),
  /** How to read a spreadsheet in no known layout; saved in the register when it has a name and the file is applied. */
  mapping: columnMappingSchemaWith(kit.z).optional(),
});
const resolution = ({ z }: SchemaKit) => z.enum(['ours', 'theirs']);
/** Rows without an id that the person matched by name to one of ours: their id → ours. */
const matches = ({ z, uuid }: SchemaKit) => z.record(uuid, uuid).optional();

export const colleagueFileCommands = {
  /** The whole register as an exchange document (kept, like an export for a colleague, for the three-way merge). */
  exportRegister: command({ input: noInput, output: returns<ExchangeDocument>(), changesRegister: false }),
  /** The register as it stood at a moment (RFC 3339, as `2026-03-01T00:00:00Z`), rebuilt from the audit log: what its export was then. */
  exportRegisterAsOf: command({
    input: ({ z }) => z.strictObject({ at: z.iso.datetime({ offset: true }) }),
    output: returns<ExchangeDocument>(),
    changesRegister: false,
  }),
  /** Fills an empty register from a file (`path`, or an exchange file's `text`), its records taken as they are. */
  importRegister: command({ input: (kit) => kit.z.strictObject(fileGiven(kit)), output: returns<ImportSummary>(), changesRegister: true }),
  /**
   * What merging a colleague's file into this register would do, field by field; writes nothing. The file is `path`
   * (an exchange file, their `.ropa` register, the XLSX template or a CSV of activities), or an exchange file's
   * `text`; with neither, the desktop app asks with a native dialog.
   */
  previewMerge: command({
    input: (kit) => kit.z.strictObject({ ...fileGiven(kit), matches: matches(kit) }),
    output: returns<MergePreview | { cancelled: true }>(),
    changesRegister: false,
  }),
  /**
   * Merges the file, every conflict resolved (per field, per record or for all), the rows without an id that the
   * person matched by name taken as updates; a backup copy is taken first. With `sha256` (the preview's), a file
   * that changed since the preview is refused.
   */
  applyMerge: command({
    input: (kit) => {
      const { z } = kit;
      return z.strictObject({
        ...fileGiven(kit),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional(),
        matches: matches(kit),
        resolutions: z.strictObject({
          all: resolution(kit).optional(),
          records: z.record(z.string(), resolution(kit)).optional(),
          fields: z.record(z.string(), resolution(kit)).optional(),
        }),
      });
    },
    output: returns<AppliedMerge>(),
    changesRegister: true,
  }),
  /**
   * Writes the register, or the activities of one owner or a selection, for a colleague: an exchange file, the XLSX
   * template or a CSV of activities. What it contained is kept, so the file coming back merges three-way. Without a
   * path the desktop app asks where to save it.
   */
  exportForColleague: command({
    input: ({ z, uuid }) =>
      z.strictObject({
        format: z.enum(['json', 'xlsx', 'csv', 'fides']),
        owner: z.string().trim().min(1).optional(),
        activityIds: z.array(uuid).min(1).optional(),
        path: z.string().min(1).optional(),
      }),
    output: returns<ExportedForColleague | { cancelled: true }>(),
    changesRegister: false,
  }),
} as const;
