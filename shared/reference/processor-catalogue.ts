// A small catalogue of the processors most registers name (cloud, e-mail, payments, HR, CRM), so that adding one is a
// single choice: the legal entity a customer in the EU contracts with, its country, where it usually keeps the data,
// the service, and whether its group is certified under the EU–US Data Privacy Framework. The entries are in
// processor-catalogue-data.ts; facts that change (the DPF list, a provider's regions) are dated here.
import type { ProcessorDraft, Text } from '../model/records.ts';
import type { ProcessorKind } from '../model/vocabulary.ts';
import { isVocabularyLanguage, type VocabularyText } from '../vocabularies/entry.ts';
import { foldForSearch } from '../vocabularies/search-text.ts';

/**
 * The day the `dpfCertified` flags were last checked against the Data Privacy Framework List
 * (https://www.dataprivacyframework.gov/list). A certification lapses when an organisation does not re-certify each
 * year: check the list again and move this date before relying on the flags after it.
 */
export const DPF_LIST_AS_OF = '2025-01-31';

export type CatalogueProcessor = {
  /** Stable: `microsoft-365`. */
  readonly id: string;
  /** The name people know the service by, for the picker: "Microsoft 365". */
  readonly provider: string;
  /** The legal entity a customer in the EU contracts with: "Microsoft Ireland Operations Limited". */
  readonly name: string;
  /** That entity's country of establishment (ISO 3166-1 alpha-2). */
  readonly country: string;
  /** The group's parent, when it is not the contracting entity: its certification is what a transfer to it relies on. */
  readonly parent?: { readonly name: string; readonly country: string };
  readonly service: VocabularyText;
  /**
   * Where the provider keeps an EU customer's data by default, or in the EU region most such customers choose where
   * they choose one (ISO codes). Remote access from elsewhere (support, administration) is a transfer too, and is
   * not listed: the provider's list of sub-processors says where.
   */
  readonly dataLocations: readonly string[];
  /**
   * True when the group's US organisation was on the Data Privacy Framework List on `DPF_LIST_AS_OF`. Left out when
   * that was not confirmed (not recorded), which is not the same as not certified: the DPO checks the list.
   */
  readonly dpfCertified?: true;
  /** When the provider is usually not a processor: Meta is a joint controller of a page's insights and of its pixel's data. */
  readonly kind?: Exclude<ProcessorKind, 'processor'>;
};

/**
 * A new processor record from a catalogue entry, for the processor editor to show before saving. The service is
 * written in the four languages of the documents when the register's default language is one of them (every report
 * and policy language then has its own words), else in English as the register's own text.
 */
export function processorFromCatalogue(entry: CatalogueProcessor, defaultLanguage: string): ProcessorDraft {
  const service: Text = isVocabularyLanguage(defaultLanguage) ? { ...entry.service } : entry.service.en;
  return {
    ...(entry.kind === undefined ? {} : { kind: entry.kind }),
    name: entry.name,
    service,
    country: entry.country,
    dataLocations: [...entry.dataLocations],
    ...(entry.dpfCertified === undefined ? {} : { dpfCertified: entry.dpfCertified }),
  };
}

/** The entries whose provider, legal name or service (in `language`) contains `query`, folded as the suggestions fold text. */
export function catalogueMatches(catalogue: readonly CatalogueProcessor[], query: string, language: string): CatalogueProcessor[] {
  const folded = foldForSearch(query);
  if (folded === '') return [...catalogue];
  return catalogue.filter((entry) => {
    const service = isVocabularyLanguage(language) ? entry.service[language] : entry.service.en;
    return [entry.provider, entry.name, service].some((text) => foldForSearch(text).includes(folded));
  });
}
