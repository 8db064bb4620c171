// What the commands answer: the output types of the command declarations (commands/), re-exported by contract.ts.
import type { ActivityRole, ActivityStatus, LegalBasis } from '../model/vocabulary.ts';
import type { RecordType, Text } from '../model/records.ts';
import type { ReportWarning } from '../report/report-input.ts';
import type { PolicyChanges } from '../policy/changes.ts';
import type { PrivacyPolicy } from '../policy/policy-document.ts';
import type { DanglingReference } from '../merge/apply-merge.ts';
import type { MatchProposal, MergeCounts, RecordMerge } from '../merge/merge-plan.ts';
import type { Finding } from '../checks/findings.ts';

export type RegisterInfo = {
  id: string;
  name: string;
  defaultLanguage: string;
  /** +1 on every change to any record. */
  revision: number;
  filePath: string;
  /** Opened read-only (another RoPA Desk is writing to it, or shown as of a moment): nothing can be changed. */
  readOnly: boolean;
  /** Shown as it stood at this moment (RFC 3339), rebuilt from its audit log (`viewAsOf`); null: as it is now. */
  asOf: string | null;
  counts: { organisations: number; processors: number; activities: number };
};

/** A row of the activities table: what the table shows, sorts and filters on, without the whole record. */
export type ActivitySummary = {
  id: string;
  reference: string;
  name: Text;
  role: ActivityRole;
  organisationId: string;
  legalBases: LegalBasis[];
  owner: string | null;
  status: ActivityStatus;
  nextReviewOn: string | null;
  transferCountries: string[];
  /** The processors the activity uses directly (its sub-processors follow from theirs). */
  processorIds: string[];
  revision: number;
  updatedAt: string;
};

/**
 * What an entry of the audit log records: a person's change, a bulk edit, an import or merge of a file, an import
 * undone, a backup restored, a finding accepted or reopened, a policy published; or, in a register kept before the
 * log held whole records (format 7), the record as it stood when its history in full started.
 */
