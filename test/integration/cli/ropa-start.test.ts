// How `ropa` starts: the package's bin prints the version and the help without the backend, each command loads only
// what it uses (no spreadsheet or PDF library for `ropa check`), and `npx ropa` works from the project's folder.
// What a process loads is read through a module hook (module-trace.ts), never from how long it took.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
import { COMMAND_HELP } from '../../../electron/cli/usage.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { localeEnvironment, ropa, tempDir } from '../../support/cli.ts';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string; bin: { ropa: string } };
const bin = path.join(repoRoot, manifest.bin.ropa);

type Run = { status: number | null; stdout: string; stderr: string; modules: string[] };

/** Runs the bin as npm links it (`node <bin>`), in a temp state folder, and lists the modules it loaded. */
function traced(args: string[]): Run {
  const dir = tempDir('ropa-start-');
  const trace = path.join(dir, 'modules.txt');
  const run = spawnSync(process.execPath, ['--import', path.join(import.meta.dirname, 'module-trace.ts'), bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...localeEnvironment(), XDG_STATE_HOME: dir, ROPA_TRACE_MODULES: trace, NODE_COMPILE_CACHE: path.join(dir, 'cache') },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, modules: readFileSync(trace, 'utf8').split('\n').filter(Boolean) };
}

/** The line of the help that introduces a command: `  backups list <register.ropa>`, `  check <register.ropa> …`. */
const helpLine = (command: string) => new RegExp(`^  ${command} `, 'm');
async function inProcess(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, { ...process.env, ...localeEnvironment() });
  return { status, stdout, stderr };
}

const backendModules = (run: Run) => run.modules.filter((url) => url.includes('/electron/main/backend/'));
const packagesLoaded = (run: Run) => new Set(run.modules.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));

describe('ropa --version and --help', () => {
  it('prints the version of package.json and exits 0, loading nothing of the backend', () => {
    const run = traced(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${manifest.version}\n`);
    expect(run.stderr).toBe('');
    expect(backendModules(run)).toEqual([]);
    expect(packagesLoaded(run)).toEqual(new Set());
  });

  it('lists every command in the help, loading nothing of the backend nor the catalogue of messages', () => {
    const run = traced(['--help']);
    expect(run.status).toBe(0);
    for (const command of Object.keys(COMMAND_HELP)) expect(run.stdout).toMatch(helpLine(command));
    expect(backendModules(run)).toEqual([]);
    expect(packagesLoaded(run)).toEqual(new Set());
    expect(run.modules.filter((url) => url.includes('/electron/cli/i18n.ts') || url.includes('/electron/cli/locales/'))).toEqual([]);
  });

  // In this process: the help of each command is plain text, and the spawned runs above show the process side.
  it.each(Object.keys(COMMAND_HELP))("prints the help of '%s' alone with ropa <command> --help", async (command) => {
    const run = await inProcess([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(helpLine(command));
    for (const other of Object.keys(COMMAND_HELP).filter((name) => name !== command)) expect(run.stdout).not.toMatch(helpLine(other));
    expect(run.stdout).toMatch(/^Exit codes: /m);
  });

  it('names an unknown command before asking for its help', async () => {
    const run = await inProcess(['frobnicate', '--help']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate"/);
  });
});

describe('a command loads what it uses', () => {
  let register: string;
  beforeAll(() => {
    register = path.join(tempDir(), 'demo.ropa');
    expect(ropa(['init', register]).status).toBe(0);
    expect(ropa(['import', register, path.join(repoRoot, 'resources/demo/bytheway-en.ropa.json')]).status).toBe(0);
  });

  it('ropa check runs the checks without the spreadsheet and PDF libraries', () => {
    const run = traced(['check', register]);
    expect(run.stderr).toBe('');
    expect([0, 4]).toContain(run.status);
    expect(run.stdout).toMatch(/Error: \d+ · Warning: \d+ · Note: \d+/);
    const loaded = packagesLoaded(run);
    expect(loaded).toContain('better-sqlite3');
    for (const unused of ['exceljs', 'papaparse', 'pdfmake', 'pdf-lib', '@pdf-lib/fontkit', 'yauzl']) expect(loaded, unused).not.toContain(unused);
    // Only the command that ran: no other command's module.
    const commandModules = run.modules.filter((url) => /\/electron\/cli\/[a-z-]+-command\.ts$/.test(url)).map((url) => path.basename(url));
    expect(commandModules).toEqual(['check-command.ts']);
  });
});

describe('the package bin', () => {
  it('is a script with a node shebang, which npm links as `ropa`', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs as `npx ropa` from the project folder right after npm install', () => {
    const npm = spawnSync('npm', ['exec', '--offline', '--', 'ropa', '--version'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, XDG_STATE_HOME: tempDir('ropa-state-') },
    });
    expect(npm.stderr).toBe('');
    expect(npm.stdout.trim()).toBe(manifest.version);
    expect(npm.status).toBe(0);
  });
});
