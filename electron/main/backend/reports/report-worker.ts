// The worker thread that builds and renders a PDF, so that neither the window nor the CLI's progress output waits on
// pdfmake's layout: the register report (seconds for a large register), or a history document (the audit log, the
// register compared between two moments), as workerData's `document` says. One module, one bundle entry for all.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportProgress } from '../../../../shared/ipc/contract.ts';
import { buildRegisterReport } from '../../../../shared/report/build-report.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { undrawableWarnings } from '../../../../shared/typesetting/undrawable-warnings.ts';
import { renderHistoryPdf } from '../history/history-pdfs.ts';
import { fontMetrics } from './pdf-fonts.ts';
import { printedRecords } from './printed-records.ts';
import { renderReportPdf } from './report-pdf.ts';
import type { ReportWorkerData, ReportWorkerMessage } from './report-messages.ts';

const post = (message: ReportWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

/** The PDF's bytes are moved to the backend's thread, not copied, when they are the whole of their buffer. */
const movable = (pdf: Uint8Array): ArrayBuffer[] => (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? [pdf.buffer as ArrayBuffer] : []);

/** Progress within a stage is reported at most every 2 %: thousands of messages would only slow the report down. */
function throttled(report: (progress: ReportProgress) => void): (progress: ReportProgress) => void {
  let last: ReportProgress | undefined;
  return (progress) => {
    const fraction = progress.fraction ?? 0;
    if (last?.stage === progress.stage && fraction - (last.fraction ?? 0) < 0.02 && fraction < 1) return;
    last = progress;
    report(progress);
  };
}

async function renderReport({ input, fontsDir }: Extract<ReportWorkerData, { document: 'report' }>): Promise<void> {
  post({ type: 'progress', progress: { stage: 'preparing' } });
  const report = buildRegisterReport(input);
  post({ type: 'progress', progress: { stage: 'laying-out', fraction: 0 } });
  const rendered = await renderReportPdf(
    report,
    fontsDir,
    throttled((progress) => post({ type: 'progress', progress })),
  );
  const pdf = rendered.bytes;
  // Characters no bundled font has would print as empty boxes: the person is told where, record and field.
  const undrawable = undrawableWarnings(printedRecords(input), input.language, input.register.register.defaultLanguage, fontMetrics(fontsDir).coverage);
  post({ type: 'done', pdf, pages: rendered.pages, activities: report.activityCount, warnings: [...report.warnings, ...undrawable] }, movable(pdf));
}

async function run(data: ReportWorkerData): Promise<void> {
  if (data.document === 'report') return renderReport(data);
  const { bytes, pages } = await renderHistoryPdf(data, data.fontsDir);
  post({ type: 'rendered', pdf: bytes, pages }, movable(bytes));
}

const data = workerData as ReportWorkerData;
run(data).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  const notMade = data.document === 'report' ? 'files:reportNotMade' : 'files:pdfNotMade';
  const refused = error instanceof RegisterError ? error : refuse('internal', notMade, { reason });
  // The catalogue key goes along, so that the backend words the refusal in the caller's language.
  post({ type: 'failed', code: refused.code, message: refused.message, ...(refused.refusal === undefined ? {} : { refusal: refused.refusal }) });
});
