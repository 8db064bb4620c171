// The documents made from the register: the register report (Art. 30(4)) and the privacy policy (Art. 13/14), and
// opening a file just written. Handlers: backend/handlers/documents.ts.
import { command, noInput, returns } from './declare.ts';
import { REPORT_LANGUAGES } from '../../report/languages.ts';
import type { BlockedPolicy, CreatedReport, ExportedPolicy, PolicyPreview, PolicyVersion } from '../outputs.ts';

export const documentCommands = {
  /** Renders the register report (Art. 30(4)) in a worker thread; without a path the desktop app asks where to save. */
  createReport: command({
    input: ({ z, uuid }) =>
      z.strictObject({
        language: z.enum(REPORT_LANGUAGES),
        organisationId: uuid.optional(),
        includeDrafts: z.boolean(),
        path: z.string().min(1).optional(),
        /** The register as it stood at this moment (RFC 3339), rebuilt from its audit log; absent: as it is now. */
        asOf: z.iso.datetime({ offset: true }).optional(),
      }),
    output: returns<CreatedReport>(),
    changesRegister: false,
  }),
  /** Stops the report being rendered, if any; nothing is written. */
  cancelReport: command({ input: noInput, output: returns<{ cancelled: boolean }>(), changesRegister: false }),
  /** Opens a file the app wrote (a report, a policy) with the system's viewer, or shows it in its folder. */
  revealFile: command({
    input: ({ z }) => z.strictObject({ path: z.string().min(1), how: z.enum(['open', 'show-in-folder']) }),
    output: returns<{ revealed: boolean }>(),
    changesRegister: false,
  }),

  /** The privacy policy (Art. 13/14) generated from the register now, with what changed since it was last published. */
  previewPolicy: command({
    input: ({ z, uuid }) => z.strictObject({ language: z.enum(REPORT_LANGUAGES), organisationId: uuid.optional() }),
    output: returns<PolicyPreview>(),
    changesRegister: false,
  }),
  /**
   * Writes the policy as HTML, Markdown or PDF (`format`; with a path, its extension must agree). The policy is public:
   * while an unaccepted error of the register checks concerns what it publishes, nothing is written and the findings
   * come back (`blocked`), unless `ignoreChecks`.
   */
  exportPolicy: command({
    input: ({ z, uuid }) =>
      z.strictObject({
        language: z.enum(REPORT_LANGUAGES),
        organisationId: uuid.optional(),
        format: z.enum(['html', 'md', 'pdf']),
        path: z.string().min(1).optional(),
        ignoreChecks: z.boolean().optional(),
      }),
    output: returns<ExportedPolicy | BlockedPolicy | { cancelled: true }>(),
    changesRegister: false,
  }),
  /**
   * Records the next published version of the policy, in every language; held back, like an export, while an error of
   * the register checks concerns what it publishes (the findings worded in `language`), unless `ignoreChecks`.
   */
  publishPolicy: command({
    input: ({ z, uuid }) =>
      z.strictObject({ organisationId: uuid.optional(), language: z.enum(REPORT_LANGUAGES).optional(), ignoreChecks: z.boolean().optional() }),
    output: returns<PolicyVersion | BlockedPolicy>(),
    changesRegister: true,
  }),
  listPolicyVersions: command({
    input: ({ z, uuid }) => z.strictObject({ organisationId: uuid.optional() }),
    output: returns<PolicyVersion[]>(),
    changesRegister: false,
  }),
} as const;
