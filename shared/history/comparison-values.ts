// A field's value as a person reads it in the register compared between two moments: the register's texts in its
// default language, lists one item a line, processors and organisations by name (from the documents compared, the
// later first), countries, dates and the vocabulary (roles, legal bases, mechanisms…) in the document's language.
import type { ExchangeDocument } from '../exchange/read.ts';
import { displayText, type Text } from '../model/text.ts';
import { reportCatalogue } from '../report/catalogue/index.ts';
import type { ReportLanguage } from '../report/languages.ts';
import { ReportTexts } from '../report/report-texts.ts';
import { COMPARISON_TEXTS } from './comparison-texts.ts';
import { fieldName } from './history-terms.ts';

/** The lines of `value`, the value of a record's `field` (a field has one meaning in every type of record); none for a value absent. */
export type ValueLines = (field: string, value: unknown) => string[];

type Item = Record<string, unknown>;
const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);
const itemsOf = (value: unknown): readonly Item[] => listOf(value).filter((item): item is Item => typeof item === 'object' && item !== null);
const filled = (lines: ReadonlyArray<string | undefined>): string[] => lines.filter((line): line is string => line !== undefined && line.trim() !== '');

/** A text as the exchange format writes it: a string, or translations keyed by language code. */
const isText = (value: unknown): value is Text =>
  typeof value === 'string' ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(([key, inner]) => /^[a-z]{2,3}$/.test(key) && typeof inner === 'string'));

