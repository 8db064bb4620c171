// Which rights the policy states, derived from the legal bases and what the register records: portability only
// for consent (Art. 6(1)(a) or explicit consent, Art. 9(2)(a)) or contract (Art. 20(1)(a)), objection on grounds of
// one's situation only for legitimate interests or public task (Art. 21(1)), withdrawal wherever consent is relied on,
// ordinary or explicit (Art. 7(3)), Art. 22 only where solely automated decisions with legal or similarly significant
// effects are recorded. Objection to direct marketing (Art. 21(2)) is always stated.
import type { LegalBasis, SpecialCategoryCondition } from '../model/vocabulary.ts';

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'objectionMarketing',
  'withdrawal',
  'automated',
] as const;
export type Right = (typeof RIGHTS)[number];

/** `significantAutomatedDecisions`: some decision is based solely on automated processing and has legal or similarly significant effects. */
export function rightsFor(bases: ReadonlySet<LegalBasis>, conditions: ReadonlySet<SpecialCategoryCondition>, significantAutomatedDecisions: boolean): Right[] {
  const consent = bases.has('consent') || conditions.has('art9-2-a');
  const applies: Record<Right, boolean> = {
    access: true,
    rectification: true,
    erasure: true,
    restriction: true,
    portability: consent || bases.has('contract'),
    objection: bases.has('legitimate-interests') || bases.has('public-task'),
    objectionMarketing: true,
    withdrawal: consent,
    automated: significantAutomatedDecisions,
  };
  return RIGHTS.filter((right) => applies[right]);
}
