// One measurement of `npm run bench`'s report figures, in a process of its own so that its peak memory (maxRSS,
// worker threads included) is the report's alone. Prints one line of JSON.
//   node test/tools/bench-report-child.ts --mode report|baseline --register file.ropa --out file.pdf
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pdfmake from 'pdfmake';
import { displayText } from '../../shared/model/text.ts';
import { parseExchangeText } from '../../shared/exchange/read.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import { reportFonts } from '../../electron/main/backend/reports/pdf-renderer.ts';
import { repoRoot } from '../support/fixtures.ts';

const { values } = parseArgs({ options: { mode: { type: 'string' }, register: { type: 'string' }, json: { type: 'string' }, out: { type: 'string' } } });
const noDialogs = { nativeDialogs: false, chooseRegisterToOpen: async () => null, chooseRegisterToCreate: async () => null };

async function report(): Promise<{ ms: number; pages: number; printed: number }> {
  const backend = createBackend({ dataDir: path.join(os.tmpdir(), 'ropa-bench-state'), host: noDialogs });
  const opened = await backend.invoke('openFile', { path: values.register });
  if (!opened.ok) throw new Error(opened.error.message);
  const start = performance.now();
  const created = await backend.invoke('createReport', { language: 'en', includeDrafts: true, path: values.out });
  const ms = performance.now() - start;
  backend.close();
  if (!created.ok) throw new Error(created.error.message);
  const value = created.value as { pages: number; activities: number };
  return { ms, pages: value.pages, printed: value.activities };
}

/** The baseline: pdfmake rendering the same activities as one plain table (no cover, contents, parts or annexes). */
async function baseline(): Promise<{ ms: number; pages: number; printed: number }> {
  const document = parseExchangeText(readFileSync(values.json as string, 'utf8'));
  const language = document.register.defaultLanguage;
  const text = (value: Parameters<typeof displayText>[0]) => displayText(value, language, language);
  const start = performance.now();
  const rows = document.activities.map((activity) => [
    text(activity.name),
    activity.role,
    (activity.legalBases ?? []).map((entry) => entry.basis).join(', '),
    activity.purposes.map(text).join('; '),
    activity.dataCategories.map((category) => text(category.name)).join(', '),
    activity.retention === undefined ? '' : text(activity.retention),
  ]);
  pdfmake.setFonts(reportFonts(path.join(repoRoot, 'resources/fonts')));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  let pages = 0;
  await pdfmake
    .createPdf({
      defaultStyle: { font: 'Roboto', fontSize: 8 },
      footer: (_page: number, count: number) => {
        pages = count;
        return '';
      },
      content: [{ table: { headerRows: 1, widths: [90, 50, 60, '*', '*', 90], body: [['Name', 'Role', 'Bases', 'Purposes', 'Data', 'Retention'], ...rows] } }],
    })
    .getBuffer();
  return { ms: performance.now() - start, pages, printed: rows.length };
}

const figures = values.mode === 'baseline' ? await baseline() : await report();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ...figures, maxRssMb })}\n`);
process.exit(0);
