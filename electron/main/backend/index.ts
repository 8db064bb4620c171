// The register backend: the one function the three transports (Electron IPC, the CLI, the test bridge) call.
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interfaceLanguageOf } from '../../../shared/interface/languages.ts';
import type { Backend, BackendOptions } from './backend.ts';
import { createColleagueFileReader } from './colleague-files/colleague-file-reader.ts';
import { createHandlers } from './handlers/index.ts';
import { createInvoker } from './invoke.ts';
import { createReportJobs } from './reports/report-jobs.ts';
import { consoleLogger } from './session/logger.ts';
import { createSession } from './session/session.ts';

export type { Backend, BackendOptions, Host } from './backend.ts';
export { writeFileAtomically, writeFileAtomicallySync } from './files/atomic-write.ts';
export { DEFAULT_REGISTER_FILE, DEFAULT_REGISTER_NAME } from './session/session.ts';
export { DEMO_REGISTER_FILE } from './session/demo.ts';

const REPOSITORY_RESOURCES = fileURLToPath(new URL('../../../resources/', import.meta.url));

/** The operating system's user name, for the audit log; a locked-down account may not have one. */
function systemUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createBackend(options: BackendOptions): Backend {
  const log = options.log ?? consoleLogger;
  // One clock for the services, the report and the reading of a colleague's file: a test's clock reaches them all.
  const clock = options.clock ?? (() => new Date());
  const session = createSession({
    dataDir: options.dataDir,
    host: options.host,
    resourcesDir: options.resourcesDir ?? REPOSITORY_RESOURCES,
    log,
    dependencies: {
      actor: options.actor ?? systemUser(),
      clock,
      newId: options.newId ?? randomUUID,
    },
  });
  const resourcesDir = options.resourcesDir ?? REPOSITORY_RESOURCES;
  const fontsDir = path.join(resourcesDir, 'fonts');
  const reports = createReportJobs({
    services: () => session.store().services,
    fontsDir,
    workerUrl: options.reportWorkerUrl ?? new URL('./reports/report-worker.ts', import.meta.url),
    clock,
    onProgress: (progress) => session.emit({ type: 'report-progress', progress }),
  });
  const colleagueFiles = createColleagueFileReader({
    workerUrl: options.importWorkerUrl ?? new URL('./colleague-files/read-worker.ts', import.meta.url),
    onProgress: (progress) => session.emit({ type: 'import-progress', progress }),
    clock,
  });
  const systemLanguages = options.systemLanguages ?? (() => [Intl.DateTimeFormat().resolvedOptions().locale]);
  const messageLanguage = () => options.messageLanguage ?? interfaceLanguageOf(session.interfaceLanguage(), systemLanguages());
  const invoke = createInvoker(
    createHandlers({ session, host: options.host, reports, colleagueFiles, fontsDir, writtenDocuments: new Set() }),
    log,
    messageLanguage,
  );
  return {
    invoke,
    openInitial: (filePath) => session.openInitial(filePath),
    onEvent: (listener) => session.onEvent(listener),
    close: () => session.close(),
  };
}
