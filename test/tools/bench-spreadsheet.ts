// The spreadsheet figures for `npm run bench`: a 5,000-activity register exported as the XLSX template, then read
// back through the backend as the app reads a colleague's file (in the reading worker): previewed against the
// register it came from (nothing changed), and imported into an empty register.
//   node test/tools/bench-spreadsheet.ts [--activities 5000]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import { invoke, noDialogs } from './bench-merge.ts';
import { generateRegister } from './generate-register.ts';

export type SpreadsheetFigures = { activities: number; megabytes: number; exportMs: number; previewMs: number; importMs: number };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

export async function measureSpreadsheet(activities: number): Promise<SpreadsheetFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-xlsx-'));
  const backend = createBackend({ dataDir: folder, host: noDialogs });
  try {
    await invoke(backend, 'createFile', { path: path.join(folder, 'register.ropa'), name: 'Bench', defaultLanguage: 'en' });
    await invoke(backend, 'importRegister', {
      text: serialiseExchangeDocument(generateRegister({ activities, seed: 21, organisations: 1 })),
      fileName: 'bench.ropa.json',
    });
    const file = path.join(folder, 'register.xlsx');
    const exported = await timed(() => invoke(backend, 'exportForColleague', { format: 'xlsx', path: file }));
    const preview = await timed(() => invoke(backend, 'previewMerge', { path: file }));
    await invoke(backend, 'createFile', { path: path.join(folder, 'empty.ropa'), name: 'Empty', defaultLanguage: 'en' });
    const imported = await timed(() => invoke(backend, 'importRegister', { path: file }));
    return { activities, megabytes: statSync(file).size / (1024 * 1024), exportMs: exported.ms, previewMs: preview.ms, importMs: imported.ms };
  } finally {
    backend.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function describeSpreadsheetFigures(figures: SpreadsheetFigures): string {
  return [
    `XLSX template of ${figures.activities} activities (${figures.megabytes.toFixed(1)} MiB), through the backend:`,
    `  export                     ${figures.exportMs.toFixed(0)} ms`,
    `  preview against its source ${figures.previewMs.toFixed(0)} ms (read in the worker, compared: nothing to merge)`,
    `  import into an empty one   ${figures.importMs.toFixed(0)} ms`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describeSpreadsheetFigures(await measureSpreadsheet(Number(values.activities ?? 5000))));
}
