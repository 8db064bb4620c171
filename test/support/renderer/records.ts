// Records and answers for the stand-in backend, as the register would give them: valid by the shared schemas, with
// only what a test is about written out at the call (`processor({ name: 'Acme Hosting', country: 'DE' })`).
import type { Finding, RuleId } from '../../../shared/checks/findings.ts';
import { RULES } from '../../../shared/checks/findings.ts';
import type { RegisterCheck } from '../../../shared/checks/register-check.ts';
import type { ActivitySummary, AuditEntry, MergePreview } from '../../../shared/ipc/contract.ts';
import type { Organisation, ProcessingActivity, Processor } from '../../../shared/model/records.ts';

/** A stable, valid UUID per number: `recordId(1)` is the same id in the handler and in the assertion. */
export function recordId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const UPDATED_AT = '2025-03-14T09:30:00.000Z';

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return { id: recordId(100), updatedAt: UPDATED_AT, revision: 1, name: 'Example Ltd', country: 'IE', email: 'privacy@example.ie', ...overrides };
}

export function processor(overrides: Partial<Processor> = {}): Processor {
  return { id: recordId(200), updatedAt: UPDATED_AT, revision: 1, kind: 'processor', name: 'Acme Hosting', country: 'DE', ...overrides };
}

export function activitySummary(overrides: Partial<ActivitySummary> = {}): ActivitySummary {
  return {
    id: recordId(300),
    reference: 'A-0001',
    name: 'Payroll',
    role: 'controller',
    organisationId: recordId(100),
    legalBases: ['legal-obligation'],
    owner: 'HR',
    status: 'active',
    nextReviewOn: null,
    transferCountries: [],
    processorIds: [],
    revision: 1,
    updatedAt: UPDATED_AT,
    ...overrides,
  };
}

/** A whole activity as `getActivity` answers: an active controller activity with the Art. 30 items filled in. */
export function activity(overrides: Partial<ProcessingActivity> = {}): ProcessingActivity {
  return {
    id: recordId(300),
    updatedAt: UPDATED_AT,
    revision: 1,
    organisationId: recordId(100),
    role: 'controller',
    name: 'Payroll',
    purposes: ['Paying salaries'],
    legalBases: [{ basis: 'legal-obligation' }],
    dataSubjects: ['Employees'],
    dataCategories: [{ name: 'Bank details', retention: '7 years after leaving' }],
    public: true,
    status: 'active',
    ...overrides,
  };
}

/** A finding of `rule` (its severity as the rule says) about an activity unless `record` says otherwise. */
export function finding(rule: RuleId, overrides: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity: RULES[rule].severity,
    record: { type: 'activity', id: recordId(300), name: 'Payroll', reference: 'A-0001' },
    message: `The finding of ${rule}.`,
    hint: `What to do about ${rule}.`,
    source: 'Art. 30(1) GDPR',
    key: `${rule}:${overrides.record?.id ?? recordId(300)}:${overrides.field ?? ''}`,
    ...overrides,
  };
}

/** What `checkRegister` answers: the findings given, no acceptances, no completeness table unless given. */
export function registerCheck(findings: Finding[], overrides: Partial<RegisterCheck> = {}): RegisterCheck {
  return { findings, acceptances: [], completeness: [], asOf: '2025-01-01', today: '2025-03-14', ...overrides };
}

/** What `previewMerge` answers for a file exported from this register (three-way), with the records given. */
export function mergePreview(overrides: Partial<MergePreview> = {}): MergePreview {
  return {
    fileName: 'hr-update.ropa.json',
    path: '/home/dpo/hr-update.ropa.json',
    sha256: 'a'.repeat(64),
    threeWay: true,
    baseRevision: 10,
    counts: { new: 0, changed: 0, conflict: 0, 'delete-conflict': 0, removed: 0, unchanged: 0 },
    records: [],
    dangling: [],
    proposedMatches: [],
    warnings: [],
    newFindings: [],
    newFindingCount: 0,
    ...overrides,
  };
}

let auditEntries = 0;

/**
 * An entry of the audit log as `listAudit` answers (each with the next id): Dana DPO changed the purposes of the
 * activity Payroll, its name not kept, unless `overrides` say otherwise.
 */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  auditEntries += 1;
  return {
    id: auditEntries,
    at: '2025-03-14T12:00:00.000Z',
    actor: 'Dana DPO',
    recordType: 'activity',
    recordId: recordId(300),
    recordName: null,
    kind: 'change',
    action: 'update',
    changes: [{ field: 'purposes', old: ['Paying salaries'], new: ['Paying salaries', 'Paying pensions'] }],
    source: null,
    ...overrides,
  };
}
