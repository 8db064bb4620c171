// The register checks: every rule run over the register once, the findings worded in the reader's language, each
// matched with the acceptance a person gave it (which holds while what the rule judged is unchanged).
import type { ProcessingActivity, RecordType } from '../model/records.ts';
import { displayText, type Text } from '../model/text.ts';
import { TRANSFER_REFERENCE } from '../reference/transfer-reference.ts';
import type { ReportLanguage } from '../report/languages.ts';
import { findingIdentity, RULES, type Severity, type Emit, type Finding, type FindingAcceptance, type RawFinding } from './findings.ts';
import { fingerprint } from './fingerprint.ts';
import { findingCatalogue, type FindingCatalogue, type FindingFormat } from './messages/index.ts';
import type { RuleText } from './messages/catalogue.ts';
import { registerView, type RegisterContent, type RegisterView } from './register-view.ts';
import { completenessRules } from './rules/completeness-rules.ts';
import { dpiaRule } from './rules/dpia-rule.ts';
import { duplicateRule } from './rules/duplicate-rule.ts';
import { lawfulnessRules } from './rules/lawfulness-rules.ts';
import { organisationRules } from './rules/organisation-rules.ts';
import { activeUsers, processorRules } from './rules/processor-rules.ts';
import { retentionRules } from './rules/retention-rules.ts';
import { reviewRules } from './rules/review-rules.ts';
import { statementRules } from './rules/statement-rules.ts';
import { transferRules } from './rules/transfer-rules.ts';

export type CheckInput = {
  content: RegisterContent;
  defaultLanguage: string;
  /** Today, `YYYY-MM-DD`. */
  today: string;
};

export type PresentOptions = {
  language: ReportLanguage;
  /** Give every finding its `basis` (for accepting one); otherwise only findings with an acceptance have it. */
  withBasis?: boolean;
  acceptances?: readonly FindingAcceptance[];
  /** Activity references (PA-0001) by id, to name activities as the register does. */
  references?: Readonly<Record<string, string>>;
};

/** Every finding in the register, worded in `options.language`, errors first. */
export function checkRegister(input: CheckInput, options: PresentOptions): Finding[] {
  const view = registerView(input.content, input.defaultLanguage, input.today);
  return presentFindings(rawFindings(view), view, options);
}

/** What every rule finds in the register (retired activities are not checked: they are no longer carried out). */
export function rawFindings(view: RegisterView): RawFinding[] {
  const found: RawFinding[] = [];
  const emit: Emit = (finding) => void found.push(finding);
  for (const organisation of view.content.organisations) organisationRules(organisation, emit);
  const users = activeUsers(view);
  for (const processor of view.content.processors) processorRules(processor, view, users, emit);
  duplicateRule('processor', view.content.processors, view, emit);
  const current = view.content.activities.filter((activity) => activity.status !== 'retired');
  for (const activity of current) activityRules(activity, view, emit);
  duplicateRule('activity', current, view, emit);
  return found;
}

/** The rules that judge one activity on its own (all but duplicates): what the editor runs as the person types. */
export function activityRules(activity: ProcessingActivity, view: RegisterView, emit: Emit): void {
  completenessRules(activity, emit);
  lawfulnessRules(activity, view, emit);
  retentionRules(activity, view, emit);
  const transfersThroughProcessors = transferRules(activity, view, emit);
  statementRules(activity, view.organisationsById.get(activity.organisationId), transfersThroughProcessors, emit);
  reviewRules(activity, view.today, emit);
  dpiaRule(activity, emit);
}

