// Handlers of the bulk edits (declared in shared/ipc/commands/bulk-edits.ts).
import type { bulkEditCommands } from '../../../../shared/ipc/commands/bulk-edits.ts';
import type { BulkEditService } from '../services/bulk-edits.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function bulkEditHandlers({ session }: HandlerContext): HandlersOf<typeof bulkEditCommands> {
  const bulkEdits = (): BulkEditService => openServices(session).bulkEdits;
  return {
    bulkEditActivities: ({ ids, revisions, change }) => bulkEdits().editActivities({ ids, revisions }, change),
    bulkEditProcessors: ({ ids, revisions, change }) => bulkEdits().editProcessors({ ids, revisions }, change),
    undoBulkEdit: ({ id }) => bulkEdits().undo(id),
  };
}
