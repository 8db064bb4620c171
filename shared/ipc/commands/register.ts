// The register itself: what it is, its name and language, and its audit log. Handlers: backend/handlers/register.ts.
import { command, noInput, returns } from './declare.ts';
import type { AuditEntry, RegisterInfo } from '../outputs.ts';

export const registerCommands = {
  registerInfo: command({ input: noInput, output: returns<RegisterInfo>(), changesRegister: false }),
  updateRegister: command({
    input: ({ z, languageCode }) => z.strictObject({ name: z.string().trim().min(1).optional(), defaultLanguage: languageCode.optional() }),
    output: returns<RegisterInfo>(),
    changesRegister: true,
  }),
  listAudit: command({
    input: ({ z, uuid }) => z.strictObject({ recordId: uuid.optional(), limit: z.number().int().min(1).max(10_000).optional() }),
    output: returns<AuditEntry[]>(),
    changesRegister: false,
  }),
} as const;
