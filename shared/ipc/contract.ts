import { z } from 'zod';
import { languageCode, uuid } from '../model/primitives.ts';
import { ACTIVITY_STATUSES, type ActivityRole, type ActivityStatus, type LegalBasis } from '../model/vocabulary.ts';
import type { Organisation, Processor, ProcessingActivity, RecordType, Text } from '../model/records.ts';
import type { ExchangeDocument } from '../exchange/read.ts';
import type { Result } from '../result.ts';
import { REPORT_LANGUAGES } from '../report/languages.ts';
import type { ReportWarning } from '../report/report-input.ts';
import type { PolicyChanges } from '../policy/changes.ts';
import type { PrivacyPolicy } from '../policy/policy-document.ts';
import type { DanglingReference } from '../merge/apply-merge.ts';
import type { MatchProposal, MergeCounts, RecordMerge } from '../merge/merge-plan.ts';
import type { Finding } from '../checks/findings.ts';
import type { RegisterCheck } from '../checks/register-check.ts';

/**
 * The one contract between the register backend and its three transports (Electron IPC, the CLI, the test bridge).
 * Each command has a zod schema for its input (checked by the backend, whatever the transport) and an output type.
 * Records inside `record` are checked by the backend against the register's own schemas, which depend on its
 * default language, so here they are only "an object".
 */
const none = z.strictObject({});
const byId = z.strictObject({ id: uuid });
const draft = z.strictObject({ record: z.record(z.string(), z.unknown()) });
const resolution = z.enum(['ours', 'theirs']);
const findingKey = z.string().min(1).max(1_000);
const mergeFile = { text: z.string().optional(), fileName: z.string().optional(), path: z.string().min(1).optional() };

export const commandInputs = {
  registerInfo: none,
  updateRegister: z.strictObject({ name: z.string().trim().min(1).optional(), defaultLanguage: languageCode.optional() }),

  listOrganisations: none,
  saveOrganisation: draft,
  deleteOrganisation: byId,

  listProcessors: none,
  saveProcessor: draft,
  deleteProcessor: byId,

  listActivities: none,
  getActivity: byId,
  saveActivity: draft,
  duplicateActivity: byId,
  setActivityStatus: z.strictObject({ id: uuid, status: z.enum(ACTIVITY_STATUSES) }),
  deleteActivity: byId,

  listAudit: z.strictObject({ recordId: uuid.optional(), limit: z.number().int().min(1).max(10_000).optional() }),

  /** Runs the register checks: every finding (of one organisation's record, if given), worded in `language` (default en). */
  checkRegister: z.strictObject({
    language: z.enum(REPORT_LANGUAGES).optional(),
    organisationId: uuid.optional(),
    /** How complete each Art. 30 item is (default: yes); the command line, which does not show it, says no. */
    completeness: z.boolean().optional(),
  }),
  /** Accepts a finding (by its key) with the reason; audited. It comes back when what the rule judged changes. */
  acceptFinding: z.strictObject({ key: findingKey, reason: z.string().trim().min(1, 'must say why the finding is accepted').max(2_000) }),
  /** Withdraws the acceptance of a finding; audited. */
  reopenFinding: z.strictObject({ key: findingKey }),

  exportRegister: none,
  /** Fills an empty register from a file (`path`, or an exchange file's `text`), its records taken as they are. */
  importRegister: z.strictObject(mergeFile),

  currentFile: none,
  recentFiles: none,
  /** Without a path, the desktop app asks with a native dialog; other transports must give one. */
  openFile: z.strictObject({ path: z.string().min(1).optional(), readOnly: z.boolean().optional() }),
  createFile: z.strictObject({
    path: z.string().min(1).optional(),
    name: z.string().trim().min(1),
    defaultLanguage: languageCode,
  }),
  openDemo: none,

  /** Renders the register report (Art. 30(4)) in a worker thread; without a path the desktop app asks where to save. */
  createReport: z.strictObject({
    language: z.enum(REPORT_LANGUAGES),
    organisationId: uuid.optional(),
    includeDrafts: z.boolean(),
    path: z.string().min(1).optional(),
  }),
  /** Stops the report being rendered, if any; nothing is written. */
  cancelReport: none,
  /** Opens a file the app wrote (a report, a policy) with the system's viewer, or shows it in its folder. */
  revealFile: z.strictObject({ path: z.string().min(1), how: z.enum(['open', 'show-in-folder']) }),

  /** The privacy policy (Art. 13/14) generated from the register now, with what changed since it was last published. */
  previewPolicy: z.strictObject({ language: z.enum(REPORT_LANGUAGES), organisationId: uuid.optional() }),
  /**
   * Writes the policy as HTML, Markdown or PDF (`format`; with a path, its extension must agree). The policy is public:
   * while an unaccepted error of the register checks concerns what it publishes, nothing is written and the findings
   * come back (`blocked`), unless `ignoreChecks`.
   */
  exportPolicy: z.strictObject({
    language: z.enum(REPORT_LANGUAGES),
    organisationId: uuid.optional(),
    format: z.enum(['html', 'md', 'pdf']),
    path: z.string().min(1).optional(),
    ignoreChecks: z.boolean().optional(),
  }),
  /** Records the next published version of the policy, in every language. */
  publishPolicy: z.strictObject({ organisationId: uuid.optional() }),
  listPolicyVersions: z.strictObject({ organisationId: uuid.optional() }),

  /**
   * What merging a colleague's file into this register would do, field by field; writes nothing. The file is `path`
   * (an exchange file, their `.ropa` register, the XLSX template or a CSV of activities), or an exchange file's
   * `text`; with neither, the desktop app asks with a native dialog.
   */
  previewMerge: z.strictObject({ ...mergeFile, matches: z.record(uuid, uuid).optional() }),
  /**
   * Merges the file, every conflict resolved (per field, per record or for all), the rows without an id that the
   * person matched by name taken as updates; a backup copy is taken first. With `sha256` (the preview's), a file
   * that changed since the preview is refused.
   */
  applyMerge: z.strictObject({
    ...mergeFile,
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    matches: z.record(uuid, uuid).optional(),
    resolutions: z.strictObject({
      all: resolution.optional(),
      records: z.record(z.string(), resolution).optional(),
      fields: z.record(z.string(), resolution).optional(),
    }),
  }),
  /**
   * Writes the register, or the activities of one owner or a selection, for a colleague: an exchange file, the XLSX
   * template or a CSV of activities. What it contained is kept, so the file coming back merges three-way. Without a
   * path the desktop app asks where to save it.
   */
  exportForColleague: z.strictObject({
    format: z.enum(['json', 'xlsx', 'csv']),
    owner: z.string().trim().min(1).optional(),
    activityIds: z.array(uuid).min(1).optional(),
    path: z.string().min(1).optional(),
  }),
  /** The open register's backups (newest first, with when, why, size and what each holds) and their folder. */
  listBackups: none,
  /** Puts a backup (by its file name in the backups folder) in the open register's place, after a backup of the state it replaces. */
  restoreBackup: z.strictObject({ name: z.string().regex(/^[0-9A-Za-z.-]+\.ropa$/, 'is not the name of a backup file') }),
  /** Puts the register back as it was before the last import (its copy), keeping the merged state beside it. */
  undoLastImport: none,
} as const;

