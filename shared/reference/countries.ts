// The countries a register may name: ISO 3166-1 alpha-2, each code once, none withdrawn or merely reserved. Written out
// rather than asked of `Intl`, which also knows aliases (UK for GB, VD for VN, …) and withdrawn codes, and so offered
// the United Kingdom and Vietnam twice.

/**
 * The officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo): a user-assigned code, but the one the EU, the
 * Commission's own lists and every postal and banking system use for a country a transfer may go to.
 */
export const COUNTRY_CODES: readonly string[] = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
`
  .trim()
  .split(/\s+/);

const COUNTRIES = new Set(COUNTRY_CODES);

/**
 * Codes that once named a country which now has another code, each with exactly one successor, and codes reserved for
 * a part of a country: read (an older register, a spreadsheet typed by hand) and written back as the current code of
 * that country. Codes of countries that split (YU, CS, AN) have no single successor and are refused.
 */
export const RENAMED_COUNTRY_CODES: Readonly<Record<string, string>> = {
  UK: 'GB', // exceptionally reserved for the United Kingdom
  BU: 'MM', // Burma
  DD: 'DE', // German Democratic Republic
  DY: 'BJ', // Dahomey
  FX: 'FR', // Metropolitan France
  HV: 'BF', // Upper Volta
  NH: 'VU', // New Hebrides
  RH: 'ZW', // Southern Rhodesia
  SU: 'RU', // USSR, as CLDR maps it
  TP: 'TL', // East Timor
  VD: 'VN', // Democratic Republic of Viet-Nam
  YD: 'YE', // Democratic Yemen
  ZR: 'CD', // Zaire
  AC: 'SH', // Ascension Island, of Saint Helena, Ascension and Tristan da Cunha
  TA: 'SH', // Tristan da Cunha, likewise
  CQ: 'GG', // Sark, of the Bailiwick of Guernsey
  DG: 'IO', // Diego Garcia, of the British Indian Ocean Territory
  EA: 'ES', // Ceuta and Melilla, Spain
  IC: 'ES', // the Canary Islands, Spain (an outermost region: EU law applies)
};

/** The current code for `code`: itself, or the successor of a renamed code; undefined when it names no country. */
export function currentCountryCode(code: string): string | undefined {
  if (COUNTRIES.has(code)) return code;
  return Object.hasOwn(RENAMED_COUNTRY_CODES, code) ? RENAMED_COUNTRY_CODES[code] : undefined;
}
