// What the policy's sections conclude from the activities it describes: the legal bases and Art. 9 conditions relied
// on, and whether a decision falls under Art. 22. Read by the rights, the requirement and the automated sections.
import type { ProcessingActivity } from '../../model/records.ts';
import { LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS, type LegalBasis, type SpecialCategoryCondition } from '../../model/vocabulary.ts';
import type { PolicyContext } from '../policy-context.ts';

export function basesUsed(context: PolicyContext): Set<LegalBasis> {
  const used = new Set(context.activities.flatMap((activity) => (activity.legalBases ?? []).map((entry) => entry.basis)));
  return new Set(LEGAL_BASES.filter((basis) => used.has(basis)));
}

export function conditionsUsed(context: PolicyContext): Set<SpecialCategoryCondition> {
  const used = new Set(context.activities.flatMap((activity) => activity.specialCategoryConditions ?? []));
  return new Set(SPECIAL_CATEGORY_CONDITIONS.filter((condition) => used.has(condition)));
}

/** Solely automated with legal or similarly significant effects: what Art. 22 and its right concern. */
export function makesSignificantAutomatedDecisions(activity: ProcessingActivity): boolean {
  const making = activity.automatedDecisionMaking;
  return making !== undefined && making.solelyAutomated && making.significantEffects;
}