export type CommandName = keyof typeof commandInputs;
export type CommandInput<Name extends CommandName> = z.input<(typeof commandInputs)[Name]>;

export type RegisterInfo = {
  id: string;
  name: string;
  defaultLanguage: string;
  /** +1 on every change to any record. */
  revision: number;
  filePath: string;
  /** Opened read-only (another RoPA Desk is writing to it): nothing can be changed. */
  readOnly: boolean;
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

export type AuditEntry = {
  id: number;
  at: string;
  actor: string;
  recordType: RecordType | 'register';
  recordId: string;
  action: 'create' | 'update' | 'delete' | 'import' | 'accept-finding' | 'reopen-finding';
  changes: Array<{ field: string; old: unknown; new: unknown }>;
  source: string | null;
};

export type ImportSummary = { organisations: number; processors: number; activities: number };

export type CreatedReport =
  | { path: string; pages: number; bytes: number; activities: number; warnings: ReportWarning[] }
  | { cancelled: true };

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
};

/** A file written for a colleague, and what it holds. */
export type ExportedForColleague = { path: string; format: 'json' | 'xlsx' | 'csv'; bytes: number; organisations: number; processors: number; activities: number };

/** Why a backup was taken: once a day on open, before an import or an upgrade, before a restore, or an undone import. */
export const BACKUP_REASONS = ['daily', 'import', 'migration', 'before-restore', 'undone-import'] as const;
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

export interface CommandOutputs {
  registerInfo: RegisterInfo;
  updateRegister: RegisterInfo;
  listOrganisations: Organisation[];
  saveOrganisation: Organisation;
  deleteOrganisation: { id: string };
  listProcessors: Processor[];
  saveProcessor: Processor;
  deleteProcessor: { id: string };
  listActivities: ActivitySummary[];
  getActivity: ProcessingActivity;
  saveActivity: ProcessingActivity;
  duplicateActivity: ProcessingActivity;
  setActivityStatus: ProcessingActivity;
  deleteActivity: { id: string };
  listAudit: AuditEntry[];
  checkRegister: RegisterCheck;
  acceptFinding: Finding;
  reopenFinding: { key: string };
  exportRegister: ExchangeDocument;
  importRegister: ImportSummary;
  currentFile: { path: string; nativeDialogs: boolean };
  recentFiles: string[];
  openFile: OpenedFile;
  createFile: OpenedFile;
  openDemo: OpenedFile;
  createReport: CreatedReport;
  cancelReport: { cancelled: boolean };
  revealFile: { revealed: boolean };
  previewPolicy: PolicyPreview;
  exportPolicy: ExportedPolicy | BlockedPolicy | { cancelled: true };
  publishPolicy: PolicyVersion;
  listPolicyVersions: PolicyVersion[];
  previewMerge: MergePreview | { cancelled: true };
  applyMerge: AppliedMerge;
  undoLastImport: { info: RegisterInfo; undonePath: string };
  exportForColleague: ExportedForColleague | { cancelled: true };
  listBackups: { folder: string; backups: BackupInfo[] };
  restoreBackup: { info: RegisterInfo; safetyBackup: string };
}

/** The API every transport offers: one async function per command, resolving to a Result, never rejecting. */
export type RopaApi = {
  [Name in CommandName]: (input: CommandInput<Name>) => Promise<Result<CommandOutputs[Name]>>;
};

/** Events the desktop shell pushes to the window (e.g. File › Open chosen from the menu). */
export type RopaEvent =
  | { type: 'register-opened'; info: RegisterInfo }
  | { type: 'menu'; command: MenuCommand }
  | { type: 'report-progress'; progress: ReportProgress }
  | { type: 'import-progress'; progress: ImportProgress };
export type MenuCommand = 'new-register' | 'open-register' | 'save' | 'new-activity' | 'register-report' | 'privacy-policy' | 'import-file' | 'restore-backup';

export const COMMAND_NAMES = Object.keys(commandInputs) as CommandName[];
