// Reads a colleague's file in a worker thread of its own, one file at a time, with a bounded heap: a hostile file
// (a zip bomb, a million rows) can at worst end that thread, never the app, and the app says so in a sentence.
import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '../../../../shared/ipc/contract.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import type { ColleagueFile } from '../services/merges.ts';
import { kindOf } from './read-colleague-file.ts';
import type { ReadWorkerData, ReadWorkerMessage } from './read-messages.ts';

/** The reading thread's heap: a register of 10,000 activities (15 MiB as JSON) needs well under a fifth of it. */
const MAX_HEAP_MB = 512;

export type ColleagueFileReader = {
  /**
   * `receiving` gives the register the file goes into; asked for only when the file is a spreadsheet or a manifest,
   * whose activities may need its organisation. `mapping` reads a spreadsheet in no known layout.
   */
  read(filePath: string, receiving: () => ExchangeDocument, mapping?: ColumnMapping): Promise<ColleagueFile>;
};

export function createColleagueFileReader(options: { workerUrl: URL; onProgress: (progress: ImportProgress) => void; clock: () => Date }): ColleagueFileReader {
  return {
    read: (filePath, receiving, mapping) =>
      new Promise<ColleagueFile>((resolve, reject) => {
        const needsBase = ['csv', 'xlsx', 'fides'].includes(kindOf(filePath));
        const data: ReadWorkerData = { filePath, readAt: options.clock().toISOString(), mapping, ...(needsBase ? { base: receiving() } : {}) };
        const worker = new Worker(options.workerUrl, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB } });
        let settled = false;
        const finish = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          outcome();
          // Not terminated: the thread ends by itself once its answer is posted (terminating a thread that is ending
          // anyway can crash V8, taking the whole process with it); unref'd, it can never hold the process open.
          worker.unref();
        };
        worker.on('message', (message: ReadWorkerMessage) => {
          if (message.type === 'progress') options.onProgress(message.progress);
          else if (message.type === 'done') finish(() => resolve(message.file));
          else finish(() => reject(new RegisterError(message.code, message.message, message.path, undefined, message.refusal)));
        });
        worker.on('error', (error) => {
          const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
          finish(() =>
            reject(
              outOfMemory
                ? refuse('invalid-file', 'files:fileTooLargeToRead', { mebibytes: MAX_HEAP_MB })
                : refuse('internal', 'files:fileNotRead', { reason: error.message }),
            ),
          );
        });
        worker.on('exit', () => finish(() => reject(refuse('internal', 'files:fileReadingStopped'))));
      }),
  };
}
