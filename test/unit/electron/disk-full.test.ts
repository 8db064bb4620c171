// A full disk is told apart in one place (files/disk-full.ts), whichever layer noticed it.
import { describe, expect, it } from 'vitest';
import { DISK_FULL, isDiskFull, notSaved, whyNotWritten } from '../../../electron/main/backend/files/disk-full.ts';
import { RegisterError } from '../../../shared/result.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('a full disk', () => {
  it("is the system's ENOSPC, SQLite's SQLITE_FULL (extended codes too), or a message saying so", () => {
    expect(isDiskFull(withCode('ENOSPC'))).toBe(true);
    expect(isDiskFull(withCode('SQLITE_FULL', 'database or disk is full'))).toBe(true);
    expect(isDiskFull(withCode('SQLITE_FULL_SOMETHING'))).toBe(true);
    // A worker passes errors on as messages; describeSqliteError has already put SQLite's refusal into words.
    expect(isDiskFull(new Error('database or disk is full'))).toBe(true);
    expect(isDiskFull(new RegisterError('io', 'cannot be written: the disk is full; nothing was saved'))).toBe(true);
  });

  it('is not any other failure', () => {
    expect(isDiskFull(withCode('EACCES', 'permission denied'))).toBe(false);
    expect(isDiskFull(withCode('SQLITE_BUSY'))).toBe(false);
    expect(isDiskFull(null)).toBe(false);
    expect(isDiskFull('ENOSPC')).toBe(false);
  });

  it('is said in the same words in every message, and another failure in its own', () => {
    expect(whyNotWritten(withCode('ENOSPC', 'ENOSPC: no space left on device, write'))).toBe(DISK_FULL);
    expect(whyNotWritten(withCode('EACCES', 'permission denied'))).toBe('permission denied');
    const refusal = notSaved('The report', '/d/r.pdf', withCode('ENOSPC'));
    expect(refusal).toMatchObject({ code: 'io', path: 'path', message: 'The report was not saved to /d/r.pdf: the disk is full. No file was left behind' });
  });
});
