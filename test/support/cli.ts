import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

export type CliRun = { status: number | null; stdout: string; stderr: string };

/**
 * Node's compile cache for every `ropa` the tests start, shared by the test processes of one run: the backend's
 * TypeScript is stripped and compiled once, as on a person's machine after the first `ropa`.
 */
const compileCache = path.join(os.tmpdir(), 'ropa-test-compile-cache');

/**
 * Runs the `ropa` command line as a person would (a separate process started from the package's `bin`), with its
 * settings in a temp folder.
 */
export function ropa(args: string[], options: { cwd?: string; stateDir?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'electron/cli/ropa.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, XDG_STATE_HOME: options.stateDir ?? tempDir('ropa-state-'), NODE_COMPILE_CACHE: compileCache },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'ropa-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
