import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

export type CliRun = { status: number | null; stdout: string; stderr: string };

/** Runs the `ropa` command line as a person would (a separate process), with its settings in a temp folder. */
export function ropa(args: string[], options: { cwd?: string; stateDir?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'electron/cli/ropa.ts'), ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, XDG_STATE_HOME: options.stateDir ?? tempDir('ropa-state-') },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'ropa-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
