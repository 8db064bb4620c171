// The register's history: its audit log exported, and the register compared between two moments. Handlers:
// backend/handlers/history.ts. (The log itself is listed by `listAudit`, a command of the register.)
import { command, returns, type SchemaKit } from './declare.ts';
import { REPORT_LANGUAGES } from '../../report/languages.ts';
import { AUDIT_KINDS, type ExportedAudit, type ExportedComparison, type RegisterComparison } from '../outputs.ts';

const moment = ({ z }: SchemaKit) => z.iso.datetime({ offset: true });

/**
 * Which entries of the audit log: of one record, of one type of record, by one person, of some kinds, between two
 * moments (RFC 3339, as `2026-03-01T00:00:00Z`; `since` and `until` both included). Absent: all.
 */
export const auditFilter = (kit: SchemaKit) => ({
  recordId: kit.uuid.optional(),
  recordType: kit.z.enum(['organisation', 'processor', 'activity', 'register']).optional(),
  actor: kit.z.string().min(1).optional(),
  /** Only entries of these kinds (the Overview leaves out where an upgraded register's history starts). */
  kinds: kit.z.array(kit.z.enum(AUDIT_KINDS)).min(1).optional(),
  since: moment(kit).optional(),
  until: moment(kit).optional(),
});

/** The two moments compared: `to` absent is now. */
const between = (kit: SchemaKit) => ({ from: moment(kit), to: moment(kit).optional() });

export const historyCommands = {
  /**
   * Writes the audit log's entries that pass the filter, oldest first, as CSV (one row a field changed, before and
   * after) or PDF (`format`; with a path, its extension must agree); field names and kinds in `language`. Without a
   * path the desktop app asks where to save.
   */
  exportAudit: command({
    input: (kit) =>
      kit.z.strictObject({
        ...auditFilter(kit),
        format: kit.z.enum(['csv', 'pdf']),
        language: kit.z.enum(REPORT_LANGUAGES),
        path: kit.z.string().min(1).optional(),
      }),
    output: returns<ExportedAudit | { cancelled: true }>(),
    changesRegister: false,
  }),
  /**
   * The register at `from` compared with the register at `to`, both rebuilt from the audit log: records added,
   * removed and changed field by field, the records with material changes (new purposes, recipients, transfers,
   * longer retention) first.
   */
  compareRegister: command({
    input: (kit) => kit.z.strictObject(between(kit)),
    output: returns<RegisterComparison>(),
    changesRegister: false,
  }),
  /** The comparison as a PDF for the annual review, in `language`; without a path the desktop app asks where to save. */
  exportComparison: command({
    input: (kit) => kit.z.strictObject({ ...between(kit), language: kit.z.enum(REPORT_LANGUAGES), path: kit.z.string().min(1).optional() }),
    output: returns<ExportedComparison | { cancelled: true }>(),
    changesRegister: false,
  }),
} as const;
