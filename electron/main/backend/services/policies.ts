// The privacy policy of an organisation: generated from the register on request, published as numbered versions
// (the text in every language, the date and the register revision), and compared with the last published version.
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { buildPrivacyPolicy } from '../../../../shared/policy/build-policy.ts';
import { textChanges, type PolicyChanges } from '../../../../shared/policy/changes.ts';
import { materialChanges, policyFacts, type PolicyFacts } from '../../../../shared/policy/policy-facts.ts';
import type { PrivacyPolicy } from '../../../../shared/policy/policy-document.ts';
import { policyMarkdown } from '../../../../shared/policy/render/markdown.ts';
import { chooseOrganisation } from '../../../../shared/report/build-report.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../../shared/report/languages.ts';
import type { PolicyVersionRow } from '../repositories/policy-repository.ts';
import type { ServiceContext } from './context.ts';
import type { ExchangeService } from './exchange.ts';

export type PolicyRequest = { language: ReportLanguage; organisationId?: string | undefined };
export type PolicyVersion = { version: number; publishedAt: string; registerRevision: number };

export function policyService(context: ServiceContext, exchange: ExchangeService) {
  const policies = context.repositories.policies;

  /**
   * The policy now and what changed since the latest published version. The text is dated as that version when it
   * is word for word the published one; otherwise as prepared today.
   */
  function compared(register: ExchangeDocument, organisationId: string, language: ReportLanguage): { policy: PrivacyPolicy; changes: PolicyChanges } {
    const generatedAt = context.clock();
    const latest = policies.latest(organisationId);
    const unpublished = () => buildPrivacyPolicy({ register, language, organisationId, generatedAt });
    if (latest === undefined) return { policy: unpublished(), changes: { since: null, text: [], material: [] } };
    const asPublished = buildPrivacyPolicy({ register, language, organisationId, generatedAt, published: latest });
    const now = policyMarkdown(asPublished);
    const published = policies.text(organisationId, latest.version, language);
    return {
      policy: now === published ? asPublished : unpublished(),
      changes: {
        since: { version: latest.version, publishedAt: latest.publishedAt },
        text: published === undefined ? [] : textChanges(published, now),
        material: materialChanges(JSON.parse(latest.facts) as PolicyFacts, policyFacts(register, organisationId)),
      },
    };
  }

  return {
    /** The policy to show or export, with what changed since the last published version. */
    preview(request: PolicyRequest): { policy: PrivacyPolicy; changes: PolicyChanges } {
      const register = exchange.registerDocument();
      return compared(register, chooseOrganisation(register.organisations, request.organisationId).id, request.language);
    },

    /** Records the next version: today's text in every language, with the facts later versions are compared with. */
    publish(request: { organisationId?: string | undefined }): PolicyVersion {
      return context.transaction(() => {
        const register = exchange.registerDocument();
        const organisationId = chooseOrganisation(register.organisations, request.organisationId).id;
        const row: PolicyVersionRow = {
          version: (policies.latest(organisationId)?.version ?? 0) + 1,
          publishedAt: context.now(),
          registerRevision: context.repositories.register.get().revision,
          facts: JSON.stringify(policyFacts(register, organisationId)),
        };
        const texts = Object.fromEntries(
          REPORT_LANGUAGES.map((language) => [
            language,
            policyMarkdown(buildPrivacyPolicy({ register, language, organisationId, generatedAt: context.clock(), published: row })),
          ]),
        );
        policies.insert(organisationId, row, texts);
        // The audit log says who published which version, on the organisation whose policy it is.
        context.repositories.audit.append({
          at: row.publishedAt,
          actor: context.actor,
          recordType: 'organisation',
          recordId: organisationId,
          kind: 'publish-policy',
          action: 'publish',
          changes: [{ field: 'policyVersion', old: row.version - 1 === 0 ? null : row.version - 1, new: row.version }],
          source: null,
          body: null,
        });
        return { version: row.version, publishedAt: row.publishedAt, registerRevision: row.registerRevision };
      });
    },

    versions(request: { organisationId?: string | undefined }): PolicyVersion[] {
      return policies.list(chooseOrganisation(context.repositories.organisations.list(), request.organisationId).id);
    },
  };
}

export type PolicyService = ReturnType<typeof policyService>;
