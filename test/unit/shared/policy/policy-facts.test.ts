import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { longestPeriodInDays, materialChanges, policyFacts, type PolicyFacts } from '../../../../shared/policy/policy-facts.ts';
import { fixturePath } from '../../../support/fixtures.ts';

const facts = (changes: Partial<PolicyFacts> = {}): PolicyFacts => ({
  purposes: ['Payroll: Paying salaries'],
  recipients: ['Tax office'],
  transfers: [],
  dataCategories: ['Payroll: Bank account details'],
  retention: { payroll: { label: 'Payroll', text: '2 years' } },
  ...changes,
});

describe('the longest period a retention text names', () => {
  it('reads the Ukrainian "годин" as hours, never years, and the Bulgarian "години" as years', () => {
    expect(longestPeriodInDays('48 годин')).toBe(2);
    expect(longestPeriodInDays('5 години')).toBe(5 * 365);
    expect(longestPeriodInDays('1 рік')).toBeGreaterThan(longestPeriodInDays('48 годин') ?? Infinity);
  });

  it.each([
    ['5 years', 5 * 365],
    ['1 year', 365],
    ['30 days', 30],
    ['6 months after the contract ends', 6 * 30],
    ['2 weeks', 14],
    ['48 hours', 2],
  ])('in English: "%s" is %i days', (text, days) => {
    expect(longestPeriodInDays(text)).toBe(days);
  });

  it.each([
    ['6 mesecev', 6 * 30],
    ['2 meseca', 2 * 30],
    ['5 let', 5 * 365],
    ['2 leti', 2 * 365],
    ['1 leto', 365],
    ['10 dni', 10],
    ['1 dan', 1],
    ['2 dneva', 2],
  ])('in Slovenian: "%s" is %i days', (text, days) => {
    expect(longestPeriodInDays(text)).toBe(days);
  });

  it.each([
    ['3 години', 3 * 365],
    ['1 година', 365],
    ['5 г.', 5 * 365],
    ['6 месеца', 6 * 30],
    ['6 мес.', 6 * 30],
    ['14 дни', 14],
    ['2 дена', 2],
  ])('in Bulgarian: "%s" is %i days', (text, days) => {
    expect(longestPeriodInDays(text)).toBe(days);
  });

  it.each([
    ['10 років', 10 * 365],
    ['3 роки', 3 * 365],
    ['1 рік', 365],
    ['10 р.', 10 * 365],
    ['6 місяців', 6 * 30],
    ['6 міс.', 6 * 30],
    ['30 днів', 30],
    ['3 дні', 3],
  ])('in Ukrainian: "%s" is %i days', (text, days) => {
    expect(longestPeriodInDays(text)).toBe(days);
  });

  it('takes the longest of several periods, and reads a decimal comma', () => {
    expect(longestPeriodInDays('30 days after the request, invoices 10 years')).toBe(3650);
    expect(longestPeriodInDays('1,5 years')).toBe(547.5);
  });

  it('is undefined when the text names no period', () => {
    expect(longestPeriodInDays('Until the employment ends')).toBeUndefined();
    expect(longestPeriodInDays('Rok hrambe v politiki ni določen.')).toBeUndefined();
    expect(longestPeriodInDays('Article 17 GDPR')).toBeUndefined();
  });
});

