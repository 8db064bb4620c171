// Writes the audit log's entries that pass a filter, oldest first, as CSV (one row a field changed, for a
// spreadsheet) or PDF (one row an entry, for an auditor), in the language asked for; whole or not at all. Where to
// save is asked of the host when no path is given, as for the report and the privacy policy.
import path from 'node:path';
import { recordNames } from '../../../../shared/history/audit-log-names.ts';
import { auditLogRows } from '../../../../shared/history/audit-log-rows.ts';
import type { AuditLogFilter, AuditLogInput } from '../../../../shared/history/audit-log-values.ts';
import type { ExportedAudit, ParsedCommandInput } from '../../../../shared/ipc/contract.ts';
import { localCalendarDate } from '../../../../shared/model/dates.ts';
import type { ReportLanguage } from '../../../../shared/report/languages.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { askDestination } from '../files/ask-destination.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';
import { checkDestination } from '../files/destination.ts';
import { notSaved } from '../files/disk-full.ts';
import { auditLogFileName } from '../files/file-names.ts';
import { historyServices, untilViewed, type HandlerContext } from '../handlers/context.ts';
import type { ReportJobs } from '../reports/report-jobs.ts';
import type { AuditFilter } from '../services/audit.ts';
import type { Services } from '../services/index.ts';
import { csvText } from '../spreadsheets/write-csv.ts';

type AuditFormat = ExportedAudit['format'];
type AuditExport = { filter: AuditFilter; format: AuditFormat; language: ReportLanguage };

/**
 * Refuses a path the log cannot be written to before any work is done: an ending other than the format asked for
 * (the file is named), then a folder that is missing, a file, or read-only.
 */
export function checkAuditDestination(target: string, format: AuditFormat): void {
  const ending = `.${format}`;
  if (path.extname(target).toLowerCase() !== ending) {
    throw refuse('invalid-input', 'files:auditLogWrongEnding', { format: format.toUpperCase(), ending, name: path.basename(target) }, 'path');
  }
  checkDestination(target, { document: 'file', extensions: [ending], formats: format === 'csv' ? 'a CSV file' : 'a PDF' });
}

/** What the documents are made from: the entries, the register's name and language, the filter with its record named. */
function auditLogInput(services: Services, { filter, language }: AuditExport): AuditLogInput {
  const register = services.register.info();
  const { entries, names, writtenAt } = services.audit.toExport(filter);
  const record = filter.recordId === undefined ? undefined : recordNames(names).latest(filter.recordId);
  const described: AuditLogFilter = {
    ...(filter.recordId === undefined
      ? {}
      : { record: { id: filter.recordId, type: record?.type ?? entries[0]?.recordType ?? null, name: record?.name ?? null } }),
    ...(filter.recordType === undefined ? {} : { recordType: filter.recordType }),
    ...(filter.actor === undefined ? {} : { actor: filter.actor }),
    ...(filter.kinds === undefined ? {} : { kinds: filter.kinds }),
    ...(filter.since === undefined ? {} : { since: filter.since }),
    ...(filter.until === undefined ? {} : { until: filter.until }),
  };
  return {
    registerName: register.name,
    defaultLanguage: register.defaultLanguage,
    language,
    filter: described,
    writtenAt: new Date(writtenAt),
    entries,
    names,
  };
}

function auditLogCsv(input: AuditLogInput): string {
  const table = auditLogRows(input);
  return csvText(table.header, table.rows);
}

/** The CSV is written here (it takes milliseconds); the PDF, seconds for a long log, is laid out in a worker thread. */
async function writeAuditLog(input: AuditLogInput, format: AuditFormat, target: string, reports: ReportJobs): Promise<ExportedAudit> {
  checkAuditDestination(target, format);
  const content = format === 'csv' ? auditLogCsv(input) : (await reports.renderHistoryPdf({ document: 'audit-log', input })).bytes;
  try {
    await writeFileAtomically(target, content);
  } catch (error) {
    // Said as every document the app saves says it, a full disk above all; nothing is left behind.
    throw notSaved('The file', target, error);
  }
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return { path: target, format, entries: input.entries.length, bytes };
}

/**
 * The command `exportAudit`: a path given is checked first; the entries are read as the person asked (before the
 * Save dialog, which names the file by the day they were read); nothing is written when the dialog is cancelled.
 */
export async function exportAudit(
  { session, host, reports }: Pick<HandlerContext, 'session' | 'host' | 'reports'>,
  { path: given, format, language, ...filter }: ParsedCommandInput<'exportAudit'>,
): Promise<ExportedAudit | { cancelled: true }> {
  if (given !== undefined) checkAuditDestination(path.resolve(given), format);
  const input = auditLogInput(historyServices(session), { filter: untilViewed(session, filter), format, language });
  const name = auditLogFileName(input.registerName, language, localCalendarDate(input.writtenAt), format);
  const chosen = await askDestination(host, given, () => host.chooseDocumentDestination?.('audit-log', name, format), `audit-log.${format}`);
  if (chosen === null) return { cancelled: true };
  return writeAuditLog(input, format, chosen, reports);
}
