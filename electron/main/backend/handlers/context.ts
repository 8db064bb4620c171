// What the handlers work with: the session (which register is open), the open register's services, the host's
// dialogs and the worker threads. One object, built once by createBackend (../index.ts).
import type { Host } from '../backend.ts';
import type { ColleagueFileReader } from '../colleague-files/colleague-file-reader.ts';
import type { ReportJobs } from '../reports/report-jobs.ts';
import type { Services } from '../services/index.ts';
import type { Session } from '../session/session.ts';

export type HandlerContext = {
  session: Session;
  host: Host;
  /** Renders register reports in a worker thread. */
  reports: ReportJobs;
  /** Reads a colleague's file in a worker thread. */
  colleagueFiles: ColleagueFileReader;
  /** The fonts of the PDFs (the policy's; the report's worker is told by `reports`). */
  fontsDir: string;
  /**
   * The documents written in this session (reports, policies, exports of the history): the only files `revealFile`
   * may open, never a path a page made up.
   */
  writtenDocuments: Set<string>;
};

/**
 * The open register's services. Asked at each call, never kept: the open register changes when a file is opened,
 * and none may be open yet.
 */
export function openServices(session: Session): Services {
  return session.store().services;
}

/**
 * The services of the register itself, also while it is viewed as of a moment (whose copy has no history of its
 * own): for what reads its history, the audit log and the comparison between two moments.
 */
export function historyServices(session: Session): Services {
  return session.registerItself().services;
}

/** While the register is viewed as of a moment, its history up to that moment; otherwise as asked. */
export function untilViewed<T extends { until?: string | undefined }>(session: Session, filter: T): T {
  const viewed = session.store().services.register.info().asOf;
  if (viewed === null) return filter;
  const later = filter.until === undefined || new Date(filter.until).getTime() > new Date(viewed).getTime();
  return { ...filter, until: later ? viewed : filter.until };
}
