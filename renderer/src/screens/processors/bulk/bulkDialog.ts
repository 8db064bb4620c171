// What each dialog of the processors' bulk actions is given (see ../../activities/bulk/bulkDialog.ts).
import type { ProcessorBulkChange } from '../../../../../shared/ipc/commands/bulk-edits.ts';
import type { BulkDialogProps } from '../../../components/bulk-edit/index.ts';

/** Resolves to the register's refusal, or undefined once made. `title(changed)` words the notice. */
export type SendProcessorChange = (change: ProcessorBulkChange, title: (changed: number) => string) => Promise<string | undefined>;

export type ProcessorBulkDialogProps = BulkDialogProps & { send: SendProcessorChange };
