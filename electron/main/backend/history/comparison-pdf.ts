// Writes the register compared between two moments as a PDF (shared/history/comparison-document.ts), with the bundled
// fonts, whole or not at all. Saved where a report is saved, and refused in the report's words when it cannot be.
import { comparisonDocument, type ComparisonDocumentInput } from '../../../../shared/history/comparison-document.ts';
import type { ExportedComparison } from '../../../../shared/ipc/outputs.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';
import { checkDestination } from '../files/destination.ts';
import { notSaved } from '../files/disk-full.ts';

/** Refuses a path the comparison cannot be saved to (not a .pdf, no such folder, …) before any work is done. */
export function checkComparisonDestination(target: string): void {
  checkDestination(target, { document: 'report', extensions: ['.pdf'], formats: 'a PDF' });
}

/** The comparison's PDF and its number of pages. */
export async function renderComparison(input: ComparisonDocumentInput, fontsDir: string): Promise<{ bytes: Uint8Array; pages: number }> {
  // pdfmake and the fonts load only when a PDF is made: the comparison shown on screen needs none of them.
  const [{ default: pdfmake }, { configurePdfmake, typesetDefinition }] = await Promise.all([import('pdfmake'), import('../reports/pdf-renderer.ts')]);
  configurePdfmake(fontsDir);
  const definition = comparisonDocument(input);
  let pages = 0;
  const bytes = await pdfmake
    .createPdf(
      typesetDefinition({
        ...definition,
        footer: (page, count) => {
          pages = count;
          return definition.footer?.(page, count) ?? '';
        },
      }),
    )
    .getBuffer();
  return { bytes, pages };
}

export async function writeComparison(input: ComparisonDocumentInput, target: string, fontsDir: string): Promise<ExportedComparison> {
  checkComparisonDestination(target);
  const { bytes, pages } = await renderComparison(input, fontsDir);
  try {
    await writeFileAtomically(target, bytes);
  } catch (error) {
    throw notSaved('The report', target, error);
  }
  return { path: target, pages, bytes: bytes.byteLength };
}
