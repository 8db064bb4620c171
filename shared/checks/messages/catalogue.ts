import type { RuleId, RuleParams } from '../findings.ts';

/** How a catalogue words the values of a finding in its language. */
export type FindingFormat = {
  /** A country's name ("India"); INT as "an international organisation". */
  country(code: string): string;
  /** A date in the language's long form. */
  date(isoDate: string): string;
  /** "A, B and C". */
  list(items: readonly string[]): string;
  /** A text of the register, in the language's quotation marks. */
  quote(text: string): string;
};

export type RuleText<Params> = {
  message(params: Params, format: FindingFormat): string;
  /** What to do about it, in a DPO's words. */
  hint(params: Params, format: FindingFormat): string;
  /** The legal reference, in the language's citation style. */
  source: string | ((params: Params) => string);
};

/**
 * Every rule's message, hint and legal reference in one language. One object per language, each checked against this
 * type, so that a rule without its words in one language is a type error, not an English sentence in a Bulgarian list.
 */
export type FindingCatalogue = {
  [Rule in RuleId]: RuleText<RuleParams[Rule]>;
} & {
  /** "Transfer facts as of 15 November 2026", shown with findings that used the dated reference. */
  referenceDate(date: string): string;
  /** "Accepted by … on …: reason". */
  accepted(by: string, date: string, reason: string): string;
  /** An acceptance given before what the rule judged changed: the finding is back. */
  lapsed(by: string, date: string, reason: string): string;
  severity: { error: string; warning: string; info: string };
  /** How `INT`, an international organisation as a transfer's destination, is named. */
  internationalOrganisation: string;
  /** The language's quotation marks around a text of the register. */
  quote(text: string): string;
};
