// The worker thread that reads and checks a colleague's file: a 100 MiB exchange file or a large spreadsheet takes
// seconds to parse, and the backend (the desktop app's main process) must go on answering the window meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
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

run(workerData as ReadWorkerData).catch((error: unknown) => {
  if (error instanceof RegisterError)
    post({ type: 'failed', code: error.code, message: error.message, ...(error.path === undefined ? {} : { path: error.path }) });
  else post({ type: 'failed', code: 'internal', message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` });
});
