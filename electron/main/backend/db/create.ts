// Creating a register file without ever overwriting one: the database is built under a temporary name in the same
// folder and then linked into place, which fails if the name was taken in the meantime. A half-made register is
// never left under the person's chosen name.
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { RegisterError } from '../../../../shared/result.ts';
import { initialiseRegisterDatabase, type Connection, type ConnectionOptions } from './connection.ts';
import { inspectFile } from './file-header.ts';

function alreadyExists(): RegisterError {
  return refuse('invalid-input', 'files:newRegisterExists', {}, 'path');
}

export function createRegisterFile(filePath: string, initialise: (db: Connection) => void, options: ConnectionOptions = {}): void {
  const existing = inspectFile(filePath);
  if (existing.kind === 'folder') throw refuse('invalid-input', 'files:newRegisterIsFolder', {}, 'path');
  // A zero-byte file holds nothing to lose (some save dialogs create one); anything else is someone's file.
  if (existing.kind !== 'missing' && existing.kind !== 'empty') throw alreadyExists();

  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(4).toString('hex')}.creating`);
  try {
    initialiseRegisterDatabase(temporary, initialise, options);
    if (existing.kind === 'empty') renameSync(temporary, filePath);
    else placeWithoutOverwriting(temporary, filePath);
  } finally {
    for (const leftover of [temporary, `${temporary}-journal`]) {
      try {
        unlinkSync(leftover);
      } catch {
        // Moved into place, or never written.
      }
    }
  }
}

function placeWithoutOverwriting(from: string, to: string): void {
  try {
    linkSync(from, to);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists();
    // File systems without hard links (FAT, exFAT, some shares) get an exclusive copy instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EMLINK') throw error;
  }
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists();
    throw error;
  }
}
