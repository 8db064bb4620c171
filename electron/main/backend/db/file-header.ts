// What a file is, read from its first 100 bytes without handing it to SQLite: opening a file that is not ours
// with SQLite could roll back a foreign journal or change its journal mode, and the promise is to leave it untouched.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** `PRAGMA application_id` of every RoPA Desk register: the bytes "RoPA", so a random SQLite file is told apart. */
export const ROPA_APPLICATION_ID = 0x526f5041;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

export type FileKind =
  { kind: 'missing' } | { kind: 'folder' } | { kind: 'empty' } | { kind: 'not-sqlite' } | { kind: 'sqlite'; applicationId: number; userVersion: number };

export function inspectFile(filePath: string): FileKind {
  let size: number;
  try {
    const stats = statSync(filePath);
    if (stats.isDirectory()) return { kind: 'folder' };
    size = stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (size === 0) return { kind: 'empty' };
  if (size < HEADER_BYTES) return { kind: 'not-sqlite' };
  const header = readFirstBytes(filePath, HEADER_BYTES);
  if (!header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return { kind: 'not-sqlite' };
  return {
    kind: 'sqlite',
    applicationId: header.readInt32BE(APPLICATION_ID_OFFSET),
    userVersion: header.readInt32BE(USER_VERSION_OFFSET),
  };
}

/** The first `count` bytes of a file (fewer if it is shorter); fs errors (ENOENT, EISDIR, …) are thrown as they are. */
export function readFirstBytes(filePath: string, count: number): Buffer {
  const buffer = Buffer.alloc(count);
  const handle = openSync(filePath, 'r');
  try {
    return buffer.subarray(0, readSync(handle, buffer, 0, count, 0));
  } finally {
    closeSync(handle);
  }
}
