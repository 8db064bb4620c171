import { textIn, type Text } from '../model/text.ts';
import type { RecordType } from '../model/records.ts';
import type { ReportLanguage } from './languages.ts';
import type { ReportWarning } from './report-input.ts';

/**
 * The register's own texts, dates and country names in the report's language, with fallback to the register's
 * default language; every fallback and every empty Art. 30 item is recorded as a warning for the person making it.
 */
export class ReportTexts {
  readonly language: ReportLanguage;
  readonly warnings: ReportWarning[] = [];
  /** How "INT" (an international organisation as a transfer destination) is written in this language. */
  private readonly internationalOrganisation: string;
  private readonly defaultLanguage: string;
  private readonly dates: Intl.DateTimeFormat;
  private readonly countries: Intl.DisplayNames;
  private readonly languages: Intl.DisplayNames;

  constructor(language: ReportLanguage, internationalOrganisation: string, defaultLanguage: string) {
    this.language = language;
    this.internationalOrganisation = internationalOrganisation;
    this.defaultLanguage = defaultLanguage;
    // English for an EU authority: day before month (en-GB), never the US order.
    const locale = language === 'en' ? 'en-GB' : language;
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.countries = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    this.languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  }

  /** The text in the report's language or, failing that, the default language's (with a warning naming `where`). */
  text(value: Text, where: string, recordId?: string, recordType?: RecordType): string {
    const own = textIn(value, this.language, this.defaultLanguage);
    if (own !== undefined) return own;
    this.warnings.push({
      kind: 'fallback',
      message: `${where}: no ${this.languages.of(this.language)} text, printed in ${this.languages.of(this.defaultLanguage)}`,
      ...(recordId === undefined ? {} : { recordId }),
      ...(recordType === undefined ? {} : { recordType }),
    });
    return textIn(value, this.defaultLanguage, this.defaultLanguage) ?? '';
  }

  texts(values: readonly Text[] | undefined, where: string, recordId?: string, recordType?: RecordType): string[] {
    return (values ?? []).map((value, index) => this.text(value, `${where} ${index + 1}`, recordId, recordType));
  }

  notRecorded(where: string, item: string, recordId?: string, recordType?: RecordType): void {
    this.warnings.push({
      kind: 'not-recorded',
      message: `${where}: not recorded: ${item}`,
      ...(recordId === undefined ? {} : { recordId }),
      ...(recordType === undefined ? {} : { recordType }),
    });
  }

  /**
   * A calendar date (2026-11-01) or a moment, in the report language's long form, the one style every date of a
   * document takes: "2 December 2026", "2 грудня 2026 р.", "2 декември 2026 г.", "2. decembra 2026".
   */
  date(value: string | Date): string {
    const moment = asMoment(value);
    // ICU writes Slovenian months in the nominative ("2. december 2026"); a date takes the genitive ("2. decembra").
    if (this.language === 'sl') return `${moment.getUTCDate()}. ${SLOVENIAN_MONTHS_GENITIVE[moment.getUTCMonth()]} ${moment.getUTCFullYear()}`;
    return this.dates.format(moment);
  }

  /** A country's name in the report's language; INT (an international organisation) in words. */
  country(code: string): string {
    if (code === 'INT') return this.internationalOrganisation;
    return COUNTRY_NAMES[this.language]?.[code] ?? this.countries.of(code) ?? code;
  }
}

const SLOVENIAN_MONTHS_GENITIVE = [
  'januarja',
  'februarja',
  'marca',
  'aprila',
  'maja',
  'junija',
  'julija',
  'avgusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
] as const;

/** Where ICU's name is not the one a lawyer of that language writes ("Съединени щати" for the United States is "САЩ"). */
const COUNTRY_NAMES: Partial<Record<ReportLanguage, Readonly<Record<string, string>>>> = {
  bg: { US: 'САЩ' },
};

function asMoment(value: string | Date): Date {
  if (typeof value !== 'string') return value;
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}
