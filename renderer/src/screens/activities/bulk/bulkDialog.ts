// What each dialog of the activities' bulk actions is given: its open state, the number selected, and `send`, which
// makes the change on the selected activities (with the revisions the table showed) and words the notice.
import type { ActivityBulkChange } from '../../../../../shared/ipc/commands/bulk-edits.ts';
import type { BulkDialogProps } from '../../../components/bulk-edit/index.ts';

/** Resolves to the register's refusal, or undefined once made. `title(changed)` words the notice. */
export type SendActivityChange = (change: ActivityBulkChange, title: (changed: number) => string) => Promise<string | undefined>;

export type ActivityBulkDialogProps = BulkDialogProps & { send: SendActivityChange };
