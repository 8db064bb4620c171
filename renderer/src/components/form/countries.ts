// The ISO 3166-1 alpha-2 countries the pickers offer: every code the browser's Intl knows as a region, without the
// reserved and withdrawn codes that are not countries (the backend accepts only what Intl knows, too).
import { isCountryCode } from '../../../../shared/model/primitives.ts';
import { countryTransferStatus, type CountryStatus } from '../../../../shared/model/vocabulary.ts';

const NOT_COUNTRIES = new Set([
  'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA', // exceptionally reserved, not ISO 3166-1 countries
  'AN', 'BU', 'CS', 'DD', 'FX', 'NT', 'SU', 'TP', 'YD', 'YU', 'ZR', // withdrawn
  'EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ', // groupings and pseudo-regions
]);

let codes: string[] | undefined;

/** All country codes offered by the pickers (unsorted; sort by name in the UI language). */
export function countryCodes(): string[] {
  if (codes === undefined) {
    codes = [];
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        if (!NOT_COUNTRIES.has(code) && isCountryCode(code)) codes.push(code);
      }
    }
  }
  return codes;
}

/** EEA, adequacy, US (adequacy only for DPF-certified organisations), or a third country; null for `INT`. */
export function transferStatus(code: string): CountryStatus | null {
  return code === 'INT' ? null : countryTransferStatus(code);
}
