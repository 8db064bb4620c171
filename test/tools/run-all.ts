// `npm test`: lint, typecheck, unit + integration (vitest), end to end (Playwright), then one plain
// `N passed, N failed` line that CI reads, and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
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

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

function vitest(): void {
  const file = path.join(reports, 'vitest.json');
  rmSync(file, { force: true });
  const succeeded = run('unit and integration tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(file);
  if (report === undefined) {
    total.failed++;
    return;
  }
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests + (succeeded || report.numFailedTests > 0 ? 0 : 1);
  total.skipped += report.numPendingTests + report.numTodoTests;
}

function playwright(): void {
  const file = path.join(reports, 'playwright.json');
  rmSync(file, { force: true });
  const succeeded = run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], );
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(file);
  if (report === undefined) {
    total.failed++;
    return;
  }
  total.passed += report.stats.expected + report.stats.flaky;
  total.failed += report.stats.unexpected + (succeeded || report.stats.unexpected > 0 ? 0 : 1);
  total.skipped += report.stats.skipped;
}

process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] = path.join(reports, 'playwright.json');
check('lint', 'npx', ['eslint', '.']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
vitest();
check('build', 'npx', ['electron-vite', 'build']);
playwright();

process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}\n`);
process.exitCode = total.failed === 0 ? 0 : 1;
