// A write that failed for want of space, told apart in one place and said in the same words everywhere: the
// register's own writes, its backups, and every document the app saves (report, privacy policy, colleague file).
import { refuse, type RefusalKey } from '../../../../shared/refusals/refusals.ts';
import type { RegisterError } from '../../../../shared/result.ts';

/** What every message says when the disk is full. */
export const DISK_FULL = 'the disk is full';

/**
 * True when `error` is a write refused for want of space: the system's ENOSPC, SQLite's SQLITE_FULL (and any extended
 * code of it), or a message saying so where the code was lost on the way (an error passed on by a worker, or
 * SQLite's refusal already put into words by `describeSqliteError`).
 */
export function isDiskFull(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOSPC' || (typeof code === 'string' && code.startsWith('SQLITE_FULL'))) return true;
  return error instanceof Error && /disk is full/i.test(error.message);
}

/** Why something was not written, for a message: "the disk is full", or the error's own words. */
export function whyNotWritten(error: unknown): string {
  if (isDiskFull(error)) return DISK_FULL;
  return error instanceof Error ? error.message : String(error);
}

/** The documents saved, as the English message names them; each has its own sentences in the catalogue. */
export type NotSavedDocument = 'The report' | 'The privacy policy' | 'The file';

const NOT_SAVED: Readonly<Record<NotSavedDocument, { diskFull: RefusalKey; other: RefusalKey }>> = {
  'The report': { diskFull: 'files:reportNotSavedDiskFull', other: 'files:reportNotSaved' },
  'The privacy policy': { diskFull: 'files:policyNotSavedDiskFull', other: 'files:policyNotSaved' },
  'The file': { diskFull: 'files:colleagueFileNotSavedDiskFull', other: 'files:colleagueFileNotSaved' },
};

/**
 * The refusal of a document that could not be saved to `target`. Documents are written whole or not at all
 * (atomic-write.ts), which is why the message can promise that nothing was left behind.
 */
export function notSaved(what: NotSavedDocument, target: string, error: unknown): RegisterError {
  if (isDiskFull(error)) return refuse('io', NOT_SAVED[what].diskFull, { target }, 'path');
  return refuse('io', NOT_SAVED[what].other, { target, reason: whyNotWritten(error) }, 'path');
}
