// Handlers of the register's history (declared in shared/ipc/commands/history.ts). PLACEHOLDER: being written.
import type { historyCommands } from '../../../../shared/ipc/commands/history.ts';
import type { HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function historyHandlers(_context: HandlerContext): HandlersOf<typeof historyCommands> {
  const notYet = (): never => {
    throw new Error('not yet built');
  };
  return { exportAudit: notYet, compareRegister: notYet, exportComparison: notYet };
}
