// The history's figure for `npm run bench`: a register of 5,000 activities whose audit log holds 50,000 entries (the
// import, then nine bulk edits of every activity, an hour apart), rebuilt as of a moment half-way through its history,
// against the export of the same register now: the same backend, the same run, medians of 3.
//   node test/tools/bench-history.ts [--activities 5000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { timestamp } from '../../shared/model/dates.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import { invoke, noDialogs } from './bench-merge.ts';
import { generateRegister } from './generate-register.ts';

export type HistoryFigures = { activities: number; entries: number; exportMs: number; asOfMs: number; ratio: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function measureHistory(activities: number): Promise<HistoryFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-history-'));
  let now = new Date('2026-01-05T09:00:00Z');
  const backend = createBackend({ dataDir: folder, host: noDialogs, clock: () => new Date(now) });
  try {
    await invoke(backend, 'createFile', { path: path.join(folder, 'register.ropa'), name: 'Bench', defaultLanguage: 'en' });
    const document = generateRegister({ activities, seed: 19, organisations: 1 });
    await invoke(backend, 'importRegister', { text: serialiseExchangeDocument(document), fileName: 'bench.ropa.json' });
    const ids = document.activities.map((activity) => activity.id);
    let middle = '';
    for (let edit = 1; edit <= 9; edit++) {
      now = new Date(now.getTime() + 3_600_000);
      if (edit === 5) middle = timestamp(now);
      await invoke(backend, 'bulkEditActivities', { ids, change: { owner: `Owner after edit ${edit}` } });
    }
    const entries = (await invoke<unknown[]>(backend, 'listAudit', { limit: 1_000_000 })).length;
    const exportMs = await timed(() => invoke(backend, 'exportRegister', {}));
    const asOfMs = await timed(() => invoke(backend, 'exportRegisterAsOf', { at: middle }));
    return { activities, entries, exportMs, asOfMs, ratio: asOfMs / exportMs };
  } finally {
    backend.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function describeHistoryFigures(figures: HistoryFigures): string {
  return [
    `the register as of a date, ${figures.activities} activities, ${figures.entries} audit log entries, median of 3:`,
    `  export now            ${figures.exportMs.toFixed(0)} ms`,
    `  rebuilt as of a date  ${figures.asOfMs.toFixed(0)} ms`,
    `  ratio                 ${figures.ratio.toFixed(2)} (target ≤ 3)`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describeHistoryFigures(await measureHistory(Number(values.activities ?? 5000))));
}
