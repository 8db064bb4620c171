// Writing a file so that a reader (or a crash, or a full disk) never sees half of it: the bytes go to a temporary
// file in the same folder (a rename is atomic only within one file system), are flushed to disk, and the temporary
// file is then renamed over the target. Used for settings.json here, and by the CLI and the app for exports.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Flushes the folder entry of a rename to disk; folders cannot be opened on Windows, where the rename is durable anyway. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const handle = openSync(folder, 'r');
    try {
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
  } catch {
    // Some file systems (network shares) refuse to fsync a folder; the file's own bytes are already on disk.
  }
}

/** On Windows a virus scanner or indexer can hold the target for a moment; a rename is retried briefly. */
const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = process.platform === 'win32' ? 5 : 1;

function renameWithRetry(from: string, to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RETRYABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
    }
  }
}

/** Replaces `target` with `data` all at once; on any failure the target is untouched and no temporary file is left. */
export function writeFileAtomicallySync(target: string, data: string | Uint8Array): void {
  const temporary = temporaryPathFor(target);
  try {
    const handle = openSync(temporary, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(handle, bytes, written, bytes.length - written);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameWithRetry(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed, or never created: nothing to clean up.
    }
    throw error;
  }
  syncFolder(path.dirname(target));
}

/** The asynchronous form of {@link writeFileAtomicallySync}, for large exports written while the app stays responsive. */
export async function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameAsyncWithRetry(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  syncFolder(path.dirname(target));
}

async function renameAsyncWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RETRYABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
