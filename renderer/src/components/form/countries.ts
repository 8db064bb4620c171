// The countries the pickers offer: ISO 3166-1 alpha-2, each once, none withdrawn (see shared/reference/countries.ts).
import { COUNTRY_CODES } from '../../../../shared/reference/countries.ts';
import { countryTransferStatus, type CountryStatus } from '../../../../shared/reference/transfer-reference.ts';

/** All country codes offered by the pickers (unsorted; sort by name in the UI language). */
export function countryCodes(): readonly string[] {
  return COUNTRY_CODES;
}

/** EEA, adequacy, US (adequacy only for DPF-certified organisations), or a third country; null for `INT`. */
export function transferStatus(code: string): CountryStatus | null {
  return code === 'INT' ? null : countryTransferStatus(code);
}
