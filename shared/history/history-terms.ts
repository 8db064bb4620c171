// The words of the register's history, one catalogue per interface language (./locales): each field's name as a DPO
// says it, each kind of entry, each action and type of record. The page (namespace `historyTerms`), the command line
// and the history's documents (CSV, PDF) all read them here, so a field has one name in each language.
import { plainTextCatalogue, type CatalogueKey } from '../interface/plain-text-catalogue.ts';
import type { InterfaceLanguage } from '../interface/languages.ts';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import sl from './locales/sl.json' with { type: 'json' };
import uk from './locales/uk.json' with { type: 'json' };

export const HISTORY_TERMS: Readonly<Record<InterfaceLanguage, typeof en>> = { en, uk, bg, sl };

export type HistoryTermKey = CatalogueKey<typeof en>;

const termsI18n = plainTextCatalogue(
  Object.fromEntries(Object.entries(HISTORY_TERMS).map(([language, terms]) => [language, { historyTerms: terms }])) as Record<
    InterfaceLanguage,
    { historyTerms: typeof en }
  >,
);

/** A term in `language`, English where that language lacks it. */
export function historyTerm(language: InterfaceLanguage, key: HistoryTermKey): string {
  return termsI18n.getFixedT(language, 'historyTerms')(key);
}

/** A field's name in `language`; a field the catalogue does not know (an extension's) keeps its own name. */
export function fieldName(language: InterfaceLanguage, field: string): string {
  return termsI18n.getFixedT(language, 'historyTerms')(`field.${field}`, { defaultValue: field });
}
