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

/** The locale variables of a `ropa` run: English (C) whatever the machine's, unless a test gives its own (`{ LANG: 'bg_BG.UTF-8' }`). */
export type Locale = { LC_ALL?: string; LC_MESSAGES?: string; LANG?: string };

export function localeEnvironment(locale: Locale = {}): Record<string, string | undefined> {
  return { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8', ...locale };
}

/**
 * Runs the `ropa` command line as a person would (a separate process started from the package's `bin`), with its
 * settings in a temp folder, in the C locale unless `locale` names another.
 */
export function ropa(args: string[], options: { cwd?: string; stateDir?: string; locale?: Locale } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'electron/cli/ropa.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...localeEnvironment(options.locale),
      XDG_STATE_HOME: options.stateDir ?? tempDir('ropa-state-'),
      NODE_COMPILE_CACHE: compileCache,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'ropa-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
