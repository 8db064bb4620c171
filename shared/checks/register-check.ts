// One call for "check this register": the findings (of one organisation, if asked), the acceptances they were matched
// with, how complete each Art. 30 item is, and the date of the transfer facts used. What the backend answers
// `checkRegister` with and what `ropa check` prints.
import { TRANSFER_REFERENCE } from '../reference/transfer-reference.ts';
import type { ReportLanguage } from '../report/languages.ts';
import { presentFindings, rawFindings } from './check-register.ts';
import { article30Completeness, type ItemCompleteness } from './completeness.ts';
import type { Finding, FindingAcceptance } from './findings.ts';
import { registerView, type RegisterContent } from './register-view.ts';
import { findingsOfOrganisation } from './scope.ts';

export type RegisterCheck = {
  findings: Finding[];
  /** Every acceptance kept, so that a screen checking a draft as it is typed can mark the same findings accepted. */
  acceptances: FindingAcceptance[];
  completeness: ItemCompleteness[];
  /** The date of the transfer facts (adequacy, EEA, DPF, mechanisms) the checks used. */
  asOf: string;
  /** The day the checks judged review dates against. */
  today: string;
};

export function checkRegisterContent(input: {
  content: RegisterContent;
  defaultLanguage: string;
  today: string;
  language: ReportLanguage;
  acceptances: FindingAcceptance[];
  references?: Readonly<Record<string, string>>;
  organisationId?: string | undefined;
  /** Give every finding its fingerprint (to accept one). */
  withBasis?: boolean;
  /** Work out how complete each Art. 30 item is (default: yes). */
  completeness?: boolean;
}): RegisterCheck {
  const view = registerView(input.content, input.defaultLanguage, input.today);
  const all = presentFindings(rawFindings(view), view, {
    language: input.language,
    acceptances: input.acceptances,
    ...(input.withBasis === true ? { withBasis: true } : {}),
    ...(input.references === undefined ? {} : { references: input.references }),
  });
  const organisationId = input.organisationId;
  const findings = organisationId === undefined ? all : findingsOfOrganisation(all, view, organisationId);
  const activities =
    organisationId === undefined ? input.content.activities : input.content.activities.filter((activity) => activity.organisationId === organisationId);
  return {
    findings,
    acceptances: input.acceptances,
    completeness: input.completeness === false ? [] : article30Completeness(activities, findings),
    asOf: TRANSFER_REFERENCE.asOf,
    today: input.today,
  };
}
