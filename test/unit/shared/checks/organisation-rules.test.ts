// The controller's own entries (Art. 30(1)(a), Art. 27, Art. 37(7)): how to reach it, its representative in the
// Union, its DPO.
import { describe, expect, it } from 'vitest';
import { ORGANISATION, expectFound, expectQuiet, findingsOf, onlyFinding, organisation, without } from './register-builder.ts';

const theOrganisation = (field: string) => [{ type: 'organisation' as const, id: ORGANISATION, field }];

describe('controller-contact-missing', () => {
  it('fires when the organisation has no address, e-mail or phone', () => {
    const findings = findingsOf({ organisations: [without(organisation(), 'address', 'email')] });
    const [finding] = expectFound(findings, 'controller-contact-missing', theOrganisation('address'));
    expect(finding?.message).toBe('The organisation has no address, e-mail or phone: the register must give the controller’s contact details.');
    expect(finding?.source).toBe('Art. 30(1)(a) GDPR');
    expect(finding?.record.name).toBe('Acme d.o.o.');
  });

  it('counts contact fields holding only spaces as empty', () => {
    const findings = findingsOf({ organisations: [organisation({ address: '   ', email: ' ', phone: '' })] });
    expectFound(findings, 'controller-contact-missing', theOrganisation('address'));
  });

  it.each([
    ['an address', { address: 'Dunajska 1, Ljubljana' }],
    ['an e-mail', { email: 'privacy@acme.test' }],
    ['a phone', { phone: '+386 1 000 00 00' }],
  ])('stays quiet when the organisation gives %s only', (_label, contact) => {
    const findings = findingsOf({ organisations: [{ ...without(organisation(), 'address', 'email'), ...contact }] });
    expectQuiet(findings, 'controller-contact-missing');
  });
});

describe('representative-missing', () => {
  it('fires when an organisation established outside the EEA records no Art. 27 representative', () => {
    const findings = findingsOf({ organisations: [organisation({ country: 'UA' })] });
    const [finding] = expectFound(findings, 'representative-missing', theOrganisation('representative.name'));
    expect(finding?.message).toBe('The organisation’s country of establishment, Ukraine, is outside the EEA, and no representative in the Union is recorded.');
    expect(finding?.asOf).toBe('2026-11-15');
  });

  it('fires for a country with an adequacy decision too: adequacy does not exempt from Art. 27', () => {
    expectFound(findingsOf({ organisations: [organisation({ country: 'CH' })] }), 'representative-missing', theOrganisation('representative.name'));
  });

  it('stays quiet when the organisation outside the EEA records its representative', () => {
    const findings = findingsOf({ organisations: [organisation({ country: 'UA', representative: { name: 'Rep GmbH', address: 'Berlin' } })] });
    expectQuiet(findings, 'representative-missing');
  });

  it.each(['SI', 'NO', 'IS', 'LI', 'RE'])('stays quiet for an organisation established in the EEA (%s)', (country) => {
    expectQuiet(findingsOf({ organisations: [organisation({ country })] }), 'representative-missing');
  });
});

describe('representative-not-needed', () => {
  it('fires when an EEA organisation records an Art. 27 representative', () => {
    const findings = findingsOf({ organisations: [organisation({ representative: { name: 'Rep GmbH' } })] });
    const [finding] = expectFound(findings, 'representative-not-needed', theOrganisation('representative.name'));
    expect(finding?.message).toBe('The organisation’s country of establishment, Slovenia, is in the EEA, yet an Art. 27 representative is recorded.');
  });

  it('stays quiet when an EEA organisation records none', () => {
    expectQuiet(findingsOf({}), 'representative-not-needed');
  });

  it('stays quiet when an organisation outside the EEA records one', () => {
    const findings = findingsOf({ organisations: [organisation({ country: 'US', representative: { name: 'Rep GmbH' } })] });
    expectQuiet(findings, 'representative-not-needed');
  });
});

describe('dpo-contact-missing', () => {
  it('fires when a DPO is named without an e-mail, phone or address', () => {
    const findings = findingsOf({ organisations: [organisation({ dpo: { name: '  Ana Novak ' } })] });
    const [finding] = expectFound(findings, 'dpo-contact-missing', theOrganisation('dpo.email'));
    expect(finding?.message).toBe('The data protection officer “Ana Novak” is named without any contact detail.');
  });

  it('fires when the DPO’s contact fields hold only spaces', () => {
    const findings = findingsOf({ organisations: [organisation({ dpo: { name: 'Ana Novak', email: ' ', phone: '' } })] });
    expectFound(findings, 'dpo-contact-missing', theOrganisation('dpo.email'));
  });

  it.each([
    ['an e-mail', { email: 'dpo@acme.test' }],
    ['a phone', { phone: '+386 1 000 00 01' }],
    ['an address', { address: 'Dunajska 1, Ljubljana' }],
  ])('stays quiet when the named DPO has %s', (_label, contact) => {
    expectQuiet(findingsOf({ organisations: [organisation({ dpo: { name: 'Ana Novak', ...contact } })] }), 'dpo-contact-missing');
  });

  it('stays quiet when no DPO is recorded, or one without a name', () => {
    expectQuiet(findingsOf({}), 'dpo-contact-missing');
    expectQuiet(findingsOf({ organisations: [organisation({ dpo: {} })] }), 'dpo-contact-missing');
  });

  it('reports the organisation’s findings on the organisation, not on its activities', () => {
    const findings = findingsOf({ organisations: [organisation({ country: 'UA', dpo: { name: 'Ana Novak' } })] });
    expect(onlyFinding(findings, 'dpo-contact-missing').record).toEqual({ type: 'organisation', id: ORGANISATION, name: 'Acme d.o.o.' });
    expect(findings.map((finding) => finding.record.type)).toEqual(['organisation', 'organisation']);
  });
});