/** Words raw findings in the reader's language, marks the accepted ones, and sorts them errors first. */
export function presentFindings(raw: readonly RawFinding[], view: RegisterView, options: PresentOptions): Finding[] {
  const catalogue = findingCatalogue(options.language);
  const format = findingFormat(options.language, catalogue);
  const names = recordNames(view, options.language);
  const acceptances = new Map((options.acceptances ?? []).map((acceptance) => [acceptance.key, acceptance]));
  const seen = new Map<string, number>();
  // A text that takes no parameters (most hints, some messages) is the same for every finding of its rule: made once.
  const fixed = new Map<unknown, string>();
  const wording = (text: (params: never, format: FindingFormat) => string, params: unknown): string => {
    if (text.length > 0) return (text as (params: unknown, format: FindingFormat) => string)(params, format);
    let made = fixed.get(text);
    if (made === undefined) fixed.set(text, (made = (text as () => string)()));
    return made;
  };
  // Written field by field rather than spread together: a register of 5,000 activities has some 20,000 findings.
  const findings = raw.map((raw) => {
    // Two items alike in every way (the same transfer recorded twice) are told apart by their order.
    const identity = findingIdentity(raw);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const key = occurrence === 1 ? identity : `${identity}#${occurrence}`;
    const record: Finding['record'] = { type: raw.record.type, id: raw.record.id, name: names(raw.record.type, raw.record.id) };
    const reference = raw.record.type === 'activity' ? options.references?.[raw.record.id] : undefined;
    if (reference !== undefined) record.reference = reference;
    const rule = RULES[raw.rule];
    const finding: Finding = { rule: raw.rule, severity: rule.severity, record, message: '', hint: '', source: '', key };
    if (raw.field !== undefined) finding.field = raw.field;
    const text = catalogue[raw.rule] as RuleText<unknown>;
    finding.message = wording(text.message, raw.params);
    finding.hint = wording(text.hint, raw.params);
    finding.source = typeof text.source === 'string' ? text.source : text.source(raw.params);
    if ('usesReference' in rule) finding.asOf = TRANSFER_REFERENCE.asOf;
    // The fingerprint is worked out where it is compared (an acceptance of this finding) or asked for.
    const acceptance = acceptances.get(key);
    if (acceptance !== undefined || options.withBasis === true) finding.basis = fingerprint(raw.basis);
    if (acceptance !== undefined) {
      const decision = { reason: acceptance.reason, by: acceptance.by, at: acceptance.at };
      if (acceptance.basis === finding.basis) finding.accepted = decision;
      else finding.lapsedAcceptance = decision;
    }
    return finding;
  });
  // Errors first, then warnings, then notes, each in the order found (a stable sort by severity, in one pass).
  const bySeverityOrder: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const finding of findings) bySeverityOrder[finding.severity].push(finding);
  return [...bySeverityOrder.error, ...bySeverityOrder.warning, ...bySeverityOrder.info];
}

/** Countries, dates and lists as the language writes them. */
export function findingFormat(language: ReportLanguage, catalogue: FindingCatalogue): FindingFormat {
  // Each made when first needed: an Intl formatter takes milliseconds to make, and many findings need none.
  let countries: Intl.DisplayNames | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  let lists: Intl.ListFormat | undefined;
  const countryNames = new Map<string, string>();
  return {
    country: (code) => {
      if (code === 'INT') return catalogue.internationalOrganisation;
      let name = countryNames.get(code);
      if (name === undefined) {
        countries ??= new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
        countryNames.set(code, (name = countries.of(code) ?? code));
      }
      return name;
    },
    date: (iso) =>
      (dates ??= new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'UTC' })).format(
        new Date(`${iso.slice(0, 10)}T00:00:00Z`),
      ),
    list: (items) => (lists ??= new Intl.ListFormat(language, { type: 'conjunction' })).format(items),
    quote: catalogue.quote,
  };
}

/** A record's name in the language, falling back to the register's default language. */
function recordNames(view: RegisterView, language: string): (type: RecordType, id: string) => string {
  const name = (text: Text | undefined) => displayText(text, language, view.defaultLanguage);
  const activities = new Map(view.content.activities.map((activity) => [activity.id, activity]));
  // A record has several findings, each naming it: its name is worked out once.
  const known = new Map<string, string>();
  return (type, id) => {
    let found = known.get(id);
    if (found === undefined) {
      found = name(
        type === 'organisation' ? view.organisationsById.get(id)?.name : type === 'processor' ? view.processorsById.get(id)?.name : activities.get(id)?.name,
      );
      known.set(id, found);
    }
    return found;
  };
}
