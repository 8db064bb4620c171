// What passes between the backend's thread and the worker thread that renders a PDF: the register report, or one of
// the history's documents (the audit log, the register compared between two moments). Plain data only.
import type { AuditLogInput } from '../../../../shared/history/audit-log-values.ts';
import type { ComparisonDocumentInput } from '../../../../shared/history/comparison-document.ts';
import type { ReportProgress } from '../../../../shared/ipc/contract.ts';
import type { ReportInput, ReportWarning } from '../../../../shared/report/report-input.ts';
import type { ErrorCode, Refusal } from '../../../../shared/result.ts';

/** A history document: rendered whole, without progress, and answered by a `rendered` message. */
export type HistoryDocumentData = { document: 'audit-log'; input: AuditLogInput } | { document: 'comparison'; input: ComparisonDocumentInput };

export type ReportWorkerData = ({ document: 'report'; input: ReportInput } | HistoryDocumentData) & { fontsDir: string };

export type ReportWorkerMessage =
  | { type: 'progress'; progress: ReportProgress }
  | { type: 'done'; pdf: Uint8Array; pages: number; activities: number; warnings: ReportWarning[] }
  | { type: 'rendered'; pdf: Uint8Array; pages: number }
  | { type: 'failed'; code: ErrorCode; message: string; refusal?: Refusal };
