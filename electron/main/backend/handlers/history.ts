// Handlers of the register's history (declared in shared/ipc/commands/history.ts): the audit log exported, and the
// register compared between two moments. The work is done in ../history/.
import type { historyCommands } from '../../../../shared/ipc/commands/history.ts';
import { exportAudit } from '../history/audit-export.ts';
import { compareRegister, exportComparison } from '../history/comparison-commands.ts';
import type { HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function historyHandlers(_context: HandlerContext): HandlersOf<typeof historyCommands> {
  return {
    exportAudit: (input) => exportAudit(_context, input),
    compareRegister: (input) => compareRegister(_context, input),
    exportComparison: (input) => exportComparison(_context, input),
  };
}
