// Names nearly the same as another record's, which the editors ask about before saving (shared/model/similar-names.ts).
import { describe, expect, it } from 'vitest';
import { findSimilarName, nameKey, similarNames } from '../../../shared/model/similar-names.ts';

describe('two names', () => {
  it('are nearly the same whatever their case, spacing and punctuation', () => {
    expect(similarNames('Payroll', 'PAYROLL.')).toBe(true);
    expect(similarNames('Customer  support', 'customer-support')).toBe(true);
    expect(similarNames('E-mail newsletter', 'Email newsletter')).toBe(true);
  });

  it('are nearly the same without their accents', () => {
    expect(similarNames('Müller Logistik', 'Muller logistik')).toBe(true);
    expect(similarNames('Société Générale', 'SOCIETE GENERALE')).toBe(true);
    expect(similarNames('Čistilnica Šumi', 'Cistilnica Sumi')).toBe(true);
  });

  it('are nearly the same without a legal form at the end, or at the start as Ukrainian and Bulgarian write it', () => {
    const pairs: Array<[string, string]> = [
      ['Zendesk, Inc.', 'Zendesk'],
      ['Acme Ltd', 'ACME Limited'],
      ['Stripe LLC', 'Stripe'],
      ['Digital Ocean, L.L.C.', 'DigitalOcean LLC'],
      ['Słowik Sp. z o.o.', 'Słowik'],
      ['Hetzner Online GmbH', 'Hetzner Online'],
      ['Acme GmbH & Co. KG', 'Acme'],
      ['Telekom Slovenije d.o.o.', 'Telekom Slovenije'],
      ['Cloud s.r.o.', 'Cloud'],
      ['Mailjet SAS', 'Mailjet SA'],
      ['SAP AG', 'SAP'],
      ['Booking.com BV', 'Booking.com B.V.'],
      ['Tesco plc', 'Tesco'],
      ['Софтуер ООД', 'Софтуер ЕООД'],
      ['ТОВ «Ромашка»', 'Ромашка'],
    ];
    for (const [a, b] of pairs) expect(similarNames(a, b), `${a} / ${b}`).toBe(true);
  });

  it('differ when their words differ', () => {
    expect(similarNames('Payroll 2025', 'Payroll 2026')).toBe(false);
    expect(similarNames('Recruitment', 'Recruitment agencies')).toBe(false);
    expect(similarNames('Acme', 'Acme Cloud')).toBe(false);
  });

  it('keep a legal form that is the whole name, so "Ltd" is not every company', () => {
    expect(nameKey('Ltd')).toBe('ltd');
    expect(similarNames('Ltd', 'Acme Ltd')).toBe(false);
  });

  it('are never nearly the same when one has no letters or digits at all', () => {
    expect(similarNames('', '')).toBe(false);
    expect(similarNames('—', '…')).toBe(false);
  });
});

describe('the other record with a similar name', () => {
  const records = [
    { id: 'a', names: ['Hetzner Online GmbH'] },
    { id: 'b', names: ['Mailchimp', 'Мейлчімп'] },
  ];
  const namesOf = (record: { names: string[] }) => record.names;

  it('is the first record with a name nearly the same, in any of its languages', () => {
    expect(findSimilarName('hetzner online', records, namesOf)?.id).toBe('a');
    expect(findSimilarName('МЕЙЛЧІМП', records, namesOf)?.id).toBe('b');
  });

  it('is never the record itself', () => {
    expect(findSimilarName('Hetzner Online', records, namesOf, 'a')).toBeUndefined();
  });

  it('is none when no name is near', () => {
    expect(findSimilarName('Amazon Web Services', records, namesOf)).toBeUndefined();
    expect(findSimilarName('', records, namesOf)).toBeUndefined();
  });
});
