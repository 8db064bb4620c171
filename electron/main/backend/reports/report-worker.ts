// The worker thread that builds and renders the register report, so that neither the window nor the CLI's
// progress output waits on pdfmake's layout (seconds for a large register).
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportProgress } from '../../../../shared/ipc/contract.ts';
import { buildRegisterReport } from '../../../../shared/report/build-report.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { undrawableWarnings } from '../../../../shared/typesetting/undrawable-warnings.ts';
import { fontMetrics } from './pdf-fonts.ts';
import { printedRecords } from './printed-records.ts';
import { renderReportPdf } from './report-pdf.ts';
import type { ReportWorkerData, ReportWorkerMessage } from './report-messages.ts';

const post = (message: ReportWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

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

async function run({ input, fontsDir }: ReportWorkerData): Promise<void> {
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
  post(
    { type: 'done', pdf, pages: rendered.pages, activities: report.activityCount, warnings: [...report.warnings, ...undrawable] },
    pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? [pdf.buffer as ArrayBuffer] : [],
  );
}

run(workerData as ReportWorkerData).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  const refused = error instanceof RegisterError ? error : refuse('internal', 'files:reportNotMade', { reason });
  // The catalogue key goes along, so that the backend words the refusal in the caller's language.
  post({ type: 'failed', code: refused.code, message: refused.message, ...(refused.refusal === undefined ? {} : { refusal: refused.refusal }) });
});
