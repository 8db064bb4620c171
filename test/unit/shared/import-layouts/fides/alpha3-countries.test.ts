// The alpha-3 table written by hand is held to the register's own list of countries: one code each, none twice.
import { describe, expect, it } from 'vitest';
import { ALPHA3_BY_ALPHA2, alpha2FromFides, alpha3ForFides } from '../../../../../shared/import-layouts/fides/alpha3-countries.ts';
import { COUNTRY_CODES } from '../../../../../shared/reference/countries.ts';

describe('alpha-3 country codes', () => {
  it('has exactly one alpha-3 code for each country the register accepts, each code once', () => {
    expect([...ALPHA3_BY_ALPHA2.keys()].sort()).toEqual([...COUNTRY_CODES].sort());
    const codes = [...ALPHA3_BY_ALPHA2.values()];
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('reads alpha-3 as fideslang writes it, and the alpha-2 hand-written manifests use', () => {
    expect(alpha2FromFides('USA')).toBe('US');
    expect(alpha2FromFides('gbr')).toBe('GB');
    expect(alpha2FromFides(' CHE ')).toBe('CH');
    expect(alpha2FromFides('UK')).toBe('GB');
    expect(alpha2FromFides('IN')).toBe('IN');
    expect(alpha2FromFides('XXX')).toBeUndefined();
    expect(alpha2FromFides('United States')).toBeUndefined();
  });

  it('writes alpha-3 back, and nothing for an international organisation', () => {
    expect(alpha3ForFides('US')).toBe('USA');
    expect(alpha3ForFides('XK')).toBe('XKX');
    expect(alpha3ForFides('INT')).toBeUndefined();
  });
});
