// 8.–11. Whether data must be provided (from contract and legal-obligation bases, Art. 13(2)(e)); automated
// decisions where recorded (Art. 13(2)(f)); security in general terms; changes to the policy.
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock } from '../policy-document.ts';
import { list, paragraph, unique } from './blocks.ts';
import { basesUsed } from './rights.ts';

export function requirementSection(context: PolicyContext): PolicyBlock[] | null {
  const words = context.catalogue.requirement;
  const bases = basesUsed(context);
  if (!bases.has('contract') && !bases.has('legal-obligation')) return null;
  const blocks: PolicyBlock[] = [];
  if (bases.has('contract')) blocks.push(paragraph(words.contract));
  if (bases.has('legal-obligation')) blocks.push(paragraph(words.legalObligation));
  if (bases.has('consent')) blocks.push(paragraph(words.consent));
  return blocks;
}

export function automatedSection(context: PolicyContext): PolicyBlock[] | null {
  const { texts } = context;
  const decisions = context.activities.flatMap((activity) =>
    activity.automatedDecisions === undefined
      ? []
      : [`${context.activityName(activity)}: ${texts.text(activity.automatedDecisions, `Activity "${context.activityName(activity)}" automated decisions`, activity.id, 'activity')}`],
  );
  if (decisions.length === 0) return null;
  return [paragraph(context.catalogue.automated.intro), list(decisions)];
}

export function securitySection(context: PolicyContext): PolicyBlock[] | null {
  const { texts } = context;
  const measures = unique(
    context.activities.flatMap((activity) => texts.texts(activity.securityMeasures, `Activity "${context.activityName(activity)}" security measure`, activity.id, 'activity')),
  );
  if (measures.length === 0) return null;
  return [paragraph(context.catalogue.security.intro), list(measures)];
}

export function changesSection(context: PolicyContext): PolicyBlock[] {
  return [paragraph(context.catalogue.changes.text)];
}
