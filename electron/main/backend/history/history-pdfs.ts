// The history's PDFs, the audit log and the register compared between two moments, rendered with pdfmake and the
// bundled fonts. Run in the report's worker thread (../reports/report-worker.ts): a long log takes seconds to lay
// out, which the backend's thread (Electron's main process in the app) must not spend.
import pdfmake from 'pdfmake';
import { auditLogDocument } from '../../../../shared/history/audit-log-document.ts';
import { comparisonDocument } from '../../../../shared/history/comparison-document.ts';
import type { PdfDocumentDefinition } from '../../../../shared/report/pdf-document.ts';
import { configurePdfmake, typesetDefinition } from '../reports/pdf-renderer.ts';
import type { HistoryDocumentData } from '../reports/report-messages.ts';

export type RenderedPdf = { bytes: Uint8Array; pages: number };

/** A document whose footer pdfmake calls with the page count: the count is kept from there. */
async function rendered(definition: PdfDocumentDefinition, options: { keepHeadingsByRelayout?: boolean }): Promise<RenderedPdf> {
  let pages = 0;
  const bytes = await pdfmake
    .createPdf(
      typesetDefinition(
        {
          ...definition,
          footer: (page, count) => {
            pages = count;
            return definition.footer?.(page, count) ?? '';
          },
        },
        options,
      ),
    )
    .getBuffer();
  return { bytes, pages };
}

export function renderHistoryPdf(data: HistoryDocumentData, fontsDir: string): Promise<RenderedPdf> {
  configurePdfmake(fontsDir);
  // The log has no headings to keep with what follows: no second layout for them.
  if (data.document === 'audit-log') return rendered(auditLogDocument(data.input), { keepHeadingsByRelayout: false });
  return rendered(comparisonDocument(data.input), {});
}
