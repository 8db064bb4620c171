// What a colleague sent back, whatever its kind, as an exchange document to merge: an exchange file, their whole
// register file, the app's XLSX template or a CSV of activities. The kind is told by the file's first bytes (and
// `.csv` by its name), so a file renamed to the wrong extension is still read as what it is, or refused as such.
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseExchangeText, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { UnmatchedRecord } from '../../../../shared/merge/merge-plan.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { readExchangeText, sha256OfBytes } from './read-exchange-file.ts';
import { readRegisterCopy } from './read-register-copy.ts';


export type ColleagueFile = {
  document: ExchangeDocument;
  fileName: string;
  /** Of the file's bytes: recorded in the audit log, and checked again when the merge is applied. */
  sha256: string;
  /** Spreadsheet rows without an id: new records, unless the person matches them to ours of the same name. */
  unmatched: UnmatchedRecord[];
};

export type FileKind = 'exchange' | 'register' | 'xlsx' | 'csv';

/** Reads the file at `filePath`; a refusal says what is wrong where in it (the transport names the file). */
export async function readColleagueFile(filePath: string, options: { now: () => Date }): Promise<ColleagueFile> {
  const fileName = path.basename(filePath);
  const kind = kindOf(filePath);
  if (kind === 'register') {
    // A register's revision counts its own edits, not an export of ours: never taken as the base of a merge.
    const { baseRevision: _ignored, ...document } = readRegisterCopy(filePath, options.now);
    return { document, fileName, sha256: sha256OfBytes(await readFile(filePath)), unmatched: [] };
  }
  if (kind === 'exchange') {
    const { text, sha256 } = await readExchangeText(filePath);
    return { document: parseExchangeText(text), fileName, sha256, unmatched: [] };
  }
  throw new RegisterError('invalid-file', `is a ${kind === 'xlsx' ? 'spreadsheet' : 'CSV file'}, which this version cannot read yet`);
}

const SQLITE = Buffer.from('SQLite format 3\0', 'latin1');
const ZIP = Buffer.from('PK\x03\x04', 'latin1');

export function kindOf(filePath: string): FileKind {
  const start = firstBytes(filePath, 16);
  if (start.subarray(0, SQLITE.length).equals(SQLITE)) return 'register';
  if (start.subarray(0, ZIP.length).equals(ZIP)) return 'xlsx';
  if (filePath.toLowerCase().endsWith('.csv')) return 'csv';
  return 'exchange';
}

function firstBytes(filePath: string, count: number): Buffer {
  const buffer = Buffer.alloc(count);
  let handle: number;
  try {
    handle = openSync(filePath, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RegisterError('not-found', 'does not exist');
    throw new RegisterError('io', `cannot be read (${code ?? (error as Error).message})`);
  }
  try {
    const read = readSync(handle, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RegisterError(code === 'EISDIR' ? 'invalid-file' : 'io', code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? ''})`);
  } finally {
    closeSync(handle);
  }
}