describe('the material changes since the published facts', () => {
  it('are none when nothing changed', () => {
    expect(materialChanges(facts(), facts())).toEqual([]);
  });

  it('name an added purpose, recipient, transfer and data category', () => {
    const current = facts({
      purposes: ['Payroll: Paying salaries', 'Payroll: Paying pensions'],
      recipients: ['Pension fund', 'Tax office'],
      transfers: ['US: Payroll Cloud Inc.'],
      dataCategories: ['Payroll: Bank account details', 'Payroll: Tax number'],
    });
    expect(materialChanges(facts(), current)).toEqual([
      { kind: 'purpose', text: 'Payroll: Paying pensions' },
      { kind: 'recipient', text: 'Pension fund' },
      { kind: 'transfer', text: 'US: Payroll Cloud Inc.' },
      { kind: 'data-category', text: 'Payroll: Tax number' },
    ]);
  });

  it('do not include what was removed: people need not be told in advance that less is done', () => {
    expect(materialChanges(facts(), facts({ purposes: [], recipients: [], dataCategories: [] }))).toEqual([]);
  });

  it('include a longer retention, with the old and new texts', () => {
    const current = facts({ retention: { payroll: { label: 'Payroll', text: '5 years' } } });
    expect(materialChanges(facts(), current)).toEqual([{ kind: 'retention', text: 'Payroll: 2 years → 5 years', retention: 'longer' }]);
  });

  it('compare retention across languages and units: 24 months is no longer than 2 years, 3 години is longer', () => {
    const was = facts({ retention: { payroll: { label: 'Payroll', text: '2 years' } } });
    expect(materialChanges(was, facts({ retention: { payroll: { label: 'Payroll', text: '24 months' } } }))).toEqual([]);
    expect(materialChanges(was, facts({ retention: { payroll: { label: 'Payroll', text: '3 години' } } }))).toMatchObject([{ retention: 'longer' }]);
  });

  it('do not include a shorter retention', () => {
    expect(materialChanges(facts(), facts({ retention: { payroll: { label: 'Payroll', text: '6 months' } } }))).toEqual([]);
  });

  it('flag a retention changed in words that cannot be measured as "changed", for the DPO to check', () => {
    const unmeasurable = facts({ retention: { payroll: { label: 'Payroll', text: 'Until the employment ends' } } });
    expect(materialChanges(facts(), unmeasurable)).toEqual([{ kind: 'retention', text: 'Payroll: 2 years → Until the employment ends', retention: 'changed' }]);
    // From words to a period, too: it cannot be said whether that is longer.
    expect(materialChanges(unmeasurable, facts())).toEqual([{ kind: 'retention', text: 'Payroll: Until the employment ends → 2 years', retention: 'changed' }]);
  });

  it('include a retention made longer in Ukrainian, where one year is "1 рік"', () => {
    const was = facts({ retention: { payroll: { label: 'Payroll', text: '6 місяців' } } });
    const now = facts({ retention: { payroll: { label: 'Payroll', text: '1 рік і 3 місяці' } } });
    // 15 months is longer than 6: people must be told. Were "рік" not read, this would look like 3 months, shorter.
    expect(materialChanges(was, now)).toEqual([{ kind: 'retention', text: 'Payroll: 6 місяців → 1 рік і 3 місяці', retention: 'longer' }]);
  });
});

describe('the facts of a register', () => {
  const document: ExchangeDocument = readExchangeDocument(JSON.parse(readFileSync(fixturePath('btc-sl'), 'utf8')));

  it('are kept in the register’s default language, sorted and each once', () => {
    const found = policyFacts(document, undefined);
    expect(found.purposes).toContain('Personalizirani oglasi: Ponujanje personaliziranih oglasov uporabnikom znotraj produktov ali storitev BTC, d.d.');
    expect(found.recipients).toContain('Ponudnik e-poštnih storitev');
    expect(found.dataCategories).toContain('BTC ChatBot in spletni produkti: Ime in priimek');
    for (const list of [found.purposes, found.recipients, found.dataCategories]) {
      expect(list).toEqual([...new Set(list)].sort());
    }
    expect(Object.keys(found.retention)).toHaveLength(document.activities.length);
  });

  it('leave out activities the policy does not show', () => {
    const changed = structuredClone(document);
    const [first] = changed.activities;
    if (first === undefined) throw new Error('btc-sl has activities');
    first.public = false;
    const found = policyFacts(changed, undefined);
    expect(found.purposes.some((purpose) => purpose.startsWith(`${first.name as string}:`))).toBe(false);
    expect(found.retention[first.id]).toBeUndefined();
  });
});
