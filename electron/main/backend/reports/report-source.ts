// The register content a report is made from, read in one go, and the fingerprint that identifies it.
import { serialiseExchangeDocument } from '../../../../shared/exchange/write.ts';
import type { ReportLanguage } from '../../../../shared/report/languages.ts';
import type { ReportInput } from '../../../../shared/report/report-input.ts';
import { sha256Of } from '../files/sha256.ts';
import type { Services } from '../services/index.ts';

export type ReportRequest = { language: ReportLanguage; organisationId?: string | undefined; includeDrafts: boolean; asOf?: string | undefined };

/**
 * Everything the worker needs, taken synchronously (no other change can come in between). The fingerprint is the
 * SHA-256 of the register's exchange file with its export time left out, so the same content always gives the same
 * fingerprint: an authority holding two reports can tell whether they show the same register.
 */
export function reportInput(services: Services, request: ReportRequest, generatedAt: Date): ReportInput {
  // A register viewed as of a moment is that register: its report says so on its cover, as one asked for with `asOf`.
  const viewedAsOf = services.register.info().asOf ?? undefined;
  const asOf = request.asOf ?? viewedAsOf;
  const register = request.asOf === undefined ? services.exchange.registerDocument() : services.exchange.registerDocumentAsOf(request.asOf);
  const references = Object.fromEntries(services.activities.list().map((summary) => [summary.id, summary.reference]));
  const revision = register.baseRevision ?? services.register.info().revision;
  return {
    register,
    references,
    revision,
    fingerprint: sha256Of(serialiseExchangeDocument({ ...register, exportedAt: '' })),
    language: request.language,
    ...(request.organisationId === undefined ? {} : { organisationId: request.organisationId }),
    includeDrafts: request.includeDrafts,
    ...(asOf === undefined ? {} : { asOf: new Date(asOf) }),
    generatedAt,
  };
}
