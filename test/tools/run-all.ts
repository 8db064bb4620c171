// `npm test`: lint, typecheck, unit + integration (vitest), end to end (Playwright), then one plain
// `N passed, N failed` line that CI reads, and a non-zero exit on any failure.
// `npm run test:long` (node test/tools/run-all.ts --long): the long property and soak tests (vitest project "long") and
// the long end-to-end journeys (@journey), ending with the same kind of line; CI runs both and adds the two lines up.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/fixtures.ts';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const reports = path.join(repoRoot, 'test-output', 'reports');
mkdirSync(reports, { recursive: true });

function run(title: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A step that is one check (lint, typecheck, build): it passes or fails as a whole. */
function check(title: string, command: string, args: string[]): void {
  if (run(title, command, args)) total.passed++;
  else total.failed++;
}

/**
 * Checks that are each one process and read the same files (lint, typecheck, build), run side by side: each is mostly
 * a single busy core, so together they take little more than the longest. Their output is printed one after the other.
 */
async function checksSideBySide(checks: Array<{ title: string; command: string; args: string[] }>): Promise<void> {
  const results = await Promise.all(
    checks.map(
      ({ command, args }) =>
        new Promise<{ ok: boolean; output: string }>((resolve) => {
          let output = '';
          const child = spawn(command, args, { cwd: repoRoot, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('error', (error) => resolve({ ok: false, output: output + String(error) }));
          child.on('close', (status) => resolve({ ok: status === 0, output }));
        }),
    ),
  );
  checks.forEach(({ title, command, args }, index) => {
    const { ok, output } = results[index] as { ok: boolean; output: string };
    process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n${output}`);
    if (ok) total.passed++;
    else total.failed++;
  });
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

type VitestFile = { name: string; status: string; message: string; assertionResults: Array<{ status: string }> };
type VitestReport = { testResults: VitestFile[] };

/** Runs a command, its output shown as it comes and also kept, to be read after. */
function runKeepingOutput(title: string, command: string, args: string[]): { ok: boolean; output: string } {
  process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: repoRoot, env: { ...process.env, FORCE_COLOR: '1' }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * A test file's tally. Vitest reports the tests of a file whose setup failed (a beforeAll that threw or timed out, an
 * import that failed) as skipped, under a message on the file: those count as failed here, not skipped, so a broken
 * setup cannot hide them.
 */
function tallyOf(file: VitestFile): Tally {
  const count = (...statuses: string[]) => file.assertionResults.filter((test) => statuses.includes(test.status)).length;
  const notRun = file.status === 'failed' && file.message !== '' ? Math.max(count('skipped', 'pending'), 1) : 0;
  return { passed: count('passed'), failed: count('failed') + notRun, skipped: Math.max(0, count('skipped', 'pending', 'todo') - notRun) };
}

/**
 * The test files whose worker process died under them: V8 aborts now and then when a process's threads compile code
 * side by side ("Check failed: jit_page.has_value()", nodejs/node#64500), which no test of ours causes or can catch.
 */
function crashedFiles(output: string): string[] {
  const crashed = output.matchAll(/Worker exited unexpectedly with signal \w+ during \w+ state while running test file (\S+?\.test\.tsx?)/g);
  return [...new Set([...crashed].map((match) => match[1] as string))];
}

function vitest(title: string, projects: string[], reportName: string): void {
  const file = path.join(reports, reportName);
  rmSync(file, { force: true });
  const selection = projects.flatMap((project) => ['--project', project]);
  const first = runKeepingOutput(title, 'npx', ['vitest', 'run', ...selection, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson<VitestReport>(file);
  if (report === undefined) {
    total.failed++;
    return;
  }
  // A file whose worker crashed is run once more, alone; its tests count as that run says. A test that fails is never
  // run again: only a process that died.
  const crashed = first.ok ? [] : crashedFiles(first.output);
  let results = report.testResults;
  let succeeded = first.ok;
  if (crashed.length > 0) {
    const again = path.join(reports, `again-${reportName}`);
    rmSync(again, { force: true });
    const rerun = runKeepingOutput(`${crashed.length} test file(s) whose worker crashed, once more`, 'npx', [
      'vitest',
      'run',
      ...selection,
      ...crashed,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${again}`,
    ]);
    const rerunReport = readJson<VitestReport>(again);
    const crashedSet = new Set(crashed.map((name) => path.resolve(name)));
    results = [...results.filter((result) => !crashedSet.has(path.resolve(result.name))), ...(rerunReport?.testResults ?? [])];
    const othersFailed = report.testResults.some((result) => !crashedSet.has(path.resolve(result.name)) && tallyOf(result).failed > 0);
    succeeded = rerun.ok && rerunReport !== undefined && !othersFailed;
    if (rerunReport === undefined) total.failed++;
  }
  const tally = results
    .map(tallyOf)
    .reduce((sum, next) => ({ passed: sum.passed + next.passed, failed: sum.failed + next.failed, skipped: sum.skipped + next.skipped }), {
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  total.passed += tally.passed;
  total.failed += tally.failed + (succeeded || tally.failed > 0 ? 0 : 1);
  total.skipped += tally.skipped;
}

/**
 * The end-to-end tests of `selection`: the everyday ones in `npm test`, the long journeys (tagged @journey: many steps
 * through several screens, each also covered piece by piece by the renderer and integration tests) in test:long.
 */
function playwright(title: string, selection: string[], reportName: string): void {
  const file = path.join(reports, reportName);
  rmSync(file, { force: true });
  process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] = file;
  const succeeded = run(title, 'npx', ['playwright', 'test', ...selection, '--reporter=list,json']);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(file);
  if (report === undefined) {
    total.failed++;
    return;
  }
  total.passed += report.stats.expected + report.stats.flaky;
  total.failed += report.stats.unexpected + (succeeded || report.stats.unexpected > 0 ? 0 : 1);
  total.skipped += report.stats.skipped;
}

const JOURNEY = '@journey';
const started = Date.now();
if (process.argv.includes('--long')) {
  vitest('long property and soak tests', ['long'], 'vitest-long.json');
  check('build', 'npx', ['electron-vite', 'build']);
  playwright('end-to-end journeys', ['--grep', JOURNEY], 'playwright-journeys.json');
} else {
  // The build reads the same sources as lint and the type check and needs neither: all three side by side.
  await checksSideBySide([
    { title: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
    { title: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
    { title: 'build', command: 'npx', args: ['electron-vite', 'build'] },
  ]);
  vitest('unit and integration tests', ['unit', 'renderer', 'integration'], 'vitest.json');
  playwright('end-to-end tests', ['--grep-invert', JOURNEY], 'playwright.json');
}
process.stdout.write(`\n(${Math.round((Date.now() - started) / 1000)} s)\n`);

process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}\n`);
process.exitCode = total.failed === 0 ? 0 : 1;
