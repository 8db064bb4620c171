// What every refused file must leave behind, whether `ropa` ran as a process or in-process: one line naming the file
// and the reason, exit code 1, the register's bytes unchanged, and no backup taken for an import that never began.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { sha256, type CliRun } from '../../support/cli.ts';

/** `importing` runs `ropa import` of `target` into `register`, as the caller's test runs the CLI. */
export async function expectImportRefused(register: string, target: string, message: RegExp, importing: () => CliRun | Promise<CliRun>): Promise<void> {
  const before = sha256(register);
  const run = await importing();
  expect(run.status).toBe(1);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(target);
  expect(run.stderr).toMatch(message);
  expect(sha256(register)).toBe(before);
  const backups = path.join(path.dirname(register), 'register.backups');
  expect(existsSync(backups) && readdirSync(backups).some((entry) => entry.endsWith('-import.ropa'))).toBe(false);
}
