// A country named in a cell, as the register's code. Names come from `Intl.DisplayNames` in the six languages (so no
// hand-kept list of countries); only the names people write that `Intl` does not give are listed here.
import { COUNTRY_CODES, currentCountryCode } from '../../reference/countries.ts';
import { normalise } from './text-match.ts';

const NAME_LANGUAGES = ['en', 'fr', 'de', 'uk', 'bg', 'sl'] as const;

/** `INT`: what the register's transfer destinations (`transferDestination`) take for an international organisation. */
export const INTERNATIONAL_ORGANISATION = 'INT';

/** Names and abbreviations in use that `Intl` does not give, normalised; `null` for a region that is no country. */
const ALIASES: Readonly<Record<string, string | null>> = {
  usa: 'US',
  'u s': 'US',
  'u s a': 'US',
  'united states of america': 'US',
  america: 'US',
  'the united states': 'US',
  сша: 'US',
  сащ: 'US',
  'съединените щати': 'US',
  'сполучені штати америки': 'US',
  'etats unis d amerique': 'US',
  'vereinigte staaten von amerika': 'US',
  zda: 'US',
  gbr: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'u k': 'GB',
  'the united kingdom': 'GB',
  'grande bretagne': 'GB',
  angleterre: 'GB',
  grossbritannien: 'GB',
  великобританія: 'GB',
  великобритания: 'GB',
  'обединено кралство': 'GB',
  'velika britanija': 'GB',
  anglija: 'GB',
  'czech republic': 'CZ',
  'republique tcheque': 'CZ',
  'tschechische republik': 'CZ',
  'ceska republika': 'CZ',
  turkey: 'TR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  korea: 'KR',
  'north korea': 'KP',
  russia: 'RU',
  holland: 'NL',
  'the netherlands': 'NL',
  'ivory coast': 'CI',
  macedonia: 'MK',
  swaziland: 'SZ',
  burma: 'MM',
  vatican: 'VA',
  'hong kong': 'HK',
  taiwan: 'TW',
  'the philippines': 'PH',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  uae: 'AE',
  // Regions, not countries: a transfer needs a country, and guessing one would be wrong.
  eu: null,
  eea: null,
  'european union': null,
  'european economic area': null,
  europe: null,
  ue: null,
  eee: null,
  'union europeenne': null,
  'europaische union': null,
  ewr: null,
  єс: null,
  ес: null,
  'европейски съюз': null,
  'європейський союз': null,
  'evropska unija': null,
  worldwide: null,
  global: null,
  // International organisations (Art. 46), which the register writes INT.
  int: INTERNATIONAL_ORGANISATION,
  'international organisation': INTERNATIONAL_ORGANISATION,
  'international organization': INTERNATIONAL_ORGANISATION,
  'organisation internationale': INTERNATIONAL_ORGANISATION,
  'internationale organisation': INTERNATIONAL_ORGANISATION,
  'міжнародна організація': INTERNATIONAL_ORGANISATION,
  'международна организация': INTERNATIONAL_ORGANISATION,
  'mednarodna organizacija': INTERNATIONAL_ORGANISATION,
};

let names: Map<string, string> | undefined;

/**
 * Every country's long and short name in the six languages, normalised. Built on first use: some 3,000 names that
 * most sessions never need. A name two countries share is left out rather than guessed.
 */
function countryNames(): Map<string, string> {
  if (names !== undefined) return names;
  const index = new Map<string, string | null>();
  for (const language of NAME_LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      const display = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
      for (const code of COUNTRY_CODES) {
        const name = display.of(code);
        if (name === undefined) continue;
        const key = normalise(name);
        const known = index.get(key);
        index.set(key, known === undefined || known === code ? code : null);
      }
    }
  }
  names = new Map([...index].filter((entry): entry is [string, string] => entry[1] !== null));
  return names;
}

/**
 * The ISO 3166-1 alpha-2 code of the country a cell names (a code, "usa", "Royaume-Uni", "Німеччина"), `INT` for an
 * international organisation; undefined for anything else, a region such as the EU included.
 */
export function readCountry(cell: string): string | undefined {
  const text = cell.replace(/\([^)]*\)/g, ' ').trim();
  if (/^[A-Za-z]{2}$/.test(text)) return currentCountryCode(text.toUpperCase());
  const key = normalise(text);
  if (key === '') return undefined;
  if (Object.hasOwn(ALIASES, key)) return ALIASES[key] ?? undefined;
  const named = countryNames().get(key) ?? countryNames().get(key.replace(/^(?:the|la|le|les|l|die|der|das) /, ''));
  return named;
}
