// Handlers of the register checks (declared in shared/ipc/commands/checks.ts).
import type { checkCommands } from '../../../../shared/ipc/commands/checks.ts';
import type { CheckService } from '../services/checks.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function checkHandlers({ session }: HandlerContext): HandlersOf<typeof checkCommands> {
  const checks = (): CheckService => openServices(session).checks;
  return {
    checkRegister: (input) => checks().check(input),
    acceptFinding: ({ key, reason }) => checks().accept(key, reason),
    reopenFinding: ({ key }) => checks().reopen(key),
  };
}
