// The other layouts' figure for `npm run bench`: the same 2,000 activities as an ICO documentation template and as
// our own XLSX template, each previewed through the backend (read in the worker, merged, checked) into a register
// that holds the organisation but none of the activities. Target: the ICO workbook at most 2x our own.
//   node test/tools/bench-layouts.ts [--activities 2000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import type { ProcessingActivity } from '../../shared/model/records.ts';
import { displayText } from '../../shared/model/text.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import { writeIcoWorkbook, type IcoRow } from '../support/layouts/ico-workbook.ts';
import { invoke, noDialogs } from './bench-merge.ts';
import { generateRegister } from './generate-register.ts';

export type LayoutFigures = { activities: number; ownPreviewMs: number; icoPreviewMs: number; ratio: number };

/** One activity as a DPO would have written it in the ICO template: words, one item per line. */
function icoRowOf(activity: ProcessingActivity, language: string): IcoRow {
  const text = (value: Parameters<typeof displayText>[0]) => displayText(value, language, language);
  const lines = (values: readonly Parameters<typeof displayText>[0][] | undefined) => (values ?? []).map(text).join('\n');
  return {
    businessFunction: activity.owner ?? '',
    purpose: `${text(activity.name)}: ${lines(activity.purposes)}`,
    individuals: lines(activity.dataSubjects),
    personalData: activity.dataCategories.map((category) => text(category.name)).join('\n'),
    recipients: lines(activity.recipients),
    thirdCountries: (activity.transfers ?? []).map((transfer) => transfer.country).join('\n'),
    retention: activity.retention === undefined ? '' : text(activity.retention),
    security: lines(activity.securityMeasures),
    article6: (activity.legalBases ?? [])
      .map(
        (basis) =>
          `Art. 6(1)(${'abcdef'[['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'].indexOf(basis.basis)]})`,
      )
      .join('\n'),
    dpiaRequired: activity.dpia === undefined ? '' : activity.dpia.required ? 'Yes' : 'No',
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function measureLayouts(activities: number): Promise<LayoutFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-layouts-'));
  const backend = createBackend({ dataDir: folder, host: noDialogs });
  try {
    const register: ExchangeDocument = generateRegister({ activities, seed: 33, organisations: 1 });
    const language = register.register.defaultLanguage;
    await invoke(backend, 'createFile', { path: path.join(folder, 'full.ropa'), name: 'Full', defaultLanguage: language });
    await invoke(backend, 'importRegister', { text: serialiseExchangeDocument(register), fileName: 'full.ropa.json' });
    const own = path.join(folder, 'own.xlsx');
    await invoke(backend, 'exportForColleague', { format: 'xlsx', path: own });
    const ico = path.join(folder, 'ico.xlsx');
    await writeIcoWorkbook(ico, { rows: register.activities.map((activity) => icoRowOf(activity, language)) });

    // The receiving register: the same organisation, none of the activities (nor the processors they use).
    await invoke(backend, 'createFile', { path: path.join(folder, 'receiving.ropa'), name: 'Receiving', defaultLanguage: language });
    const organisationOnly = { ...register, processors: [], activities: [] };
    await invoke(backend, 'importRegister', { text: serialiseExchangeDocument(organisationOnly), fileName: 'organisation.ropa.json' });
    // Each once before measuring: the worker's modules and the checks are warm for both.
    await invoke(backend, 'previewMerge', { path: own });
    await invoke(backend, 'previewMerge', { path: ico });
    const ownPreviewMs = await timed(() => invoke(backend, 'previewMerge', { path: own }));
    const icoPreviewMs = await timed(() => invoke(backend, 'previewMerge', { path: ico }));
    return { activities, ownPreviewMs, icoPreviewMs, ratio: icoPreviewMs / ownPreviewMs };
  } finally {
    backend.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function describeLayoutFigures(figures: LayoutFigures): string {
  return [
    `${figures.activities} activities previewed into a register holding their organisation, through the backend:`,
    `  our XLSX template          ${figures.ownPreviewMs.toFixed(0)} ms`,
    `  the ICO template           ${figures.icoPreviewMs.toFixed(0)} ms`,
    `  ratio                      ${figures.ratio.toFixed(2)} (target ≤ 2)`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describeLayoutFigures(await measureLayouts(Number(values.activities ?? 2000))));
}
