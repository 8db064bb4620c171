// Spreadsheets in no known layout: the column mapping the app suggests for a file, its preview, and the mappings
// saved in the register. Handlers: backend/handlers/column-mappings.ts.
import { command, noInput, returns, type SchemaKit } from './declare.ts';
import { columnMappingSchemaWith, type ColumnMapping } from '../../import-layouts/column-mapping.ts';
import type { ImportedActivity, ImportFinding, LayoutId } from '../../import-layouts/imported-register.ts';

/** The first activities of a file as a mapping reads them, and what it could not place. */
export type MappingPreview = {
  /** How many activities the whole sheet gives. */
  activityCount: number;
  /** The first ones (at most 20), as read. */
  activities: ImportedActivity[];
  /** Values kept as text, columns not in the mapping (at most 100). */
  findings: ImportFinding[];
};

/** What the app suggests for a spreadsheet: its layout when it has a known one, else a mapping of its columns. */
export type MappingSuggestion = MappingPreview & {
  fileName: string;
  /** The layout recognised ('ropa-desk' for our own template): then no mapping is needed. */
  layout: LayoutId | 'ropa-desk' | null;
  sheets: string[];
  /** The sheet the mapping reads, its headers and first rows as they are in the file. */
  sheet: string;
  headers: string[];
  sampleRows: string[][];
  mapping: ColumnMapping;
  /** The name of the saved mapping offered for these headers, when one was saved. */
  savedAs?: string;
};

export type SavedColumnMapping = { name: string; mapping: ColumnMapping; savedBy: string; savedAt: string };

const mapping = ({ z }: SchemaKit) => columnMappingSchemaWith(z);
const filePath = ({ z }: SchemaKit) => z.string().min(1).max(4_096);

export const columnMappingCommands = {
  /** Reads a spreadsheet's headers and suggests a mapping: the one saved for the same headers, else from the words. */
  suggestColumnMapping: command({
    input: (kit) => kit.z.strictObject({ path: filePath(kit), sheet: kit.z.string().max(200).optional() }),
    output: returns<MappingSuggestion>(),
    changesRegister: false,
  }),
  /** The file's first activities as `mapping` reads them; writes nothing. */
  previewColumnMapping: command({
    input: (kit) => kit.z.strictObject({ path: filePath(kit), mapping: mapping(kit) }),
    output: returns<MappingPreview>(),
    changesRegister: false,
  }),
  listColumnMappings: command({ input: noInput, output: returns<SavedColumnMapping[]>(), changesRegister: false }),
  /** Saves a mapping under its name (replacing one of the same name), to be offered for files with its headers. */
  saveColumnMapping: command({
    input: (kit) => kit.z.strictObject({ mapping: mapping(kit) }),
    output: returns<SavedColumnMapping>(),
    changesRegister: false,
  }),
  deleteColumnMapping: command({
    input: ({ z }) => z.strictObject({ name: z.string().min(1).max(200) }),
    output: returns<{ name: string }>(),
    changesRegister: false,
  }),
} as const;
