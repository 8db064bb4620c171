// What passes between the report job (main thread) and the worker thread that renders.
import type { ReportProgress } from '../../../../shared/ipc/contract.ts';
import type { ReportInput, ReportWarning } from '../../../../shared/report/report-input.ts';
import type { ErrorCode, Refusal } from '../../../../shared/result.ts';

export type ReportWorkerData = { input: ReportInput; fontsDir: string };

export type ReportWorkerMessage =
  | { type: 'progress'; progress: ReportProgress }
  | { type: 'done'; pdf: Uint8Array; pages: number; activities: number; warnings: ReportWarning[] }
  | { type: 'failed'; code: ErrorCode; message: string; refusal?: Refusal };
