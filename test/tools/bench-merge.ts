// The merge's figures for `npm run bench`: two 5,000-activity registers that differ in 1,000 fields, 500 of them
// changed on both sides (conflicts), previewed three-way through the backend, then applied (conflicts: theirs).
//   node test/tools/bench-merge.ts [--activities 5000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import type { Backend } from '../../electron/main/backend/backend.ts';
import { generateRegister } from './generate-register.ts';

export type MergeFigures = { activities: number; differing: number; conflicts: number; previewMs: number; applyMs: number; updated: number };

const noDialogs = { nativeDialogs: false, chooseRegisterToOpen: async () => null, chooseRegisterToCreate: async () => null };

async function invoke<T>(backend: Backend, name: Parameters<Backend['invoke']>[0], input: unknown): Promise<T> {
  const result = await backend.invoke(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** 1,000 fields changed in their copy: owners of 500 activities (also changed by us: conflicts) and 500 retentions. */
function colleagueEdits(exported: ExchangeDocument): ExchangeDocument {
  const theirs = structuredClone(exported);
  theirs.activities.slice(0, 500).forEach((activity, index) => (activity.owner = `HR owner ${index}`));
  theirs.activities.slice(500, 1000).forEach((activity, index) => (activity.retention = `Kept ${index + 1} years`));
  return theirs;
}

export { invoke, noDialogs };

export async function measureMerge(activities: number): Promise<MergeFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-merge-'));
  const backend = createBackend({ dataDir: folder, host: noDialogs });
  try {
    await invoke(backend, 'createFile', { path: path.join(folder, 'register.ropa'), name: 'Bench', defaultLanguage: 'en' });
    await invoke(backend, 'importRegister', {
      text: serialiseExchangeDocument(generateRegister({ activities, seed: 13, organisations: 1 })),
      fileName: 'bench.ropa.json',
    });
    const exported = await invoke<ExchangeDocument>(backend, 'exportRegister', {});
    // The colleague's file, read by path as the app reads it (in the reading worker thread).
    const file = path.join(folder, 'hr.ropa.json');
    writeFileSync(file, serialiseExchangeDocument(colleagueEdits(exported)));
    // Our own edits since the export: the same 500 owners, differently (the conflicts).
    for (const activity of exported.activities.slice(0, 500)) {
      await invoke(backend, 'saveActivity', { record: { ...activity, owner: `DPO owner of ${activity.id.slice(0, 4)}` } });
    }
    let start = performance.now();
    const preview = await invoke<{ counts: { conflict: number; changed: number } }>(backend, 'previewMerge', { path: file });
    const previewMs = performance.now() - start;
    start = performance.now();
    const applied = await invoke<{ updated: number }>(backend, 'applyMerge', { path: file, resolutions: { all: 'theirs' } });
    const applyMs = performance.now() - start;
    return { activities, differing: 1000, conflicts: preview.counts.conflict, previewMs, applyMs, updated: applied.updated };
  } finally {
    backend.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function describeMergeFigures(figures: MergeFigures): string {
  return [
    `merge of two ${figures.activities}-activity registers differing in ${figures.differing} fields (${figures.conflicts} records in conflict), three-way, through the backend:`,
    `  preview    ${figures.previewMs.toFixed(0)} ms (target ≤ 2000)`,
    `  apply      ${figures.applyMs.toFixed(0)} ms (target ≤ 2000), ${figures.updated} records updated, copy of the register included`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describeMergeFigures(await measureMerge(Number(values.activities ?? 5000))));
}
