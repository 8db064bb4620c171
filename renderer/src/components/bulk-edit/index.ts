// Bulk edits in the app: the dialog of one bulk action, its fields, sending it, and the notice with Undo after it.
// The rows are selected in the RegisterTable (its `selection` prop); the screens hold the actions.
export { BulkActionButtons } from './BulkActionButtons.tsx';
export { BulkEditDialog, type BulkDialogProps } from './BulkEditDialog.tsx';
export { AddOrRemoveField, OptionalTextField, type AddOrRemove } from './BulkFields.tsx';
export { BulkEditNotice } from './BulkEditNotice.tsx';
export { bulkTargets, runBulkEdit } from './runBulkEdit.ts';
