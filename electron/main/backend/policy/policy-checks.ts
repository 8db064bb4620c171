// Before the privacy policy is written: the register checks' errors in what it would publish. The policy is public, so
// while one is open (not fixed, not accepted) nothing is written and the person is shown what to fix first.
import type { Finding } from '../../../../shared/checks/findings.ts';
import { policyBlockingFindings } from '../../../../shared/policy/blocking-findings.ts';
import { chooseOrganisation } from '../../../../shared/report/build-report.ts';
import type { ReportLanguage } from '../../../../shared/report/languages.ts';
import type { Services } from '../services/index.ts';

/**
 * The findings that block the organisation's policy, worded in the policy's language. Asked of the checks as the app's
 * screens ask (same language and organisation), so that an answer already worked out for them is reused.
 */
export function policyBlockers(services: Services, request: { language: ReportLanguage; organisationId?: string | undefined }): Finding[] {
  const { findings } = services.checks.check({ language: request.language, organisationId: request.organisationId });
  // Most exports have no open error at all: the register is then not read a second time.
  if (!findings.some((finding) => finding.severity === 'error' && finding.accepted === undefined)) return [];
  const register = services.exchange.registerDocument();
  const organisation = chooseOrganisation(register.organisations, request.organisationId);
  return policyBlockingFindings(findings, register, organisation.id);
}
