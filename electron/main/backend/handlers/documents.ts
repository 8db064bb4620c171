// Handlers of the documents made from the register (declared in shared/ipc/commands/documents.ts): the register
// report, the privacy policy, and opening (or showing) a file just written. Where to save is asked of the host when
// no path is given; only files written in this session may be opened, whatever path a page sends.
import path from 'node:path';
import type { documentCommands } from '../../../../shared/ipc/commands/documents.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { askDestination } from '../files/ask-destination.ts';
import { policyFileName, reportFileName } from '../files/file-names.ts';
import { policyBlockers } from '../policy/policy-checks.ts';
import { checkPolicyDestination, exportPolicy, policyFormatOf } from '../policy/policy-export.ts';
import type { PolicyService } from '../services/policies.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function documentHandlers({ session, host, reports, fontsDir, writtenDocuments: written }: HandlerContext): HandlersOf<typeof documentCommands> {
  const policies = (): PolicyService => openServices(session).policies;
  return {
    createReport: async ({ path: given, ...request }) => {
      const info = openServices(session).register.info();
      const name = reportFileName(info.name, request.language, info.revision);
      const chosen = await askDestination(host, given, () => host.chooseDocumentDestination?.('report', name, 'pdf'), 'register.pdf');
      if (chosen === null) return { cancelled: true };
      const created = await reports.create({ ...request, path: chosen });
      if (!('cancelled' in created)) written.add(created.path);
      return created;
    },
    cancelReport: () => reports.cancel(),

    previewPolicy: (request) => policies().preview(request),
    exportPolicy: async ({ path: given, format, ignoreChecks, ...request }) => {
      if (given !== undefined && policyFormatOf(given) !== undefined && policyFormatOf(given) !== format) {
        throw refuse('invalid-input', 'register:policyFileWrongEnding', { file: path.basename(given), format }, 'path');
      }
      // A wrong path is said first; then the checks, before the Save dialog asks where (nothing is written while blocked).
      if (given !== undefined) checkPolicyDestination(path.resolve(given));
      const blocked = ignoreChecks === true ? [] : policyBlockers(openServices(session), request);
      if (blocked.length > 0) return { blocked };
      const { policy } = policies().preview(request);
      const name = policyFileName(policy.organisation, request.language, format);
      const chosen = await askDestination(host, given, () => host.chooseDocumentDestination?.('policy', name, format), `policy.${format}`);
      if (chosen === null) return { cancelled: true };
      const exported = await exportPolicy(policy, chosen, fontsDir);
      written.add(exported.path);
      return exported;
    },
    publishPolicy: ({ ignoreChecks, language, ...request }) => {
      // A published version is a public text too: the same errors hold it back as hold back an export.
      const blocked =
        ignoreChecks === true ? [] : policyBlockers(openServices(session), { language: language ?? 'en', organisationId: request.organisationId });
      return blocked.length > 0 ? { blocked } : policies().publish(request);
    },
    listPolicyVersions: (request) => policies().versions(request),

    revealFile: async ({ path: filePath, how }) => {
      // Opening a file runs whatever the system associates with it: only a document this app just wrote qualifies.
      const resolved = path.resolve(filePath);
      if (!written.has(resolved)) {
        throw refuse('invalid-input', 'register:notWrittenThisSession', { path: filePath }, 'path');
      }
      return { revealed: (await host.revealFile?.(resolved, how)) ?? false };
    },
  };
}
