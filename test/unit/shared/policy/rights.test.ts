import { describe, expect, it } from 'vitest';
import type { LegalBasis, SpecialCategoryCondition } from '../../../../shared/model/vocabulary.ts';
import { RIGHTS, rightsFor } from '../../../../shared/policy/rights.ts';

const ALWAYS = ['access', 'rectification', 'erasure', 'restriction', 'objectionMarketing'] as const;

const rights = (bases: LegalBasis[], automated = false, conditions: SpecialCategoryCondition[] = []) =>
  rightsFor(new Set(bases), new Set(conditions), automated);

describe('the rights a privacy policy states', () => {
  it('on consent only: portability (Art. 20) and withdrawal of consent (Art. 7(3)), no objection on grounds of one’s situation', () => {
    expect(rights(['consent'])).toEqual(['access', 'rectification', 'erasure', 'restriction', 'portability', 'objectionMarketing', 'withdrawal']);
  });

  it('on a contract: portability, but no withdrawal (there is no consent to withdraw) and no Art. 21(1) objection', () => {
    const given = rights(['contract']);
    expect(given).toEqual(['access', 'rectification', 'erasure', 'restriction', 'portability', 'objectionMarketing']);
    expect(given).not.toContain('withdrawal');
    expect(given).not.toContain('objection');
  });

  it('on legitimate interests: the objection on grounds of one’s particular situation (Art. 21(1)), no portability', () => {
    const given = rights(['legitimate-interests']);
    expect(given).toContain('objection');
    expect(given).not.toContain('portability');
    expect(given).not.toContain('withdrawal');
  });

  it('on a task in the public interest: the Art. 21(1) objection too, no portability', () => {
    const given = rights(['public-task']);
    expect(given).toEqual(['access', 'rectification', 'erasure', 'restriction', 'objection', 'objectionMarketing']);
  });

  it('on a legal obligation or vital interests only: neither portability, objection (Art. 21(1)) nor withdrawal', () => {
    for (const basis of ['legal-obligation', 'vital-interests'] as const) {
      expect(rights([basis])).toEqual([...ALWAYS.slice(0, 4), 'objectionMarketing']);
    }
  });

  it('always states the objection to direct marketing (Art. 21(2)) and the four rights every person has, even with no basis recorded', () => {
    for (const bases of [[], ['consent'], ['contract'], ['legal-obligation'], ['public-task'], ['legitimate-interests']] as LegalBasis[][]) {
      for (const right of ALWAYS) expect(rights(bases)).toContain(right);
    }
  });

  it('on explicit consent (Art. 9(2)(a)) without Art. 6(1)(a) consent: withdrawal (Art. 7(3)) and portability (Art. 20(1)(a)) all the same', () => {
    const given = rights(['legal-obligation'], false, ['art9-2-a']);
    expect(given).toContain('withdrawal');
    expect(given).toContain('portability');
    expect(rights(['legal-obligation'], false, ['art9-2-b'])).not.toContain('withdrawal');
  });

  it('states the right not to be subject to automated decisions (Art. 22) only where such decisions are recorded', () => {
    expect(rights(['consent'], true)).toContain('automated');
    expect(rights(['contract'], true).at(-1)).toBe('automated');
    expect(rights(['consent'], false)).not.toContain('automated');
  });

  it('with several bases, gives the union of their rights, each once and in the catalogue’s order', () => {
    const given = rights(['legitimate-interests', 'consent', 'contract'], true);
    expect(given).toEqual([...RIGHTS]);
    expect(new Set(given).size).toBe(given.length);
  });
});
