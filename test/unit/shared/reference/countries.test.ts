// The countries a register may name: each ISO 3166-1 alpha-2 country once (so the pickers never offer one twice), a
// renamed or part-of-a-country code read as the country's current code, and what names no country refused.
import { describe, expect, it } from 'vitest';
import { countryCode, transferDestination } from '../../../../shared/model/primitives.ts';
import { COUNTRY_CODES, RENAMED_COUNTRY_CODES } from '../../../../shared/reference/countries.ts';
import { countryTransferStatus, isAdequateFor, TRANSFER_REFERENCE } from '../../../../shared/reference/transfer-reference.ts';

describe('the country list', () => {
  it('holds each code once, 249 assigned by ISO 3166-1 and XK, and none of the renamed or reserved ones', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(new Set(COUNTRY_CODES).size).toBe(250);
    expect(COUNTRY_CODES).toContain('XK');
    for (const code of ['UK', 'VD', 'DY', 'HV', 'RH', 'NH', 'EU', 'UN', 'ZZ', 'YU', 'CS', 'AN', 'IC', 'EA']) expect(COUNTRY_CODES).not.toContain(code);
  });

  it('names each country once in English: the United Kingdom, Vietnam, Benin, Burkina Faso, Zimbabwe and Vanuatu are not offered twice', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const named = COUNTRY_CODES.map((code) => names.of(code));
    expect(new Set(named).size).toBe(named.length);
  });
});

describe('a country code read from a register or a file', () => {
  it('is taken as the current code of a renamed country or of the country a reserved part belongs to', () => {
    expect(countryCode.parse('UK')).toBe('GB');
    expect(countryCode.parse('VD')).toBe('VN');
    expect(countryCode.parse('IC')).toBe('ES');
    expect(transferDestination.parse('DY')).toBe('BJ');
    expect(transferDestination.parse('INT')).toBe('INT');
    for (const [old, current] of Object.entries(RENAMED_COUNTRY_CODES)) expect(COUNTRY_CODES, old).toContain(current);
  });

  it('is refused when it names no country, or a country that split', () => {
    for (const code of ['YU', 'CS', 'AN', 'EU', 'ZZ', 'uk', 'GBR']) expect(countryCode.safeParse(code).success, code).toBe(false);
  });
});

describe('the transfer reference', () => {
  it('is dated, and says where data may go freely', () => {
    expect(TRANSFER_REFERENCE.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(countryTransferStatus('DE')).toBe('eea');
    expect(countryTransferStatus('RE')).toBe('eea'); // Réunion, an outermost region
    expect(countryTransferStatus('GB')).toBe('adequacy');
    expect(countryTransferStatus('BR')).toBe('adequacy');
    expect(countryTransferStatus('US')).toBe('dpf-only');
    expect(countryTransferStatus('IN')).toBe('third-country');
    expect(isAdequateFor('US', true)).toBe(true);
    expect(isAdequateFor('US', false)).toBe(false);
    expect(isAdequateFor('INT', true)).toBe(false);
  });
});