export const AUDIT_KINDS = [
  'change',
  'bulk-edit',
  'import',
  'merge',
  'undo-import',
  'restore',
  'accept-finding',
  'reopen-finding',
  'publish-policy',
  'history-start',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export type AuditEntry = {
  id: number;
  at: string;
  actor: string;
  recordType: RecordType | 'register';
  recordId: string;
  /** The record's name when the entry was written (in the register's default language); null where it was not kept. */
  recordName: string | null;
  kind: AuditKind;
  action: 'create' | 'update' | 'delete' | 'import' | 'accept-finding' | 'reopen-finding' | 'publish';
  changes: Array<{ field: string; old: unknown; new: unknown }>;
  source: string | null;
};

/** A file of the audit log written (`exportAudit`): where, how many entries, its size. */
export type ExportedAudit = { path: string; format: 'csv' | 'pdf'; entries: number; bytes: number };

/** Why a change is material to the annual review: a purpose, recipient or transfer added, a retention made longer. */
export type MaterialChange = 'purposes' | 'recipients' | 'transfers' | 'retention';

/** One field of a record that differs between the two moments: its value at each (null where absent). */
export type ComparedField = { field: string; before: unknown; after: unknown; material: MaterialChange | null };

/**
 * A record that differs between the two moments. `name` is its name at `to` (at `from` when removed), in the
 * register's default language; `fields` lists what changed (empty when added or removed).
 */
export type ComparedRecord = {
  recordType: RecordType;
  id: string;
  name: string;
  /** The activity's reference (PA-…), where it has one. */
  reference: string | null;
  change: 'added' | 'removed' | 'changed';
  /** The material changes of the record (an added record with purposes, recipients or transfers has them too). */
  material: MaterialChange[];
  fields: ComparedField[];
};

/** The register compared between two moments: the records that differ, those with material changes first. */
export type RegisterComparison = {
  from: string;
  to: string;
  /** The register's revision at each moment. */
  revisions: { from: number; to: number };
  records: ComparedRecord[];
  counts: { added: number; removed: number; changed: number; material: number };
};

/** The comparison's PDF written (`exportComparison`). */
export type ExportedComparison = { path: string; pages: number; bytes: number };

/** The audit log's chain checked: `broken` is the first entry whose hash does not fit its content and the entry before. */
export type AuditVerification = { entries: number; broken: { id: number; at: string } | null };

export type ImportSummary = {
  organisations: number;
  processors: number;
  activities: number;
  /** What was read, but not as written (a value kept as text, a default taken): the file's findings. */
  warnings?: string[];
};

export type CreatedReport = { path: string; pages: number; bytes: number; activities: number; warnings: ReportWarning[] } | { cancelled: true };

export type PolicyPreview = { policy: PrivacyPolicy; changes: PolicyChanges };
export type ExportedPolicy = { path: string; bytes: number; format: 'html' | 'md' | 'pdf'; warnings: ReportWarning[] };
/** A policy not exported: the errors of the register checks in what it would publish, worded in its language. */
export type BlockedPolicy = { blocked: Finding[] };
export type PolicyVersion = { version: number; publishedAt: string; registerRevision: number };

/** A merge as the person previews it: the records that would change (unchanged ones are only counted). */
export type MergePreview = {
  fileName: string;
  /** The file read, when it was given by path or chosen in a dialog: what the apply passes back. */
  path?: string;
  sha256: string;
  /** True when the file was exported by this register and that export is kept: the merge is three-way. */
  threeWay: boolean;
  baseRevision?: number;
  counts: MergeCounts;
  records: Array<Pick<RecordMerge, 'type' | 'id' | 'outcome' | 'fields'> & { name: string; deletedIn?: 'ours' | 'theirs' }>;
  /** References the merged register would have to records neither side holds: they block the apply. */
  dangling: DanglingReference[];
  /** Spreadsheet rows without an id named like one of our records: the person accepts each match, or adds them as new. */
  proposedMatches: MatchProposal[];
  /** How the file was read, where the person should know (e.g. an edited spreadsheet cell that dropped translations). */
  warnings: string[];
  /**
   * The register checks' findings the merge would add (those of the merged register the register has not now, the
   * conflicts left as ours), errors first; `newFindingCount` counts them all, `newFindings` lists at most 200.
   */
  newFindings: Finding[];
  newFindingCount: number;
};

/** A file written for a colleague, and what it holds. */
export type ExportedForColleague = {
  path: string;
  format: 'json' | 'xlsx' | 'csv' | 'fides';
  bytes: number;
  organisations: number;
  processors: number;
  activities: number;
};

/**
 * Why a backup was taken: once a day on open, before an import or an upgrade, before a restore, an undone import, asked
 * for (Back up now, `ropa backups create`), or when a new register first held an activity. The reason is the end of
 * the backup's file name (backups/backup-files.ts): a reason is only ever added, so that older names stay readable.
 */
export const BACKUP_REASONS = ['daily', 'import', 'migration', 'before-restore', 'undone-import', 'manual', 'first-activity'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** One backup of the register: when and why it was taken, its size, and the records it holds (null if unreadable). */
export type BackupInfo = {
  name: string;
  path: string;
  takenAt: string;
  reason: BackupReason;
  bytes: number;
  counts: { organisations: number; processors: number; activities: number } | null;
};

/** A merge written: how many records were created, updated and deleted, and the copy taken before (none when nothing changed). */
export type AppliedMerge = { created: number; updated: number; deleted: number; backupPath: string | null; source: string };

/** Where a report being rendered has got to; `fraction` is known only while pages are written. */
export type ReportProgress = { stage: 'preparing' | 'laying-out' | 'writing-pages' | 'saving'; fraction?: number };

/** Where reading a colleague's file has got to (a large file takes seconds): read, checked, compared with ours. */
export type ImportProgress = { stage: 'reading' | 'checking' | 'comparing'; fraction?: number };

export type OpenedFile = { info: RegisterInfo } | { cancelled: true };

/**
 * A bulk edit made: its number (audited as "bulk edit #N", what undoBulkEdit takes), how many records it changed and
 * how many already were as asked. Nothing changed: no number, nothing written.
 */
export type BulkEditOutcome = { id: number | null; recordType: 'activity' | 'processor'; changed: number; unchanged: number };

/** A bulk edit undone: every record it changed is back as it was before (audited as "undo of bulk edit #N"). */
export type UndoneBulkEdit = { id: number; recordType: 'activity' | 'processor'; restored: number };
