// The UI's door to the register backend: `call` for commands, `useQuery` for data that stays fresh, `useRopaEvent`
// for events pushed by the desktop shell. Nothing outside src/api/ reads `window.ropa`.
export { call, hasBackend } from './ropa.ts';
export { invalidate, onRopaEvent, useQuery, useRopaEvent, type Query } from './store.ts';
export type {
  ActivitySummary,
  BackupInfo,
  BulkEditOutcome,
  AuditEntry,
  CommandInput,
  CommandName,
  CommandOutputs,
  CreatedReport,
  ImportProgress,
  MenuCommand,
  MergePreview,
  AppliedMerge,
  OpenedFile,
  PolicyPreview,
  PolicyVersion,
  RegisterInfo,
  ReportProgress,
  RopaEvent,
} from '../../../shared/ipc/contract.ts';
export type { Failure, Result } from '../../../shared/result.ts';
