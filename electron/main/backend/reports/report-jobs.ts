// Making a register report: read the register, render in a worker thread, write the PDF atomically. One report at a
// time; a cancelled or failed one writes nothing. The history's PDFs render in the same worker module, each in a
// Worker of its own, whether or not a report is being made.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CreatedReport, ReportProgress } from '../../../../shared/ipc/contract.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';
import { notSaved } from '../files/disk-full.ts';
import { checkDestination } from '../files/destination.ts';
import type { Services } from '../services/index.ts';
import type { HistoryDocumentData, ReportWorkerData, ReportWorkerMessage } from './report-messages.ts';
import { reportInput, type ReportRequest } from './report-source.ts';

export type ReportJobOptions = {
  services: () => Services;
  fontsDir: string;
  /** The worker's module: this folder's report-worker.ts in plain Node, the bundled report-worker.js in the app. */
  workerUrl: URL;
  clock: () => Date;
  onProgress: (progress: ReportProgress) => void;
};

export type Rendered = Extract<CreatedReport, { path: string }>;

type Answer = Exclude<ReportWorkerMessage, { type: 'progress' | 'failed' }>;
type Job = { worker: Worker; cancelled: boolean };

/**
 * One worker rendering `data` to its answer; null when it was cancelled. A failure in the worker comes back as the
 * refusal it sent; a crash or an end without an answer as the document's own refusal (the report's, or any PDF's).
 */
function inWorker(options: ReportJobOptions, data: ReportWorkerData, watch: { started?: (job: Job) => void; ended?: (job: Job) => void } = {}) {
  const report = data.document === 'report';
  return new Promise<Answer | null>((resolve, reject) => {
    const job: Job = { worker: new Worker(options.workerUrl, { workerData: data }), cancelled: false };
    watch.started?.(job);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      watch.ended?.(job);
      outcome();
    };
    job.worker.on('message', (message: ReportWorkerMessage) => {
      if (message.type === 'progress') options.onProgress(message.progress);
      else if (message.type === 'failed') finish(() => reject(new RegisterError(message.code, message.message, undefined, undefined, message.refusal)));
      else finish(() => resolve(message));
    });
    job.worker.on('error', (error) => finish(() => reject(refuse('internal', report ? 'files:reportNotMade' : 'files:pdfNotMade', { reason: error.message }))));
    job.worker.on('exit', () =>
      finish(() => (job.cancelled ? resolve(null) : reject(refuse('internal', report ? 'files:reportStopped' : 'files:pdfStopped')))),
    );
  });
}

/** The folder must exist and be writable before seconds go into rendering; the message says which and why. */
export function createReportJobs(options: ReportJobOptions) {
  let running: Job | null = null;

  const render = async (data: ReportWorkerData) => {
    const answer = await inWorker(options, data, {
      started: (job) => (running = job),
      ended: (job) => {
        if (running === job) running = null;
      },
    });
    if (answer !== null && answer.type !== 'done') throw refuse('internal', 'files:reportStopped');
    return answer;
  };

  return {
    async create(request: ReportRequest & { path: string }): Promise<CreatedReport> {
      if (running !== null) throw refuse('conflict', 'files:reportAlreadyRunning');
      const target = path.resolve(request.path);
      checkDestination(target, { document: 'report', extensions: ['.pdf'], formats: 'a PDF' });
      options.onProgress({ stage: 'preparing' });
      const input = reportInput(options.services(), request, options.clock());
      const done = await render({ document: 'report', input, fontsDir: options.fontsDir });
      if (done === null) return { cancelled: true };
      options.onProgress({ stage: 'saving' });
      try {
        await writeFileAtomically(target, done.pdf);
      } catch (error) {
        throw notSaved('The report', target, error);
      }
      return { path: target, pages: done.pages, bytes: done.pdf.byteLength, activities: done.activities, warnings: done.warnings };
    },

    /** Stops the report being rendered: its worker ends, and `create` resolves as cancelled. */
    async cancel(): Promise<{ cancelled: boolean }> {
      const job = running;
      if (job === null) return { cancelled: false };
      job.cancelled = true;
      await job.worker.terminate();
      return { cancelled: true };
    },

    /**
     * A history document's PDF (the audit log, the comparison) rendered in a worker of its own, so that the backend's
     * thread stays free meanwhile. Not a report: it neither waits for one nor stops one, and has no progress to tell.
     */
    async renderHistoryPdf(data: HistoryDocumentData): Promise<{ bytes: Uint8Array; pages: number }> {
      const answer = await inWorker(options, { ...data, fontsDir: options.fontsDir });
      if (answer?.type !== 'rendered') throw refuse('internal', 'files:pdfStopped');
      return { bytes: answer.pdf, pages: answer.pages };
    },
  };
}

export type ReportJobs = ReturnType<typeof createReportJobs>;
