// What the register checks report: one finding per problem, on one record (and field), with its severity, a message and
// a hint in the reader's language, and the legal reference it rests on.
import type { ProcessorKind } from '../model/vocabulary.ts';
import type { RecordType } from '../model/records.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower is more serious; for sorting and for `--min-severity`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Every rule, with its severity, and whether it judges with the dated transfer reference (its findings then show the
 * date of those facts). The ids are stable: acceptances, the CLI's JSON and scripts refer to them.
 */
export const RULES = {
  'controller-contact-missing': { severity: 'error' },
  'representative-missing': { severity: 'error', usesReference: true },
  'representative-not-needed': { severity: 'warning', usesReference: true },
  'dpo-contact-missing': { severity: 'warning' },
  'purpose-missing': { severity: 'error' },
  'legal-basis-missing': { severity: 'error' },
  'subjects-missing': { severity: 'error' },
  'data-categories-missing': { severity: 'error' },
  'retention-missing': { severity: 'error' },
  'special-condition-missing': { severity: 'error' },
  'special-condition-without-special-data': { severity: 'warning' },
  'legitimate-interest-unnamed': { severity: 'warning' },
  'legal-obligation-law-unnamed': { severity: 'warning' },
  'retention-vague': { severity: 'warning' },
  'security-measures-missing': { severity: 'warning' },
  'recipients-unstated': { severity: 'info' },
  'transfers-unstated': { severity: 'info' },
  'sources-unstated': { severity: 'info' },
  'transfer-mechanism-missing': { severity: 'error', usesReference: true },
  'transfer-mechanism-invalid': { severity: 'error', usesReference: true },
  'transfer-adequacy-unfounded': { severity: 'error', usesReference: true },
  'transfer-derogation-regular': { severity: 'warning' },
  'transfer-dpf-uncertified': { severity: 'warning', usesReference: true },
  'transfer-to-eea': { severity: 'info', usesReference: true },
  'transfer-via-subprocessor-unrecorded': { severity: 'error', usesReference: true },
  'recipient-country-missing': { severity: 'warning' },
  'processor-contract-missing': { severity: 'error' },
  'review-overdue': { severity: 'warning' },
  'review-dates-inconsistent': { severity: 'warning' },
  'review-date-missing': { severity: 'info' },
  'dpia-unassessed': { severity: 'warning' },
  'duplicate-record': { severity: 'info' },
} as const satisfies Record<string, { severity: Severity; usesReference?: boolean }>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The Art. 9(2) condition or Art. 10 code, as the vocabulary writes it (`art9-2-a`, `art10`). */
type ConditionCode = string;
/** Why a DPIA may be needed (Art. 35(3)). */
export type DpiaTrigger = 'special' | 'automated' | 'monitoring';
/** What is wrong with a transfer tool. */
export type InvalidMechanism = 'privacy-shield' | 'repealed-scc' | 'dpf-outside-us';

/** What each rule's message is made from; countries are ISO codes and dates ISO dates, worded in the reader's language. */
export type RuleParams = {
  'controller-contact-missing': Record<string, never>;
  'representative-missing': { country: string };
  'representative-not-needed': { country: string };
  'dpo-contact-missing': { dpo: string };
  'purpose-missing': { placeholder?: string };
  'legal-basis-missing': { placeholder?: string };
  'subjects-missing': { placeholder?: string };
  'data-categories-missing': { placeholder?: string };
  'retention-missing': { placeholder?: string };
  'special-condition-missing': { categories: string[] };
  'special-condition-without-special-data': { conditions: ConditionCode[] };
  'legitimate-interest-unnamed': { position: number };
  'legal-obligation-law-unnamed': { position: number; basis: 'legal-obligation' | 'public-task' };
  'retention-vague': { text: string; category?: string };
  'security-measures-missing': Record<string, never>;
  'recipients-unstated': Record<string, never>;
  'transfers-unstated': Record<string, never>;
  'sources-unstated': Record<string, never>;
  'transfer-mechanism-missing': { country: string; position: number; recipient: string };
  'transfer-mechanism-invalid': { country: string; position: number; recipient: string; problem: InvalidMechanism; decision?: string };
  'transfer-adequacy-unfounded': { country: string; position: number; recipient: string };
  'transfer-derogation-regular': { country: string; position: number; recipient: string };
  'transfer-dpf-uncertified': { country: string; position: number; recipient: string };
  'transfer-to-eea': { country: string; position: number; recipient: string };
  'transfer-via-subprocessor-unrecorded': { processor: string; country: string; chain: string[] };
  'recipient-country-missing': { kind: ProcessorKind; parent?: string };
  'processor-contract-missing': { activities: string[] };
  'review-overdue': { date: string };
  'review-dates-inconsistent': { next: string; last: string };
  'review-date-missing': Record<string, never>;
  'dpia-unassessed': { triggers: DpiaTrigger[]; term?: string; /** "Not required" is recorded without the reason. */ reasonMissing?: boolean };
  'duplicate-record': { others: string[] };
};

/** The record a finding is about, named as the reader knows it. */
export type FindingRecord = { type: RecordType; id: string; name: string; reference?: string };

/** A person's decision to live with a finding: who, when and why. */
export type FindingAcceptance = { key: string; basis: string; reason: string; by: string; at: string };

export type Finding = {
  rule: RuleId;
  severity: Severity;
  record: FindingRecord;
  /** The field the problem is in, as the editor's path names it (`transfers[1].mechanism`). */
  field?: string;
  message: string;
  hint: string;
  /** The legal reference the rule rests on ("Art. 30(1)(e) GDPR; CJEU C-311/18"). */
  source: string;
  /** Stable for as long as the problem is the same one: an acceptance names it. */
  key: string;
  /** What the rule judged, as a fingerprint: an acceptance holds while it is unchanged (given where it is compared). */
  basis?: string;
  /** The date of the transfer reference the rule judged with (for rules that use it). */
  asOf?: string;
  /** Accepted by a person, with the reason; still shown, marked as accepted. */
  accepted?: Omit<FindingAcceptance, 'key' | 'basis'>;
  /** Accepted once, but what it judged has changed since: the finding is back. */
  lapsedAcceptance?: Omit<FindingAcceptance, 'key' | 'basis'>;
};

/** What a rule found, before it is worded: the rule, where, and the values its message is made from. */
export type RawFinding<Rule extends RuleId = RuleId> = {
  rule: Rule;
  record: { type: RecordType; id: string };
  field?: string;
  /** Tells two findings of one rule on one field apart (a processor and a country, say). */
  detail?: string;
  params: RuleParams[Rule];
  /** The values the rule judged: an acceptance lapses when they change. */
  basis: unknown;
};

/** Adds one raw finding (typed by its rule). */
export type Emit = <Rule extends RuleId>(finding: RawFinding<Rule>) => void;

/**
 * The finding's identity: rule, record, field and detail. A field's position in a list (`transfers[1]`) is left out,
 * since it moves when an earlier item is removed; the rules that judge list items name the item in `detail` instead.
 */
export function findingIdentity(finding: Pick<RawFinding, 'rule' | 'record' | 'field' | 'detail'>): string {
  const field = finding.field === undefined ? '' : finding.field.includes('[') ? finding.field.replace(/\[\d+\]/g, '[]') : finding.field;
  return `${finding.rule}|${finding.record.type}|${finding.record.id}|${field}|${finding.detail ?? ''}`;
}

/** Errors first, then warnings, then notes; within one, in the order they were found. */
export function bySeverity(a: Pick<Finding, 'severity'>, b: Pick<Finding, 'severity'>): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}
