// One writer per register: while a RoPA Desk window or command writes to a register, a small lock file beside it
// (`.Acme.ropa.lock`) says who. Another one opening the register learns that at once, and can open it read-only,
// instead of meeting "database is locked" in the middle of a save. A lock left by a process that no longer runs on
// this computer (killed, crashed) is taken over.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { RegisterError } from '../../../../shared/result.ts';

type LockOwner = { pid: number; host: string; since: string; token?: string };

/** The locks this process holds (by token): its own pid in a lock does not make that lock stale while listed here. */
const heldHere = new Set<string>();

export function lockPathOf(registerPath: string): string {
  return path.join(path.dirname(registerPath), `.${path.basename(registerPath)}.lock`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string') return parsed as LockOwner;
  } catch {
    /* Unreadable or half written: treated as no owner. */
  }
  return undefined;
}

/** Takes the register for this process, or refuses with `in-use`, saying who has it. Returns the release. */
export function takeWriterLock(registerPath: string, now: Date): () => void {
  const lockPath = lockPathOf(registerPath);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const token = randomUUID();
      const handle = openSync(lockPath, 'wx');
      writeSync(handle, JSON.stringify({ pid: process.pid, host: os.hostname(), since: now.toISOString(), token }));
      closeSync(handle);
      heldHere.add(token);
      // Only our own lock is removed, whatever lies there by then.
      return () => {
        heldHere.delete(token);
        if (readOwner(lockPath)?.token === token) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder that cannot be written to, or none: no lock can be taken, and SQLite says what is wrong with the file.
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOENT' || code === 'ENOTDIR') return () => undefined;
      if (code !== 'EEXIST') throw error;
    }
    const owner = readOwner(lockPath);
    const stale =
      owner === undefined || (owner.host === os.hostname() && (owner.pid === process.pid ? !heldHere.has(owner.token ?? '') : !isRunning(owner.pid)));
    if (!stale) throw inUse(owner, lockPath);
    rmSync(lockPath, { force: true });
  }
  throw inUse(readOwner(lockPath), lockPath);
}

/** Said after the register's name ("acme.ropa: is open in another RoPA Desk …"), as the refusals of a file are. */
function inUse(owner: LockOwner | undefined, lockPath: string): RegisterError {
  const lockFile = path.basename(lockPath);
  if (owner === undefined) return refuse('in-use', 'register:openInAnotherRopaDesk', { lockFile });
  if (owner.host === os.hostname()) return refuse('in-use', 'register:openInAnotherProcess', { pid: owner.pid, since: owner.since, lockFile });
  return refuse('in-use', 'register:openOnAnotherComputer', { host: owner.host, since: owner.since, lockFile });
}
