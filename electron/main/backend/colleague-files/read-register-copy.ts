// A colleague's whole register file (`.ropa`) as a source of updates: never opened for writing. SQLite copies it
// (VACUUM INTO, from a read-only connection) to a temporary file, which is upgraded if it is older and read there.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { describeSqliteError, openRegisterDatabase } from '../db/connection.ts';
import { inspectFile, ROPA_APPLICATION_ID } from '../db/file-header.ts';
import { createRepositories } from '../repositories/index.ts';
import { readRegisterDocument } from '../repositories/register-document.ts';

/** The register in `filePath` as an exchange document, read from a copy; the file itself is left as it is. */
export function readRegisterCopy(filePath: string, now: () => Date): ExchangeDocument {
  const header = inspectFile(filePath);
  if (header.kind === 'missing') throw refuse('not-found', 'files:fileMissing');
  if (header.kind !== 'sqlite' || header.applicationId !== ROPA_APPLICATION_ID) {
    throw refuse('invalid-file', 'files:notAColleagueFile');
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-colleague-'));
  const copyPath = path.join(folder, 'colleague.ropa');
  try {
    copyReadOnly(filePath, copyPath);
    // Upgrades the copy if the colleague's app was older; refuses one from a newer app, as opening would.
    const { db } = openRegisterDatabase(copyPath, { now });
    try {
      // The copy is this reader's alone: no transaction is needed for one consistent picture.
      return readRegisterDocument(createRepositories(db), now());
    } finally {
      db.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function copyReadOnly(filePath: string, copyPath: string): void {
  let source: Database.Database | undefined;
  try {
    source = new Database(filePath, { readonly: true, fileMustExist: true });
    source.prepare('VACUUM INTO ?').run(copyPath);
  } catch (error) {
    throw describeSqliteError(error) ?? error;
  } finally {
    source?.close();
  }
}
