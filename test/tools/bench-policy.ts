// The privacy policy's figures for `npm run bench`: the policy of a register of N activities written as HTML,
// Markdown and PDF through the backend (read the register, build, render, write), median of 3 runs each.
//   node test/tools/bench-policy.ts [--activities 1000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import { generateRegister } from './generate-register.ts';

export type PolicyFigures = { activities: number; publicActivities: number; htmlMs: number; markdownMs: number; pdfMs: number; pdfPages: number };

const noDialogs = { nativeDialogs: false, chooseRegisterToOpen: async () => null, chooseRegisterToCreate: async () => null };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function measurePrivacyPolicy(activities: number): Promise<PolicyFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-policy-'));
  const backend = createBackend({ dataDir: folder, host: noDialogs });
  try {
    const document = generateRegister({ activities, seed: 11, organisations: 1 });
    const created = await backend.invoke('createFile', { path: path.join(folder, 'register.ropa'), name: 'Bench', defaultLanguage: 'en' });
    if (!created.ok) throw new Error(created.error.message);
    const imported = await backend.invoke('importRegister', { text: serialiseExchangeDocument(document), fileName: 'bench.ropa.json' });
    if (!imported.ok) throw new Error(imported.error.message);
    const timeExport = async (format: 'html' | 'md' | 'pdf') => {
      const runs: number[] = [];
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        // Timed is the writing of the policy: a generated register's errors must not hold it back.
        const result = await backend.invoke('exportPolicy', { language: 'en', format, path: path.join(folder, `policy-${run}.${format}`), ignoreChecks: true });
        if (!result.ok) throw new Error(result.error.message);
        runs.push(performance.now() - start);
      }
      return median(runs);
    };
    const publicActivities = document.activities.filter((activity) => activity.status === 'active' && activity.public && activity.role !== 'processor').length;
    const htmlMs = await timeExport('html');
    const markdownMs = await timeExport('md');
    const pdfMs = await timeExport('pdf');
    const { execFileSync } = await import('node:child_process');
    const pdfPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(folder, 'policy-0.pdf')], { encoding: 'utf8' }))?.[1] ?? Number.NaN);
    return { activities, publicActivities, htmlMs, markdownMs, pdfMs, pdfPages };
  } finally {
    backend.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function describePolicyFigures(figures: PolicyFigures): string {
  return [
    `privacy policy of ${figures.activities} activities (${figures.publicActivities} active, public, as controller), through the backend, median of 3:`,
    `  HTML       ${figures.htmlMs.toFixed(0)} ms (target ≤ 1000)`,
    `  Markdown   ${figures.markdownMs.toFixed(0)} ms`,
    `  PDF        ${figures.pdfMs.toFixed(0)} ms, ${figures.pdfPages} pages`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describePolicyFigures(await measurePrivacyPolicy(Number(values.activities ?? 1000))));
}
