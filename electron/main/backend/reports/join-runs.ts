// Joins the separately laid-out runs of a report into one PDF with pdf-lib: every page gets its "page X of Y"
// footer, the headings become bookmarks (the PDF outline), and title, author, subject and language are set.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, rgb, type PDFPage, type PDFRef } from 'pdf-lib';
import type { RegisterReport } from '../../../../shared/report/build-report.ts';
import type { ContentsEntry } from '../../../../shared/report/report-input.ts';
import type { RenderedRun } from './pdf-renderer.ts';

export type PlacedHeading = ContentsEntry & { page: number; top: number };

type JoinOptions = {
  report: RegisterReport;
  fontsDir: string;
  headings: readonly PlacedHeading[];
  onPageJoined: (fraction: number) => void;
};

const FOOTER_SIZE = 7.5;
const FOOTER_BASELINE = 24;
const FOOTER_COLOUR = rgb(0x5b / 255, 0x6b / 255, 0x7f / 255);

export async function joinRuns(runs: readonly RenderedRun[], options: JoinOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  const joined = await PDFDocument.create({ updateMetadata: false });
  joined.registerFontkit(fontkit);
  const font = await joined.embedFont(readFileSync(path.join(options.fontsDir, 'Roboto', 'Roboto-Regular.ttf')), { subset: true });
  const total = runs.reduce((sum, run) => sum + run.pages, 0);
  for (const run of runs) {
    const source = await PDFDocument.load(run.bytes, { updateMetadata: false });
    const pages = await joined.copyPages(source, source.getPageIndices());
    for (const page of pages) {
      joined.addPage(page);
      const number = joined.getPageCount();
      drawFooter(page, options.report.footerText(number, total), font);
      if (number % 50 === 0) options.onPageJoined(number / total);
    }
  }
  addOutline(joined, options.headings);
  setMetadata(joined, options.report);
  options.onPageJoined(1);
  const bytes = await joined.save({ useObjectStreams: false });
  return { bytes, pages: joined.getPageCount() };
}

function drawFooter(page: PDFPage, text: string, font: Awaited<ReturnType<PDFDocument['embedFont']>>): void {
  const width = font.widthOfTextAtSize(text, FOOTER_SIZE);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y: FOOTER_BASELINE, size: FOOTER_SIZE, font, color: FOOTER_COLOUR });
}

function setMetadata(document: PDFDocument, report: RegisterReport): void {
  const { info, language } = report.document;
  document.setTitle(info.title, { showInWindowTitleBar: true });
  document.setAuthor(info.author);
  document.setSubject(info.subject);
  if (info.keywords !== undefined) document.setKeywords([info.keywords]);
  document.setCreator(info.creator);
  document.setProducer('RoPA Desk (pdfmake, pdf-lib)');
  document.setLanguage(language);
  const now = new Date();
  document.setCreationDate(now);
  document.setModificationDate(now);
}

/**
 * The bookmarks: parts and annexes at the top, activities under their part, each opening its page at the heading.
 * pdf-lib has no outline API; the dictionaries are those of ISO 32000-1 §12.3.3.
 */
function addOutline(document: PDFDocument, headings: readonly PlacedHeading[]): void {
  if (headings.length === 0) return;
  const context = document.context;
  const pages = document.getPages();
  const rootRef = context.nextRef();
  const refs = new Map(headings.map((heading) => [heading.id, context.nextRef()]));
  const childrenOf = (parentId: string | undefined) => headings.filter((heading) => heading.parentId === parentId);
  const link = (items: readonly PlacedHeading[], parentRef: PDFRef) => {
    items.forEach((item, index) => {
      const page = pages[item.page - 1];
      if (page === undefined) return;
      const children = childrenOf(item.id);
      const entry = context.obj({});
      entry.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      entry.set(PDFName.of('Parent'), parentRef);
      const destination = PDFArray.withContext(context);
      destination.push(page.ref);
      destination.push(PDFName.of('XYZ'));
      destination.push(PDFNull);
      destination.push(PDFNumber.of(Math.round(page.getHeight() - item.top + 12)));
      destination.push(PDFNull);
      entry.set(PDFName.of('Dest'), destination);
      const previous = items[index - 1];
      const next = items[index + 1];
      if (previous !== undefined) entry.set(PDFName.of('Prev'), refs.get(previous.id) as PDFRef);
      if (next !== undefined) entry.set(PDFName.of('Next'), refs.get(next.id) as PDFRef);
      if (children.length > 0) {
        entry.set(PDFName.of('First'), refs.get(children[0]!.id) as PDFRef);
        entry.set(PDFName.of('Last'), refs.get(children[children.length - 1]!.id) as PDFRef);
        // Negative: the part's activities start folded, so a long register opens to a short list of parts.
        entry.set(PDFName.of('Count'), PDFNumber.of(-children.length));
        link(children, refs.get(item.id) as PDFRef);
      }
      context.assign(refs.get(item.id) as PDFRef, entry);
    });
  };
  const top = childrenOf(undefined);
  link(top, rootRef);
  const root = context.obj({});
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), refs.get(top[0]!.id) as PDFRef);
  root.set(PDFName.of('Last'), refs.get(top[top.length - 1]!.id) as PDFRef);
  root.set(PDFName.of('Count'), PDFNumber.of(top.length));
  context.assign(rootRef, root);
  document.catalog.set(PDFName.of('Outlines'), rootRef);
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
