// Handlers of the register's history (declared in shared/ipc/commands/history.ts): the audit log exported, and the
// register compared between two moments. The work is done in ../history/; a file written may then be opened
// (revealFile, handlers/documents.ts).
import type { historyCommands } from '../../../../shared/ipc/commands/history.ts';
import { exportAudit } from '../history/audit-export.ts';
import { compareRegister, exportComparison } from '../history/comparison-commands.ts';
import type { HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function historyHandlers(context: HandlerContext): HandlersOf<typeof historyCommands> {
  /** Keeps a written file's path, so that the page may open it. */
  const remembered = <T extends { path: string } | { cancelled: true }>(written: T): T => {
    if ('path' in written) context.writtenDocuments.add(written.path);
    return written;
  };
  return {
    exportAudit: async (input) => remembered(await exportAudit(context, input)),
    compareRegister: (input) => compareRegister(context, input),
    exportComparison: async (input) => remembered(await exportComparison(context, input)),
  };
}
