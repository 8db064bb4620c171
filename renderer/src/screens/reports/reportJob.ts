// The register report being made, kept outside any component: it goes on if the dialog is closed (the PDF takes
// seconds on a large register) and the dialog shows its progress or result when opened again.
import { useSyncExternalStore } from 'react';
import { call, onRopaEvent, type CommandInput, type CreatedReport, type ReportProgress } from '../../api/index.ts';

export type MadeReport = Exclude<CreatedReport, { cancelled: true }>;

export type ReportJob =
  | { status: 'idle' }
  | { status: 'running'; progress: ReportProgress }
  | { status: 'done'; report: MadeReport; organisationId: string | undefined }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string; field: string | undefined };

let job: ReportJob = { status: 'idle' };
/** Whether the "Register report" dialog is shown (opened from the Reports screen or the menu's Export). */
let dialogOpen = false;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

function setJob(next: ReportJob): void {
  job = next;
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReportJob(): ReportJob {
  return useSyncExternalStore(subscribe, () => job);
}

export function useReportDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => dialogOpen);
}

/** Opens the dialog on a fresh form, or on the report still being made. */
export function openReportDialog(): void {
  if (job.status !== 'running') job = { status: 'idle' };
  dialogOpen = true;
  changed();
}

export function closeReportDialog(): void {
  dialogOpen = false;
  changed();
}

export async function startReport(request: CommandInput<'createReport'>): Promise<void> {
  if (job.status === 'running') return;
  setJob({ status: 'running', progress: { stage: 'preparing' } });
  const stopListening = onRopaEvent((event) => {
    if (event.type === 'report-progress' && job.status === 'running') setJob({ status: 'running', progress: event.progress });
  });
  const result = await call('createReport', request);
  stopListening();
  if (!result.ok) setJob({ status: 'failed', message: result.error.message, field: result.error.path });
  else if ('cancelled' in result.value) setJob({ status: 'cancelled' });
  else setJob({ status: 'done', report: result.value, organisationId: request.organisationId });
}

export async function cancelReport(): Promise<void> {
  await call('cancelReport', {});
}

/** Back to the form (when a choice changes after a failure). */
export function clearReportResult(): void {
  if (job.status !== 'running') setJob({ status: 'idle' });
}
