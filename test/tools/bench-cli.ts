// How fast `ropa` starts, against Node itself in the same run: `ropa --version` against `node -e 0` (target: at most
// 2x), and, for information, `ropa --help` and `ropa check` of a small register (the demo register, 9 activities) with
// Node's compile cache warm, disabled, and empty (the first run after an install or an upgrade of Node).
// Each figure is the median of alternating runs, as separate processes, as a person runs them.
// Run alone: node test/tools/bench-cli.ts [--runs 9]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../support/fixtures.ts';

export type CliFigures = {
  runs: number;
  activities: number;
  /** Medians, in milliseconds. */
  nodeMs: number;
  versionMs: number;
  helpMs: number;
  checkMs: number;
  checkNoCacheMs: number;
  /** One run each: the first `ropa --version` and `ropa check` into an empty compile cache. */
  versionColdMs: number;
  checkColdMs: number;
};

/** What `npx ropa` runs: package.json's bin. */
const ropaBin = path.join(repoRoot, 'electron/cli/ropa.js');
const demo = path.join(repoRoot, 'resources/demo/bytheway-en.ropa.json');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** One process, timed from spawn to exit. `ropa check` exits 4 when it finds an error: that is its answer. */
function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (run.status !== 0 && run.status !== 4) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

export function measureCliStart(runs = 9): CliFigures {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-cli-'));
  try {
    // The runs share one compile cache of their own, so that the figures do not depend on what ran before the bench.
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_STATE_HOME: path.join(dir, 'state'), NODE_COMPILE_CACHE: path.join(dir, 'compile-cache') };
    delete env['NODE_DISABLE_COMPILE_CACHE'];
    const register = path.join(dir, 'demo.ropa');
    const coldVersion = timed([ropaBin, '--version'], env);
    timed([ropaBin, 'init', register], env);
    timed([ropaBin, 'import', register, demo], env);
    const coldCheck = timed([ropaBin, 'check', register], { ...env, NODE_COMPILE_CACHE: path.join(dir, 'cold-cache') });
    const samples = { node: [] as number[], version: [] as number[], help: [] as number[], check: [] as number[], checkNoCache: [] as number[] };
    timed([ropaBin, 'check', register], env); // fills the shared cache with what `check` loads
    for (let run = 0; run < runs; run += 1) {
      samples.node.push(timed(['-e', '0'], env));
      samples.version.push(timed([ropaBin, '--version'], env));
      samples.help.push(timed([ropaBin, 'check', '--help'], env));
      samples.check.push(timed([ropaBin, 'check', register], env));
      samples.checkNoCache.push(timed([ropaBin, 'check', register], { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }));
    }
    return {
      runs,
      activities: 9,
      nodeMs: median(samples.node),
      versionMs: median(samples.version),
      helpMs: median(samples.help),
      checkMs: median(samples.check),
      checkNoCacheMs: median(samples.checkNoCache),
      versionColdMs: coldVersion,
      checkColdMs: coldCheck,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describeCliFigures(figures: CliFigures): string {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  return [
    `ropa start-up, median of ${figures.runs} alternating runs (each a new process):`,
    `  node -e 0                 ${ms(figures.nodeMs)}`,
    `  ropa --version            ${ms(figures.versionMs)}`,
    `  ratio                     ${(figures.versionMs / figures.nodeMs).toFixed(2)} (target ≤ 2)`,
    `  ropa check --help         ${ms(figures.helpMs)}`,
    `  ropa check, ${figures.activities} activities ${ms(figures.checkMs)} (compile cache warm); ${ms(figures.checkNoCacheMs)} with NODE_DISABLE_COMPILE_CACHE=1`,
    `  first runs, empty cache   ropa --version ${ms(figures.versionColdMs)}, ropa check ${ms(figures.checkColdMs)} (one run each)`,
  ].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  console.log(describeCliFigures(measureCliStart(Number(values.runs ?? 9))));
}
