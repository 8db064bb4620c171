// The register itself: what it is, its name and language, and its audit log. Handlers: backend/handlers/register.ts.
import { command, noInput, returns } from './declare.ts';
import { AUDIT_KINDS, type AuditEntry, type AuditVerification, type RegisterInfo } from '../outputs.ts';

export const registerCommands = {
  registerInfo: command({ input: noInput, output: returns<RegisterInfo>(), changesRegister: false }),
  updateRegister: command({
    input: ({ z, languageCode }) => z.strictObject({ name: z.string().trim().min(1).optional(), defaultLanguage: languageCode.optional() }),
    output: returns<RegisterInfo>(),
    changesRegister: true,
  }),
  /** The audit log, newest first: of one record, from a time (RFC 3339, as `2026-03-01T00:00:00Z`), at most `limit` entries. */
  listAudit: command({
    input: ({ z, uuid }) =>
      z.strictObject({
        recordId: uuid.optional(),
        since: z.iso.datetime({ offset: true }).optional(),
        /** Only entries of these kinds (the Overview leaves out where an upgraded register's history starts). */
        kinds: z.array(z.enum(AUDIT_KINDS)).min(1).optional(),
        limit: z.number().int().min(1).max(1_000_000).optional(),
      }),
    output: returns<AuditEntry[]>(),
    changesRegister: false,
  }),
  /** Whether the audit log's chain of hashes is whole: how many entries, and the first that no longer fits. */
  verifyAudit: command({ input: noInput, output: returns<AuditVerification>(), changesRegister: false }),
} as const;
