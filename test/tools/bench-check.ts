// The register checks against the export of the same register, in the same run: `ropa check` and `ropa export` as a
// person runs them (separate processes, median of alternating runs), and the two in the backend alone (the register
// open, no process start). Target: check at most 1x export. Run alone: node test/tools/bench-check.ts [--activities 5000]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import { repoRoot } from '../support/fixtures.ts';
import { generateRegister } from './generate-register.ts';

export type CheckFigures = {
  activities: number;
  findings: number;
  /** Medians, in milliseconds. */
  cliCheckMs: number;
  cliExportMs: number;
  backendCheckMs: number;
  backendExportMs: number;
};

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `ropa` with its standard output into `stdoutFile` (as `ropa check --json > findings.json` does), timed. */
function timedCli(args: string[], stateDir: string, stdoutFile = '/dev/null'): number {
  const out = openSync(stdoutFile, 'w');
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'electron/cli/ropa.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, XDG_STATE_HOME: stateDir },
    stdio: ['ignore', out, 'pipe'],
  });
  const elapsed = performance.now() - start;
  closeSync(out);
  // `ropa check` exits 4 when it finds an error: that is its answer, not a failure.
  if (run.status !== 0 && run.status !== 4) throw new Error(`ropa ${args.join(' ')} failed: ${run.stderr}`);
  return elapsed;
}

async function timedBackend(backend: ReturnType<typeof createBackend>, name: 'checkRegister' | 'exportRegister'): Promise<number> {
  const start = performance.now();
  const result = await backend.invoke(name, {});
  const elapsed = performance.now() - start;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return elapsed;
}

export async function measureChecks(activities: number): Promise<CheckFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-check-'));
  try {
    const source = path.join(dir, 'register.ropa.json');
    writeFileSync(source, serialiseExchangeDocument(generateRegister({ activities, seed: 13 })));
    const register = path.join(dir, 'register.ropa');
    const stateDir = path.join(dir, 'state');
    timedCli(['init', register], stateDir);
    timedCli(['import', register, source], stateDir);
    timedCli(['check', register, '--json'], stateDir); // the first open takes the day's backup: not what is measured

    const cliCheck: number[] = [];
    const cliExport: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      cliCheck.push(timedCli(['check', register, '--json'], stateDir, path.join(dir, `findings-${run}.json`)));
      cliExport.push(timedCli(['export', register, '--out', path.join(dir, `export-${run}.ropa.json`)], stateDir));
    }

    const backend = createBackend({
      dataDir: path.join(dir, 'backend'),
      host: { nativeDialogs: false, chooseRegisterToOpen: async () => null, chooseRegisterToCreate: async () => null },
    });
    try {
      const opened = await backend.invoke('openFile', { path: register });
      if (!opened.ok) throw new Error(opened.error.message);
      const backendCheck: number[] = [];
      const backendExport: number[] = [];
      let findings = 0;
      for (let run = 0; run < RUNS; run++) {
        backendCheck.push(await timedBackend(backend, 'checkRegister'));
        backendExport.push(await timedBackend(backend, 'exportRegister'));
      }
      const checked = await backend.invoke('checkRegister', {});
      if (checked.ok) findings = (checked.value as { findings: unknown[] }).findings.length;
      return {
        activities,
        findings,
        cliCheckMs: median(cliCheck),
        cliExportMs: median(cliExport),
        backendCheckMs: median(backendCheck),
        backendExportMs: median(backendExport),
      };
    } finally {
      backend.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describeCheckFigures(figures: CheckFigures): string {
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return [
    `register checks of ${figures.activities} activities (${figures.findings} findings), median of ${RUNS} alternating runs:`,
    `  ropa check --json     ${figures.cliCheckMs.toFixed(0)} ms (the findings written to a file)`,
    `  ropa export           ${figures.cliExportMs.toFixed(0)} ms`,
    `  ratio                 ${ratio(figures.cliCheckMs, figures.cliExportMs)} (target ≤ 1)`,
    `  in the backend: checkRegister ${figures.backendCheckMs.toFixed(0)} ms, exportRegister ${figures.backendExportMs.toFixed(0)} ms (ratio ${ratio(figures.backendCheckMs, figures.backendExportMs)})`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describeCheckFigures(await measureChecks(Number(values.activities ?? 5000))));
}
