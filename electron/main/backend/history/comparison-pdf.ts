// Writes the register compared between two moments as a PDF (shared/history/comparison-document.ts, rendered in a
// worker thread by history-pdfs.ts), whole or not at all. Saved where a report is saved, and refused in the report's
// words when it cannot be.
import type { ComparisonDocumentInput } from '../../../../shared/history/comparison-document.ts';
import type { ExportedComparison } from '../../../../shared/ipc/outputs.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';
import { checkDestination } from '../files/destination.ts';
import { notSaved } from '../files/disk-full.ts';
import type { ReportJobs } from '../reports/report-jobs.ts';

/** Refuses a path the comparison cannot be saved to (not a .pdf, no such folder, …) before any work is done. */
export function checkComparisonDestination(target: string): void {
  checkDestination(target, { document: 'report', extensions: ['.pdf'], formats: 'a PDF' });
}

export async function writeComparison(input: ComparisonDocumentInput, target: string, reports: ReportJobs): Promise<ExportedComparison> {
  checkComparisonDestination(target);
  const { bytes, pages } = await reports.renderHistoryPdf({ document: 'comparison', input });
  try {
    await writeFileAtomically(target, bytes);
  } catch (error) {
    throw notSaved('The report', target, error);
  }
  return { path: target, pages, bytes: bytes.byteLength };
}
