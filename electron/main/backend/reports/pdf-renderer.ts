// Renders one run of report content into PDF bytes with pdfmake, with the bundled fonts only: no URL is fetched and
// no file outside the fonts folder is read, whatever a definition asks for.
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { REGISTER_TABLE_LAYOUT } from '../../../../shared/report/layout.ts';
import type { PdfContent, PdfDocumentDefinition } from '../../../../shared/report/pdf-document.ts';

/** Compile-time proof that shared/'s subset of the format is pdfmake's own. */
export const asPdfmake = (definition: PdfDocumentDefinition): TDocumentDefinitions => definition;

export function reportFonts(fontsDir: string) {
  const file = (name: string) => path.join(fontsDir, 'Roboto', name);
  return {
    Roboto: {
      normal: file('Roboto-Regular.ttf'),
      bold: file('Roboto-Medium.ttf'),
      italics: file('Roboto-Italic.ttf'),
      bolditalics: file('Roboto-MediumItalic.ttf'),
    },
  };
}

export type RenderedRun = { bytes: Buffer; pages: number };

export function configurePdfmake(fontsDir: string): void {
  const fontsRoot = path.resolve(fontsDir) + path.sep;
  pdfmake.setFonts(reportFonts(fontsDir));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsRoot));
  pdfmake.setTableLayouts({ register: REGISTER_TABLE_LAYOUT });
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
  const bytes = await pdfmake.createPdf(asPdfmake(definition)).getBuffer();
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
