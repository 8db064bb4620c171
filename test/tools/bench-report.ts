// The register report's figures for `npm run bench`: the report of N activities (pages per second, peak memory)
// against a baseline in the same run, pdfmake rendering one plain table of the same rows. Each measurement runs in a
// process of its own (bench-report-child.ts) so that peak memory is the report's alone.
//   node test/tools/bench-report.ts [--activities 1000,5000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { createRegisterStoreFile, openRegisterStore } from '../../electron/main/backend/session/register-store.ts';
import { generateRegister } from './generate-register.ts';
import { exchangeFileFromText } from '../../electron/main/backend/services/exchange.ts';

/** `printed`: activities in the PDF (drafts included; retired ones never are). */
type Measured = { ms: number; pages: number; printed: number; maxRssMb: number };

export type ReportFigures = {
  activities: number;
  report: Measured;
  baseline: Measured;
};

const dependencies = { actor: 'bench', clock: () => new Date('2026-11-20T12:00:00Z'), newId: () => crypto.randomUUID() };
const child = fileURLToPath(new URL('./bench-report-child.ts', import.meta.url));

function measure(args: string[]): Measured {
  const run = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench-report-child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string);
}

export function measureRegisterReports(sizes: number[]): ReportFigures[] {
  return sizes.map((activities) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-report-'));
    try {
      const document = generateRegister({ activities, seed: 7, organisations: 1 });
      const json = path.join(folder, 'register.ropa.json');
      const text = serialiseExchangeDocument(document);
      writeFileSync(json, text);
      const register = path.join(folder, 'register.ropa');
      createRegisterStoreFile(register, document.register, dependencies);
      const store = openRegisterStore(register, dependencies);
      store.services.exchange.importRegister(exchangeFileFromText(text, 'register.ropa.json'));
      store.close();
      const report = measure(['--mode', 'report', '--register', register, '--out', path.join(folder, 'report.pdf')]);
      const baseline = measure(['--mode', 'baseline', '--json', json]);
      return { activities, report, baseline };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

export function describeReportFigures(figures: ReportFigures[]): string {
  const lines = ['register report (PDF, English), each in a process of its own:'];
  for (const { activities, report, baseline } of figures) {
    const rate = (pages: number, ms: number) => (pages / (ms / 1000)).toFixed(0);
    lines.push(
      `  ${activities} activities (${report.printed} printed): report ${(report.ms / 1000).toFixed(1)} s, ${report.pages} pages (${rate(report.pages, report.ms)} pages/s), peak ${report.maxRssMb.toFixed(0)} MB`,
      `  ${' '.repeat(String(activities).length)}             baseline (one plain table of the same rows) ${(baseline.ms / 1000).toFixed(1)} s, ${baseline.pages} pages (${rate(baseline.pages, baseline.ms)} pages/s), peak ${baseline.maxRssMb.toFixed(0)} MB`,
    );
  }
  const [small, large] = figures;
  if (small !== undefined && large !== undefined) {
    const scale = large.activities / small.activities;
    lines.push(
      `  ${large.activities}/${small.activities} time ratio ${(large.report.ms / small.report.ms).toFixed(2)} for ${scale}× the activities (target ≤ ${(scale * 1.1).toFixed(1)}); targets: ${small.activities} ≤ 10 s, peak ≤ 1024 MB`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  const sizes = (values.activities ?? '1000,5000').split(',').map(Number);
  console.log(describeReportFigures(measureRegisterReports(sizes)));
}
