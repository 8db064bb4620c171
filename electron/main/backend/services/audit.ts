import type { AuditEntry } from '../../../../shared/ipc/contract.ts';
import type { ServiceContext } from './context.ts';

/** How many entries a list without a limit returns: a screenful of recent changes, not the register's whole history. */
export const DEFAULT_AUDIT_LIMIT = 200;

export function auditService(context: ServiceContext) {
  return {
    /** The latest changes, newest first; of one record when `recordId` is given. */
    list(options: { recordId?: string | undefined; limit?: number | undefined }): AuditEntry[] {
      return context.repositories.audit.list({ recordId: options.recordId, limit: options.limit ?? DEFAULT_AUDIT_LIMIT });
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