/** `documents`: those compared, the later first (a record's name is looked up there first). */
export function comparisonValues(language: ReportLanguage, documents: readonly ExchangeDocument[]): ValueLines {
  const catalogue = reportCatalogue(language);
  const words = COMPARISON_TEXTS[language];
  const defaultLanguage = documents[0]?.register.defaultLanguage ?? language;
  const texts = new ReportTexts(language, catalogue.transfer.internationalOrganisation, defaultLanguage);
  const text = (value: unknown): string => (isText(value) ? displayText(value, defaultLanguage, defaultLanguage) : '');
  const yesNo = (value: unknown) => (value === true ? catalogue.document.yes : value === false ? catalogue.document.no : undefined);
  const date = (value: unknown) => (typeof value === 'string' ? texts.date(value) : undefined);
  // The later document's names are set last, so they win.
  const names = new Map(
    [...documents].reverse().flatMap((document) => [...document.processors, ...document.organisations].map((record) => [record.id, record.name] as const)),
  );
  const nameOf = (id: unknown): string => {
    const name = typeof id === 'string' ? names.get(id) : undefined;
    return name === undefined ? String(id) : text(name);
  };
  const word = <Key extends string>(table: Readonly<Record<Key, string>>, key: unknown): string =>
    typeof key === 'string' && Object.hasOwn(table, key) ? table[key as Key] : String(key);
  const joined = (...parts: ReadonlyArray<string | undefined>) => filled(parts).join(' – ');

  /** Any value of a field without a reading of its own (an extension's): its texts, and the names of an object's keys. */
  const generic = (value: unknown): string[] => {
    if (value === null || value === undefined) return [];
    if (isText(value)) return filled([text(value)]);
    if (typeof value === 'boolean') return filled([yesNo(value)]);
    if (Array.isArray(value)) return value.flatMap(generic);
    if (typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => generic(inner).map((line) => `${key}: ${line}`));
    return [String(value)];
  };
  const contact = (value: unknown) =>
    itemsOf(value).flatMap((item) => filled([text(item['name']), ...['address', 'email', 'phone', 'website'].map((key) => text(item[key]))]));
  const automated = catalogue.field.automated;

  const readings: Readonly<Record<string, (value: unknown) => string[]>> = {
    legalBases: (value) => itemsOf(value).map((item) => joined(word(catalogue.legalBases, item['basis']), text(item['detail']))),
    specialCategoryConditions: (value) => listOf(value).map((condition) => word(catalogue.specialConditions, condition)),
    dataCategories: (value) =>
      itemsOf(value).map((category) =>
        joined(
          category['special'] === true ? `${text(category['name'])} (${catalogue.field.special})` : text(category['name']),
          category['retention'] === undefined ? undefined : `${fieldName(language, 'retention')}: ${text(category['retention'])}`,
        ),
      ),
    processorIds: (value) => listOf(value).map((id) => nameOf(id)),
    parentId: (value) => (typeof value === 'string' ? [nameOf(value)] : []),
    organisationId: (value) => [nameOf(value)],
    transfers: (value) =>
      itemsOf(value).map((transfer) =>
        joined(
          texts.country(String(transfer['country'])),
          transfer['recipient'] === undefined ? nameOf(transfer['processorId']) : text(transfer['recipient']),
          transfer['mechanism'] === undefined ? undefined : word(catalogue.mechanisms, transfer['mechanism']),
          text(transfer['safeguards']),
        ),
      ),
    jointControllers: (value) => itemsOf(value).map((party) => filled([text(party['name']), text(party['contact'])]).join(', ')),
    controllers: (value) => itemsOf(value).map((party) => filled([text(party['name']), text(party['contact'])]).join(', ')),
    automatedDecisionMaking: (value) =>
      itemsOf(value).flatMap((answers) =>
        filled([
          `${automated.solelyAutomated}: ${yesNo(answers['solelyAutomated']) ?? ''}`,
          `${automated.significantEffects}: ${yesNo(answers['significantEffects']) ?? ''}`,
          `${automated.profiling}: ${yesNo(answers['profiling']) ?? ''}`,
          answers['logic'] === undefined ? undefined : `${automated.logic}: ${text(answers['logic'])}`,
          answers['consequences'] === undefined ? undefined : `${automated.consequences}: ${text(answers['consequences'])}`,
        ]),
      ),
    dpia: (value) =>
      itemsOf(value).flatMap((dpia) =>
        filled([
          dpia['required'] === true ? catalogue.field.dpiaRequired : catalogue.field.dpiaNotRequired,
          text(dpia['reason']),
          dpia['reference'] === undefined ? undefined : `${catalogue.field.dpiaReference} ${text(dpia['reference'])}`,
          dpia['completedOn'] === undefined ? undefined : `${catalogue.field.dpiaCompleted} ${date(dpia['completedOn']) ?? ''}`,
        ]),
      ),
    dpa: (value) =>
      itemsOf(value).flatMap((dpa) =>
        filled([
          typeof dpa['signedOn'] === 'string' ? catalogue.annex.dpaSignedOn(texts.date(dpa['signedOn'])) : catalogue.annex.dpaSignedUndated,
          dpa['reference'] === undefined ? undefined : `${catalogue.annex.dpaReference}: ${text(dpa['reference'])}`,
        ]),
      ),
    // An item confirmed as none is named as its field is (the processors as `processorIds` are).
    confirmedNone: (value) => listOf(value).map((item) => fieldName(language, item === 'processors' ? 'processorIds' : String(item))),
    status: (value) => [word(words.status, value)],
    role: (value) => [word(catalogue.roles, value)],
    kind: (value) => [word(catalogue.processorKinds, value)],
    country: (value) => (typeof value === 'string' ? [texts.country(value)] : []),
    dataLocations: (value) => listOf(value).map((country) => texts.country(String(country))),
    lastReviewedOn: (value) => filled([date(value)]),
    nextReviewOn: (value) => filled([date(value)]),
    dpo: contact,
    representative: contact,
    supervisoryAuthority: contact,
  };

  return (field, value) => (value === null || value === undefined ? [] : (readings[field] ?? generic)(value));
}

/** A moment compared, as the document writes it: "1 March 2026, 09:00 UTC" (dates in UTC, as the moments are given). */
export function comparisonMoment(language: ReportLanguage, at: string): string {
  const catalogue = reportCatalogue(language);
  const date = new ReportTexts(language, catalogue.transfer.internationalOrganisation, language).date(at);
  return COMPARISON_TEXTS[language].moment(date, new Date(at).toISOString().slice(11, 16));
}
