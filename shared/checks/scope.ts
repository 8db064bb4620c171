// The findings that concern one organisation's record: the organisation, its activities, and the processors those
// activities reach (a register may keep several controllers; each gets its own report and policy).
import type { Finding } from './findings.ts';
import { processorsReached, type RegisterView } from './register-view.ts';

export function findingsOfOrganisation(findings: readonly Finding[], view: RegisterView, organisationId: string): Finding[] {
  const ids = new Set<string>([organisationId]);
  for (const activity of view.content.activities) {
    if (activity.organisationId !== organisationId) continue;
    ids.add(activity.id);
    for (const { processor, chain } of processorsReached(activity, view)) {
      ids.add(processor.id);
      for (const engager of chain) ids.add(engager.id);
    }
  }
  return findings.filter((finding) => ids.has(finding.record.id));
}
