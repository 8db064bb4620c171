// The whole register report as one PDF, in memory bounded whatever the register's size. pdfmake keeps every laid-out
// page of a document until it is written (≈ 0.5 MB a page: 2.4 GB for 5,000 activities), so the report is laid out
// in runs of at most RUN_ACTIVITIES activities, each its own small PDF, then joined with pdf-lib, which also draws
// the "page X of Y" footers (known only at the end), adds the bookmarks and sets the metadata.
import type { ReportProgress } from '../../../../shared/ipc/contract.ts';
import type { RegisterReport } from '../../../../shared/report/build-report.ts';
import { contentsPage } from '../../../../shared/report/contents-page.ts';
import type { ReportBlock } from '../../../../shared/report/report-input.ts';
import { joinRuns, type PlacedHeading } from './join-runs.ts';
import { configurePdfmake, headingPositions, renderRun, type RenderedRun } from './pdf-renderer.ts';

/** Activities per run: ≈ 200 pages, a few hundred MB at most while laid out. */
export const RUN_ACTIVITIES = 250;

/** Blocks grouped into runs: a new run where a block must start a page (a part, an annex) or the run is full. */
export function runsOf(blocks: readonly ReportBlock[], size = RUN_ACTIVITIES): ReportBlock[][] {
  const runs: ReportBlock[][] = [];
  let current: ReportBlock[] = [];
  let activities = 0;
  for (const block of blocks) {
    if (current.length > 0 && (block.newPage || activities + block.activities > size)) {
      runs.push(current);
      current = [];
      activities = 0;
    }
    current.push(block);
    activities += block.activities;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

export async function renderReportPdf(
  report: RegisterReport,
  fontsDir: string,
  onProgress: (progress: ReportProgress) => void,
): Promise<{ bytes: Uint8Array; pages: number }> {
  configurePdfmake(fontsDir);
  const withoutHeader = { ...report.document, header: undefined };
  const cover = await renderRun(withoutHeader, report.cover);
  const runs = runsOf(report.blocks);
  const total = Math.max(
    1,
    report.blocks.reduce((sum, block) => sum + block.activities + 1, 0),
  );
  let done = 0;
  const body: RenderedRun[] = [];
  const placed = new Map<string, { run: number; page: number; top: number }>();
  for (const [index, run] of runs.entries()) {
    const content = run.flatMap((block) => block.content);
    body.push(await renderRun(report.document, content));
    for (const [id, position] of headingPositions(content)) placed.set(id, { run: index, ...position });
    // Laid-out nodes carry their measured lines: drop them, or every run stays in memory until the end.
    for (const block of run) block.content = [];
    done += run.reduce((sum, block) => sum + block.activities + 1, 0);
    onProgress({ stage: 'laying-out', fraction: done / total });
  }
  const contents = await renderContents(report, cover.pages, body, placed);
  const runStart = startPages(cover.pages + contents.pages, body);
  const headings: PlacedHeading[] = report.contents.flatMap((entry) => {
    const where = placed.get(entry.id);
    return where === undefined ? [] : [{ ...entry, page: (runStart[where.run] ?? 0) + where.page, top: where.top }];
  });
  return joinRuns([cover, contents, ...body], {
    report,
    fontsDir,
    headings,
    onPageJoined: (fraction) => onProgress({ stage: 'writing-pages', fraction }),
  });
}

/** The first page number of each run, counting from the page after `before`. */
function startPages(before: number, runs: readonly RenderedRun[]): number[] {
  const starts: number[] = [];
  let next = before;
  for (const run of runs) {
    starts.push(next);
    next += run.pages;
  }
  return starts;
}

/**
 * The contents page(s), made last: their entries' page numbers depend on their own length, which depends only on
 * the number of entries. Laid out once with a guess, and again only if the guess was wrong.
 */
async function renderContents(
  report: RegisterReport,
  coverPages: number,
  body: readonly RenderedRun[],
  placed: ReadonlyMap<string, { run: number; page: number }>,
): Promise<RenderedRun> {
  const layOut = (contentsPages: number) => {
    const starts = startPages(coverPages + contentsPages, body);
    const entries = report.contents.flatMap((entry) => {
      const where = placed.get(entry.id);
      return where === undefined ? [] : [{ ...entry, page: (starts[where.run] ?? 0) + where.page }];
    });
    return renderRun(report.document, contentsPage(report.contentsTitle, entries));
  };
  const guess = Math.max(1, Math.ceil(report.contents.length / 45));
  const first = await layOut(guess);
  return first.pages === guess ? first : layOut(first.pages);
}
