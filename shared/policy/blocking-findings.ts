// The privacy policy is public: it must not be published while the register checks find an error in what it tells
// people (who the controller is, why and on what basis data are used, how long they are kept, where they go). These are
// the findings that stop its export until they are fixed or accepted, or the person exports anyway.
import type { Finding, RuleId } from '../checks/findings.ts';
import type { ProcessingActivity } from '../model/records.ts';

/**
 * The rules whose errors the policy would print as fact or leave silent: the controller's contact and representative,
 * the purposes, legal bases, retention, Art. 9 conditions and the transfer tools. Others (a processor's contract, the
 * data categories) are the register's business, not the notice's.
 */
export const POLICY_BLOCKING_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'controller-contact-missing',
  'representative-missing',
  'purpose-missing',
  'legal-basis-missing',
  'retention-missing',
  'special-condition-missing',
  'transfer-mechanism-missing',
  'transfer-mechanism-invalid',
  'transfer-adequacy-unfounded',
  'transfer-via-subprocessor-unrecorded',
]);

/** What an activity must say of itself for the policy to speak of it. */
export type PolicyActivityFacts = Pick<ProcessingActivity, 'id' | 'organisationId' | 'status' | 'public' | 'role'>;

/**
 * Whether the organisation's policy describes this activity: active, public, and the organisation's own as controller
 * or joint controller (the same choice as `policyContext`). A draft, a retired or an internal activity, or one done for
 * another controller, is not published, so its errors do not block the policy.
 */
export function isPublishedInPolicy(activity: PolicyActivityFacts, organisationId: string): boolean {
  return activity.organisationId === organisationId && activity.status === 'active' && activity.public && activity.role !== 'processor';
}

/**
 * The findings that block the organisation's policy: unaccepted errors of the rules above, on the organisation's own
 * record or on an activity the policy describes. In the order they were given.
 */
export function policyBlockingFindings(
  findings: readonly Finding[],
  register: { activities: readonly PolicyActivityFacts[] },
  organisationId: string,
): Finding[] {
  const published = new Set(register.activities.filter((activity) => isPublishedInPolicy(activity, organisationId)).map((activity) => activity.id));
  return findings.filter(
    (finding) =>
      finding.severity === 'error' &&
      finding.accepted === undefined &&
      POLICY_BLOCKING_RULES.has(finding.rule) &&
      concernsPolicy(finding, organisationId, published),
  );
}

function concernsPolicy(finding: Finding, organisationId: string, publishedActivities: ReadonlySet<string>): boolean {
  if (finding.record.type === 'organisation') return finding.record.id === organisationId;
  return finding.record.type === 'activity' && publishedActivities.has(finding.record.id);
}
