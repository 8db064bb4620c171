// The worker thread that reads and checks a colleague's file: a 100 MiB exchange file or a large spreadsheet takes
// seconds to parse, and the backend (the desktop app's main process) must go on answering the window meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { readColleagueFile } from './read-colleague-file.ts';
import type { ReadWorkerData, ReadWorkerMessage } from './read-messages.ts';

const post = (message: ReadWorkerMessage) => parentPort?.postMessage(message);

async function run({ filePath, base, mapping, readAt }: ReadWorkerData): Promise<void> {
  const file = await readColleagueFile(filePath, {
    now: () => new Date(readAt),
    base,
    mapping,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', file });
}

const failed = (error: RegisterError): ReadWorkerMessage => ({
  type: 'failed',
  code: error.code,
  message: error.message,
  ...(error.path === undefined ? {} : { path: error.path }),
  ...(error.refusal === undefined ? {} : { refusal: error.refusal }),
});

run(workerData as ReadWorkerData).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  post(failed(error instanceof RegisterError ? error : refuse('internal', 'files:fileNotRead', { reason })));
});
