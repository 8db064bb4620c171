// The register itself: what it is, its name and language, and its audit log. Handlers: backend/handlers/register.ts.
import { command, noInput, returns } from './declare.ts';
import { auditFilter } from './history.ts';
import { type AuditEntry, type AuditVerification, type RegisterInfo } from '../outputs.ts';

export const registerCommands = {
  registerInfo: command({ input: noInput, output: returns<RegisterInfo>(), changesRegister: false }),
  updateRegister: command({
    input: ({ z, languageCode }) => z.strictObject({ name: z.string().trim().min(1).optional(), defaultLanguage: languageCode.optional() }),
    output: returns<RegisterInfo>(),
    changesRegister: true,
  }),
  /** The audit log, newest first, narrowed by `auditFilter` (history.ts), at most `limit` entries. */
  listAudit: command({
    input: (kit) => kit.z.strictObject({ ...auditFilter(kit), limit: kit.z.number().int().min(1).max(1_000_000).optional() }),
    output: returns<AuditEntry[]>(),
    changesRegister: false,
  }),
  /** Whether the audit log's chain of hashes is whole: how many entries, and the first that no longer fits. */
  verifyAudit: command({ input: noInput, output: returns<AuditVerification>(), changesRegister: false }),
} as const;
