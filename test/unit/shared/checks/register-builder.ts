// Small registers built for one rule at a time: one organisation, the processors and activities a test names, each
// complete and quiet (no finding at all) until the test changes the one thing it is about. Every register is read with
// `readExchangeDocument`, so the records are exactly what the reader accepts.
import { expect } from 'vitest';
import { checkRegister } from '../../../../shared/checks/check-register.ts';
import { RULES, type Finding, type FindingAcceptance, type RuleId } from '../../../../shared/checks/findings.ts';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { ReportLanguage } from '../../../../shared/report/languages.ts';

/** A record as written in an exchange file: what the test sets, the rest left to the defaults below. */
export type Fields = Record<string, unknown>;

export const ORGANISATION = '00000000-0000-4000-8000-00000000000a';
export const ACTIVITY = '00000000-0000-4000-8000-0000000000a1';
export const OTHER_ACTIVITY = '00000000-0000-4000-8000-0000000000a2';
export const THIRD_ACTIVITY = '00000000-0000-4000-8000-0000000000a3';
export const PROCESSOR = '00000000-0000-4000-8000-0000000000b1';
export const SUB_PROCESSOR = '00000000-0000-4000-8000-0000000000b2';
export const SUB_SUB_PROCESSOR = '00000000-0000-4000-8000-0000000000b3';
export const OTHER_PROCESSOR = '00000000-0000-4000-8000-0000000000b4';

/** The day the checks judge review dates against, unless a test says otherwise. */
export const TODAY = '2026-12-02';

const META = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };

/** A Slovenian controller with an address and an e-mail: nothing to say about it. */
export function organisation(fields: Fields = {}): Fields {
  return { id: ORGANISATION, ...META, name: 'Acme d.o.o.', country: 'SI', address: 'Dunajska 1, Ljubljana', email: 'privacy@acme.test', ...fields };
}

/** A processor in Germany with an Art. 28 contract. */
export function processor(id: string, fields: Fields = {}): Fields {
  return { id, ...META, name: `Processor ${id.slice(-2)}`, country: 'DE', dpa: { signedOn: '2025-01-15', reference: 'DPA-1' }, ...fields };
}

/**
 * An active controller activity that records every Art. 30(1) item properly: purpose, basis, subjects, categories,
 * sources, recipients, no transfers (confirmed), a time limit with a period, measures, and a review due next year.
 */
export function activity(id: string, fields: Fields = {}): Fields {
  return {
    id,
    ...META,
    organisationId: ORGANISATION,
    role: 'controller',
    name: `Order fulfilment ${id.slice(-2)}`,
    purposes: ['Delivering orders and invoicing'],
    legalBases: [{ basis: 'contract' }],
    dataSubjects: ['Customers'],
    dataCategories: [{ name: 'Delivery address' }],
    sources: ['The customer’s webshop account'],
    recipients: ['Courier services'],
    confirmedNone: ['transfers'],
    retention: '24 months after the last order',
    securityMeasures: ['Role-based access control'],
    public: true,
    status: 'active',
    lastReviewedOn: '2026-06-01',
    nextReviewOn: '2027-06-01',
    ...fields,
  };
}

/** Drops fields of a record (the builders' defaults a test wants absent). */
export function without(record: Fields, ...keys: string[]): Fields {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

export type RegisterParts = {
  organisations?: Fields[];
  processors?: Fields[];
  activities?: Fields[];
  defaultLanguage?: string;
  /**
   * Fields set on activities after reading (by id), as a register saved before a rule of the reader was added may still
   * hold them: a next review before the last one, which the reader now refuses and the checks still report.
   */
  keptFromBefore?: Record<string, Fields>;
};

/** The register, as `readExchangeDocument` reads it (it throws if the parts are not a valid register). */
export function register(parts: RegisterParts = {}): ExchangeDocument {
  const document = readParts(parts);
  for (const [id, fields] of Object.entries(parts.keptFromBefore ?? {})) {
    const kept = document.activities.find((candidate) => candidate.id === id);
    if (kept === undefined) throw new Error(`No activity ${id} to keep fields on`);
    Object.assign(kept, fields);
  }
  return document;
}

function readParts(parts: RegisterParts): ExchangeDocument {
  return readExchangeDocument({
    format: 'ropa-exchange',
    version: 1,
    exportedAt: '2026-11-20T12:00:00Z',
    register: { id: '00000000-0000-4000-8000-0000000000ff', name: 'Test register', defaultLanguage: parts.defaultLanguage ?? 'en' },
    organisations: parts.organisations ?? [organisation()],
    processors: parts.processors ?? [],
    activities: parts.activities ?? [activity(ACTIVITY)],
  });
}

export type CheckOptions = { today?: string; language?: ReportLanguage; acceptances?: readonly FindingAcceptance[] };

/** Every finding on a register read from `document`. */
export function check(document: ExchangeDocument, options: CheckOptions = {}): Finding[] {
  return checkRegister(
    { content: document, defaultLanguage: document.register.defaultLanguage, today: options.today ?? TODAY },
    // Every finding with its fingerprint, as the backend gives it when a finding is accepted.
    { language: options.language ?? 'en', withBasis: true, ...(options.acceptances === undefined ? {} : { acceptances: options.acceptances }) },
  );
}

/** The findings on the register built from `parts`. */
export function findingsOf(parts: RegisterParts, options: CheckOptions = {}): Finding[] {
  return check(register(parts), options);
}

/** The findings of one rule. */
export function ofRule(findings: readonly Finding[], rule: RuleId): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}

/** The rules that found something, each once, in the order found. */
export function rulesIn(findings: readonly Finding[]): RuleId[] {
  return [...new Set(findings.map((finding) => finding.rule))];
}

export type Expected = { type: 'organisation' | 'processor' | 'activity'; id: string; field?: string };

/**
 * Asserts that `rule` found exactly the problems listed (record and field each), with the rule's severity; returns
 * them for further checks on the wording.
 */
export function expectFound(findings: readonly Finding[], rule: RuleId, expected: readonly Expected[]): Finding[] {
  const found = ofRule(findings, rule);
  expect(found.map((finding) => ({ type: finding.record.type, id: finding.record.id, field: finding.field }))).toEqual(
    expected.map((item) => ({ type: item.type, id: item.id, field: item.field })),
  );
  for (const finding of found) expect(finding.severity).toBe(RULES[rule].severity);
  return found;
}

/** Asserts that `rule` found nothing. */
export function expectQuiet(findings: readonly Finding[], rule: RuleId): void {
  expect(ofRule(findings, rule)).toEqual([]);
}

/** The one finding of `rule`; fails unless there is exactly one. */
export function onlyFinding(findings: readonly Finding[], rule: RuleId): Finding {
  const found = ofRule(findings, rule);
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}
