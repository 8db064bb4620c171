// Handlers of the register itself (declared in shared/ipc/commands/register.ts).
import type { registerCommands } from '../../../../shared/ipc/commands/register.ts';
import type { AuditService } from '../services/audit.ts';
import type { RegisterService } from '../services/register.ts';
import { historyServices, openServices, untilViewed, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function registerHandlers({ session }: HandlerContext): HandlersOf<typeof registerCommands> {
  const register = (): RegisterService => openServices(session).register;
  const audit = (): AuditService => historyServices(session).audit;
  return {
    registerInfo: () => register().info(),
    updateRegister: (input) => register().update(input),
    listAudit: (input) => audit().list(untilViewed(session, input)),
    verifyAudit: () => {
      const { entries, broken } = audit().verify();
      return { entries, broken: broken ?? null };
    },
  };
}
