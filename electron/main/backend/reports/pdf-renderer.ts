// Renders one run of report content into PDF bytes with pdfmake, with the bundled fonts only: no URL is fetched and
// no file outside the fonts folder is read, whatever a definition asks for. Every definition is typeset first
// (shared/typesetting): no-break spaces, hyphens in narrow columns, the fallback font for symbols, headings kept
// with what follows them.
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { REGISTER_TABLE_LAYOUT } from '../../../../shared/report/layout.ts';
import type { PdfContent, PdfDocumentDefinition, PdfPageFunction } from '../../../../shared/report/pdf-document.ts';
import { breakBeforeLoneHeading, keepLeadInsWithHeadings } from '../../../../shared/typesetting/keep-with-next.ts';
import { BUILT_IN_LAYOUTS } from '../../../../shared/typesetting/table-columns.ts';
import { typesetContent, type Typesetting } from '../../../../shared/typesetting/typeset-content.ts';
import { FALLBACK_FONT, fontMetrics, pdfFonts } from './pdf-fonts.ts';

/** Compile-time proof that shared/'s subset of the format is pdfmake's own. */
export const asPdfmake = (definition: PdfDocumentDefinition): TDocumentDefinitions => definition;

/** The fonts pdfmake is given (kept under this name for the benchmark tools). */
export const reportFonts = pdfFonts;

export type RenderedRun = { bytes: Buffer; pages: number };

/** A4 is 595.28 points wide, and 841.89 wide when landscape. */
const A4_WIDTH = { portrait: 595.28, landscape: 841.89 } as const;

let configuredFontsDir: string | undefined;

export function configurePdfmake(fontsDir: string): void {
  const fontsRoot = path.resolve(fontsDir) + path.sep;
  configuredFontsDir = fontsDir;
  pdfmake.setFonts(pdfFonts(fontsDir));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsRoot));
  pdfmake.setTableLayouts({ register: REGISTER_TABLE_LAYOUT });
}

function typesetting(document: Omit<PdfDocumentDefinition, 'content'>): Typesetting {
  if (configuredFontsDir === undefined) throw new Error('configurePdfmake must be called before a document is typeset');
  const metrics = fontMetrics(configuredFontsDir);
  const [left, , right] = document.pageMargins;
  return {
    language: document.language,
    coverage: metrics.coverage,
    fallbackFont: FALLBACK_FONT,
    styles: document.styles,
    defaultStyle: document.defaultStyle,
    contentWidth: A4_WIDTH[document.pageOrientation ?? 'portrait'] - left - right,
    tableLayouts: { ...BUILT_IN_LAYOUTS, register: REGISTER_TABLE_LAYOUT },
    measure: metrics.measure,
  };
}

/**
 * The definition as pdfmake is to lay it out: its content typeset in place (so that nodes keep their identity and
 * pdfmake's positions can be read from them afterwards), page headers and footers typeset as they are made, and
 * headings kept with what follows them (by pdfmake laying the document out again, unless the content keeps them itself).
 */
export function typesetDefinition(definition: PdfDocumentDefinition, options: { keepHeadingsByRelayout?: boolean } = {}): TDocumentDefinitions {
  const settings = typesetting(definition);
  const page = (make: PdfPageFunction | undefined): PdfPageFunction | undefined =>
    make === undefined ? undefined : (current, count) => typesetContent([make(current, count)], settings)[0] as PdfContent;
  typesetContent(keepLeadInsWithHeadings(definition.content), settings);
  const typeset = asPdfmake({ ...definition, header: page(definition.header), footer: page(definition.footer) });
  if (options.keepHeadingsByRelayout === false) return typeset;
  return { ...typeset, pageBreakBefore: (node, queries) => breakBeforeLoneHeading(node, queries) };
}

/** The PDF of `content` laid out with `document`'s page settings; its page count comes from pdfmake's own count. */
export async function renderRun(document: Omit<PdfDocumentDefinition, 'content'>, content: PdfContent[]): Promise<RenderedRun> {
  let pages = 0;
  const definition: PdfDocumentDefinition = {
    ...document,
    content,
    footer: (_page, pageCount) => {
      pages = pageCount;
      return '';
    },
  };
  // The report keeps each heading with what follows in the content itself (shared/report/layout.ts, keptTogether):
  // pdfmake lays out a whole run again for every heading `pageBreakBefore` moves, which made a 250-activity run 5x slower.
  const bytes = await pdfmake.createPdf(typesetDefinition(definition, { keepHeadingsByRelayout: false })).getBuffer();
  return { bytes, pages };
}

type Positioned = { id?: string; positions?: Array<{ pageNumber: number; top: number }> };

/** Where each heading with an id landed in a run just rendered: pdfmake records positions on the nodes it laid out. */
export function headingPositions(content: readonly PdfContent[]): Map<string, { page: number; top: number }> {
  const found = new Map<string, { page: number; top: number }>();
  for (const node of content) {
    const positioned = node as Positioned;
    const first = positioned.positions?.[0];
    if (typeof positioned.id === 'string' && first !== undefined) found.set(positioned.id, { page: first.pageNumber, top: first.top });
  }
  return found;
}
