// The commands that make documents from the register and hand them to the person: the register report, the
// privacy policy, and opening (or showing) a file just written. Where to save is asked of the host when no path is
// given; only files written in this session may be opened, whatever path a page sends.
import path from 'node:path';
import { RegisterError } from '../../../shared/result.ts';
import type { Host } from './backend.ts';
import type { HandlerTable } from './handlers.ts';
import { policyBlockers } from './policy/policy-checks.ts';
import { checkPolicyDestination, exportPolicy, policyFormatOf } from './policy/policy-export.ts';
import type { ReportJobs } from './reports/report-jobs.ts';
import { suggestedPolicyName, suggestedReportName } from './reports/report-name.ts';
import type { Services } from './services/index.ts';

type DocumentCommands = 'createReport' | 'cancelReport' | 'revealFile' | 'previewPolicy' | 'exportPolicy' | 'publishPolicy' | 'listPolicyVersions';

/** The path given, or the one the host's Save dialog returns; null when the person cancelled the dialog. */
export async function destination(host: Host, given: string | undefined, ask: () => Promise<string | null> | undefined, example: string): Promise<string | null> {
  if (given !== undefined) return path.resolve(given);
  if (host.chooseDocumentDestination === undefined) throw new RegisterError('invalid-input', `Say where to save it: a path such as ${example}`, 'path');
  const chosen = await ask();
  return chosen === null || chosen === undefined ? null : path.resolve(chosen);
}

export function documentHandlers(services: () => Services, reports: ReportJobs, host: Host, fontsDir: string): Pick<HandlerTable, DocumentCommands> {
  /** The documents written in this session: the only files `revealFile` may open (never a path a page made up). */
  const written = new Set<string>();
  return {
    createReport: async ({ path: given, ...request }) => {
      const info = services().register.info();
      const name = suggestedReportName(info.name, request.language, info.revision);
      const chosen = await destination(host, given, () => host.chooseDocumentDestination?.('report', name, 'pdf'), 'register.pdf');
      if (chosen === null) return { cancelled: true };
      const created = await reports.create({ ...request, path: chosen });
      if (!('cancelled' in created)) written.add(created.path);
      return created;
    },
    cancelReport: () => reports.cancel(),

    previewPolicy: (request) => services().policies.preview(request),
    exportPolicy: async ({ path: given, format, ignoreChecks, ...request }) => {
      if (given !== undefined && policyFormatOf(given) !== undefined && policyFormatOf(given) !== format) {
        throw new RegisterError('invalid-input', `${path.basename(given)} does not end in .${format}`, 'path');
      }
      // A wrong path is said first; then the checks, before the Save dialog asks where (nothing is written while blocked).
      if (given !== undefined) checkPolicyDestination(path.resolve(given));
      const blocked = ignoreChecks === true ? [] : policyBlockers(services(), request);
      if (blocked.length > 0) return { blocked };
      const { policy } = services().policies.preview(request);
      const name = suggestedPolicyName(policy.organisation, request.language, format);
      const chosen = await destination(host, given, () => host.chooseDocumentDestination?.('policy', name, format), `policy.${format}`);
      if (chosen === null) return { cancelled: true };
      const exported = await exportPolicy(policy, chosen, fontsDir);
      written.add(exported.path);
      return exported;
    },
    publishPolicy: (request) => services().policies.publish(request),
    listPolicyVersions: (request) => services().policies.versions(request),

    revealFile: async ({ path: filePath, how }) => {
      // Opening a file runs whatever the system associates with it: only a document this app just wrote qualifies.
      const resolved = path.resolve(filePath);
      if (!written.has(resolved)) {
        throw new RegisterError('invalid-input', `${filePath} is not a document written in this session; it is not opened`, 'path');
      }
      return { revealed: (await host.revealFile?.(resolved, how)) ?? false };
    },
  };
}
