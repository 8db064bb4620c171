// What a colleague sent back, whatever its kind, as an exchange document to merge: an exchange file, their whole
// register file, a spreadsheet (the app's XLSX template or CSV of activities, another tool's layout, or any sheet
// through a column mapping) or a Fides manifest (.yml). The kind is told by the file's first bytes (and
// `.csv` by its name), so a file renamed to the wrong extension is still read as what it is, or refused as such.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseExchangeText, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { ImportProgress } from '../../../../shared/ipc/contract.ts';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import { timestamp } from '../../../../shared/model/dates.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { readFirstBytes } from '../db/file-header.ts';
import { sha256Of } from '../files/sha256.ts';
import { readExchangeText, unreadableFile } from './read-exchange-file.ts';
import { readRegisterCopy } from './read-register-copy.ts';
import { readSheetGrids } from './read-sheet-grids.ts';
import type { ColleagueFile } from '../services/merges.ts';

export type ReadOptions = {
  now: () => Date;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * The receiving register: a CSV of our activities, or a file in another tool's layout, holds activities that need
   * its organisation and processors.
   */
  base?: ExchangeDocument | undefined;
  /** How to read a spreadsheet in no known layout (shared/import-layouts/column-mapping.ts). */
  mapping?: ColumnMapping | undefined;
};

export type FileKind = 'exchange' | 'register' | 'xlsx' | 'csv' | 'fides';

/** Reads the file at `filePath`; a refusal says what is wrong where in it (the transport names the file). */
export async function readColleagueFile(filePath: string, options: ReadOptions): Promise<ColleagueFile> {
  const fileName = path.basename(filePath);
  const kind = kindOf(filePath);
  options.onProgress?.({ stage: 'reading' });
  if (kind === 'register') {
    // A register's revision counts its own edits, not an export of ours: never taken as the base of a merge.
    const { baseRevision: _ignored, ...document } = readRegisterCopy(filePath, options.now);
    return { document, fileName, sha256: sha256Of(await readFile(filePath)), unmatched: [], warnings: [] };
  }
  if (kind === 'exchange') {
    const { text, sha256 } = await readExchangeText(filePath);
    options.onProgress?.({ stage: 'checking' });
    return { document: parseExchangeText(text), fileName, sha256, unmatched: [], warnings: [] };
  }
  const sha256 = sha256Of(await readFile(filePath));
  // Rows without an id get ids made from the file's hash and their order: the same file read again (for the apply,
  // after its preview) gives them the same ids, so the matches the person accepted still apply to them.
  const records = { newId: idsFrom(sha256), now: () => timestamp(options.now()) };
  // The readers (exceljs, yaml, the layouts) load only when such a file is read: `ropa check` and the app start need none.
  if (kind === 'fides') {
    const [{ readFidesFile }, { buildLayoutImport }] = await Promise.all([
      import('../fides/fides-file.ts'),
      import('../../../../shared/import-layouts/build-document.ts'),
    ]);
    const read = buildLayoutImport(await readFidesFile(filePath), receiving(options.base), records);
    return { document: read.document, fileName, sha256, unmatched: read.unmatched, warnings: read.warnings };
  }
  const sheets = await readSheetGrids(filePath, kind);
  options.onProgress?.({ stage: 'checking' });
  const { readSheets } = await import('../../../../shared/import-layouts/read-sheets.ts');
  const read = readSheets(sheets, kind, { ...records, base: options.base, mapping: options.mapping });
  return { document: read.document, fileName, sha256, unmatched: read.unmatched, warnings: read.warnings };
}

/** The register receiving a file in another tool's layout: its activities go under the register's organisation. */
function receiving(base: ExchangeDocument | undefined): ExchangeDocument {
  if (base === undefined) throw refuse('invalid-input', 'files:activitiesOnly');
  return base;
}

/** UUIDs (version 8, "custom") derived from a file's hash: the nth row without an id always gets the same one. */
export function idsFrom(sha256: string): () => string {
  let count = 0;
  return () => {
    const hex = sha256Of(`${sha256}:${count++}`);
    const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

const SQLITE = Buffer.from('SQLite format 3\0', 'latin1');
const ZIP = Buffer.from('PK\x03\x04', 'latin1');

export function kindOf(filePath: string): FileKind {
  let start: Buffer;
  try {
    start = readFirstBytes(filePath, 16);
  } catch (error) {
    throw unreadableFile(error);
  }
  if (start.subarray(0, SQLITE.length).equals(SQLITE)) return 'register';
  if (start.subarray(0, ZIP.length).equals(ZIP)) return 'xlsx';
  // Without a signature the name decides, so that a file named .xlsx or .ropa is refused as not being one.
  const name = filePath.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.yml') || name.endsWith('.yaml')) return 'fides';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.ropa')) return 'register';
  return 'exchange';
}
