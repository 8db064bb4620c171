// Which rights the policy states, derived from the legal bases and what the register records: portability only
// for consent or contract (Art. 20(1)(a)), objection on grounds of one's situation only for legitimate interests
// or public task (Art. 21(1)), withdrawal only where consent is used (Art. 7(3)), Art. 22 only where automated
// decisions are recorded. Objection to direct marketing (Art. 21(2)) is always stated.
import type { LegalBasis } from '../model/vocabulary.ts';

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

export function rightsFor(bases: ReadonlySet<LegalBasis>, automatedDecisions: boolean): Right[] {
  const applies: Record<Right, boolean> = {
    access: true,
    rectification: true,
    erasure: true,
    restriction: true,
    portability: bases.has('consent') || bases.has('contract'),
    objection: bases.has('legitimate-interests') || bases.has('public-task'),
    objectionMarketing: true,
    withdrawal: bases.has('consent'),
    automated: automatedDecisions,
  };
  return RIGHTS.filter((right) => applies[right]);
}
