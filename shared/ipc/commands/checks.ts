// The register checks and the findings a person accepts. Handlers: backend/handlers/checks.ts.
import { command, returns, type SchemaKit } from './declare.ts';
import { REPORT_LANGUAGES } from '../../report/languages.ts';
import type { Finding } from '../../checks/findings.ts';
import type { RegisterCheck } from '../../checks/register-check.ts';

const findingKey = ({ z }: SchemaKit) => z.string().min(1).max(1_000);

export const checkCommands = {
  /** Runs the register checks: every finding (of one organisation's record, if given), worded in `language` (default en). */
  checkRegister: command({
    input: ({ z, uuid }) =>
      z.strictObject({
        language: z.enum(REPORT_LANGUAGES).optional(),
        organisationId: uuid.optional(),
        /** How complete each Art. 30 item is (default: yes); the command line, which does not show it, says no. */
        completeness: z.boolean().optional(),
      }),
    output: returns<RegisterCheck>(),
    changesRegister: false,
  }),
  /** Accepts a finding (by its key) with the reason; audited. It comes back when what the rule judged changes. */
  acceptFinding: command({
    input: (kit) => kit.z.strictObject({ key: findingKey(kit), reason: kit.z.string().trim().min(1, 'must say why the finding is accepted').max(2_000) }),
    output: returns<Finding>(),
    changesRegister: true,
  }),
  /** Withdraws the acceptance of a finding; audited. */
  reopenFinding: command({ input: (kit) => kit.z.strictObject({ key: findingKey(kit) }), output: returns<{ key: string }>(), changesRegister: true }),
} as const;
