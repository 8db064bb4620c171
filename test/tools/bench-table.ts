// The activities table in Chromium with a large register behind the real backend (through the test bridge):
// first render, sort, search and a jump to the last row, timed inside the page. Run alone:
//   node test/tools/bench-table.ts [--activities 10000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { createRegisterStoreFile, openRegisterStore } from '../../electron/main/backend/session/register-store.ts';
import { startBridge } from '../bridge/server.ts';
import { generateRegister } from './generate-register.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { exchangeFileFromText } from '../../electron/main/backend/services/exchange.ts';

export type TableFigures = { rows: number; firstRenderMs: number; sortMs: number; searchMs: number; jumpToLastMs: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Navigates to the activities screen and waits, frame by frame, for its first row: the time a person waits. */
function firstRender(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        location.hash = '#/activities';
        const poll = () => (document.querySelector('.table-body [role=row]') ? resolve(performance.now() - start) : requestAnimationFrame(poll));
        poll();
      }),
  );
}

/** Presses the "Name" column header and waits until the first row is a different one. */
function sortByName(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const firstRow = () => document.querySelector('.table-body [role=row]')?.textContent ?? '';
        const before = firstRow();
        const header = [...document.querySelectorAll<HTMLElement>('.sort-button')].find((button) => button.textContent?.startsWith('Name'));
        const start = performance.now();
        header?.click();
        const poll = () => (firstRow() !== before ? resolve(performance.now() - start) : requestAnimationFrame(poll));
        poll();
      }),
  );
}

/** Types a search and waits until the row count says fewer rows. */
function search(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const count = () => document.querySelector('.row-count')?.textContent ?? '';
        const before = count();
        const input = document.querySelector<HTMLInputElement>('.search-input');
        if (input === null) throw new Error('no search box');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const start = performance.now();
        setValue?.call(input, query);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const poll = () => (count() !== before ? resolve(performance.now() - start) : requestAnimationFrame(poll));
        poll();
      }),
    text,
  );
}

/** Scrolls to the very end of the table and waits until its last row is drawn. */
function jumpToLast(page: Page, rows: number): Promise<number> {
  return page.evaluate(
    (total) =>
      new Promise<number>((resolve) => {
        const scroller = document.querySelector<HTMLElement>('.table-scroll');
        if (scroller === null) throw new Error('no table');
        const start = performance.now();
        scroller.scrollTop = scroller.scrollHeight;
        const lastIndex = String(total + 1);
        const poll = () =>
          [...document.querySelectorAll('.table-body [role=row]')].some((row) => Number(row.getAttribute('aria-rowindex')) >= Number(lastIndex))
            ? resolve(performance.now() - start)
            : requestAnimationFrame(poll);
        poll();
      }),
    rows,
  );
}

export async function measureActivitiesTable(options: { activities: number; runs?: number }): Promise<TableFigures> {
  const runs = options.runs ?? 3;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-table-'));
  const registerPath = path.join(folder, 'large.ropa');
  const dependencies = { actor: 'bench', clock: () => new Date(), newId: () => crypto.randomUUID() };
  createRegisterStoreFile(registerPath, { name: 'Bench', defaultLanguage: 'en' }, dependencies);
  const store = openRegisterStore(registerPath, dependencies);
  store.services.exchange.importRegister(exchangeFileFromText(serialiseExchangeDocument(generateRegister({ activities: options.activities })), 'bench'));
  store.close();

  const bridge = await startBridge({ dataDir: folder, registerPath });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const figures = { firstRender: [] as number[], sort: [] as number[], search: [] as number[], jump: [] as number[] };
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${bridge.url}#/overview`);
      await page.getByRole('navigation').waitFor();
      figures.firstRender.push(await firstRender(page));
      figures.sort.push(await sortByName(page));
      figures.jump.push(await jumpToLast(page, options.activities));
      figures.search.push(await search(page, 'payroll'));
      await page.close();
    }
  } finally {
    await browser.close();
    await bridge.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    rows: options.activities,
    firstRenderMs: median(figures.firstRender),
    sortMs: median(figures.sort),
    searchMs: median(figures.search),
    jumpToLastMs: median(figures.jump),
  };
}

export function describeTableFigures(figures: TableFigures): string {
  return [
    `activities table, ${figures.rows} rows in Chromium (median of 3):`,
    `  first render ${figures.firstRenderMs.toFixed(0)} ms (target ≤ 300, includes fetching the rows over the bridge)`,
    `  sort by name ${figures.sortMs.toFixed(0)} ms (target ≤ 100)`,
    `  search ${figures.searchMs.toFixed(0)} ms (target ≤ 100)`,
    `  jump to the last row ${figures.jumpToLastMs.toFixed(0)} ms`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describeTableFigures(await measureActivitiesTable({ activities: Number(values.activities ?? 10_000) })));
}
