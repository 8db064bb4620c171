// 8.–11. Whether data must be provided (from contract and legal-obligation bases, Art. 13(2)(e)); automated
// decisions and profiling as the register records them (Art. 13(2)(f)); security in general terms and the measures
// the organisation publishes; changes to the policy.
import type { ProcessingActivity } from '../../model/records.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyInline } from '../policy-document.ts';
import { list, paragraph } from './blocks.ts';
import { basesUsed, makesSignificantAutomatedDecisions } from './activity-facts.ts';

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

/**
 * The Art. 22 text only for solely automated decisions with legal or similarly significant effects; profiling that
 * leads to none is described as profiling. A free-text description alone says neither, so nothing is claimed from it.
 */
export function automatedSection(context: PolicyContext): PolicyBlock[] | null {
  const words = context.catalogue.automated;
  const decisions: PolicyInline[][] = [];
  const profiling: PolicyInline[][] = [];
  let decisionsProfile = false;
  for (const activity of context.activities) {
    const making = activity.automatedDecisionMaking;
    if (making === undefined) {
      if (activity.automatedDecisions !== undefined) {
        context.texts.notRecorded(
          `Activity "${context.activityName(activity)}" automated decisions`,
          'whether they are solely automated with legal or similarly significant effects, or profiling: the policy says nothing of them until that is recorded',
          activity.id,
          'activity',
        );
      }
      continue;
    }
    const entry = automatedEntry(context, activity, makesSignificantAutomatedDecisions(activity));
    if (entry === undefined) continue;
    if (makesSignificantAutomatedDecisions(activity)) {
      decisions.push(entry);
      decisionsProfile ||= making.profiling;
    } else if (making.profiling) profiling.push(entry);
  }
  const blocks: PolicyBlock[] = [];
  // "including profiling" only where the register records profiling behind such a decision.
  if (decisions.length > 0) blocks.push(paragraph(words.decisionsIntro(decisionsProfile)), list(decisions));
  if (profiling.length > 0) blocks.push(paragraph(words.profilingIntro), list(profiling), paragraph(words.noSignificantDecisions));
  return blocks.length === 0 ? null : blocks;
}

/**
 * "Credit check. How it works: … What it means for you: …". Where Art. 22 applies, Art. 13(2)(f) asks for both: an
 * entry without them is left out (and the DPO told) rather than published as a bare name.
 */
function automatedEntry(context: PolicyContext, activity: ProcessingActivity, significant: boolean): PolicyInline[] | undefined {
  const words = context.catalogue.automated;
  const making = activity.automatedDecisionMaking;
  const where = `Activity "${context.activityName(activity)}" automated decisions`;
  const record = { id: activity.id, type: 'activity' as const };
  const logic = context.publicText(making?.logic, `${where} logic`, record);
  const consequences = context.publicText(making?.consequences, `${where} consequences`, record);
  if (significant && (logic === undefined || consequences === undefined)) {
    const missing = logic === undefined ? 'meaningful information about the logic involved' : 'the significance and envisaged consequences for the person';
    context.texts.notRecorded(where, `${missing} (Art. 13(2)(f)): the decision is left out of the policy`, activity.id, 'activity');
    return undefined;
  }
  const parts = [context.activityName(activity)];
  if (logic !== undefined) parts.push(`${words.logic}: ${logic}`);
  if (consequences !== undefined) parts.push(`${words.consequences}: ${consequences}`);
  return [parts.map((part) => part.replace(/[.:;]?\s*$/, '.')).join(' ')];
}

/** The general commitment always; the measures themselves only as written for the public. */
export function securitySection(context: PolicyContext): PolicyBlock[] {
  const words = context.catalogue.security;
  const { organisation } = context;
  const measures = context.publicTexts(organisation.publicSecurityMeasures, 'Organisation public security measure', {
    id: organisation.id,
    type: 'organisation',
  });
  return measures.length === 0 ? [paragraph(words.general)] : [paragraph(words.general, ' ', words.listIntro), list(measures)];
}

export function changesSection(context: PolicyContext): PolicyBlock[] {
  const words = context.catalogue.changes;
  return [paragraph(context.input.published === undefined ? words.textUnpublished : words.text)];
}
