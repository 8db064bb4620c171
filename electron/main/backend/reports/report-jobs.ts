// Making a register report: read the register, render in a worker thread, write the PDF atomically. One report at a
// time; a cancelled or failed one writes nothing.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CreatedReport, ReportProgress } from '../../../../shared/ipc/contract.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';
import { notSaved } from '../files/disk-full.ts';
import { checkDestination } from '../files/destination.ts';
import type { Services } from '../services/index.ts';
import type { ReportWorkerData, ReportWorkerMessage } from './report-messages.ts';
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

/** The folder must exist and be writable before seconds go into rendering; the message says which and why. */
export function createReportJobs(options: ReportJobOptions) {
  let running: { worker: Worker; cancelled: boolean } | null = null;

  const render = (data: ReportWorkerData) =>
    new Promise<Extract<ReportWorkerMessage, { type: 'done' }> | null>((resolve, reject) => {
      const worker = new Worker(options.workerUrl, { workerData: data });
      const job = { worker, cancelled: false };
      running = job;
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        if (running === job) running = null;
        outcome();
      };
      worker.on('message', (message: ReportWorkerMessage) => {
        if (message.type === 'progress') options.onProgress(message.progress);
        else if (message.type === 'done') finish(() => resolve(message));
        else finish(() => reject(new RegisterError(message.code, message.message, undefined, undefined, message.refusal)));
      });
      worker.on('error', (error) => finish(() => reject(refuse('internal', 'files:reportNotMade', { reason: error.message }))));
      worker.on('exit', () => finish(() => (job.cancelled ? resolve(null) : reject(refuse('internal', 'files:reportStopped')))));
    });

  return {
    async create(request: ReportRequest & { path: string }): Promise<CreatedReport> {
      if (running !== null) throw refuse('conflict', 'files:reportAlreadyRunning');
      const target = path.resolve(request.path);
      checkDestination(target, { document: 'report', extensions: ['.pdf'], formats: 'a PDF' });
      options.onProgress({ stage: 'preparing' });
      const input = reportInput(options.services(), request, options.clock());
      const done = await render({ input, fontsDir: options.fontsDir });
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
  };
}

export type ReportJobs = ReturnType<typeof createReportJobs>;
