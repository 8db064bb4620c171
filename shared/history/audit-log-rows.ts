// The audit log as the rows of its CSV: one row a field an entry changed, with the entry's who, when, what and why
// on each, so that a spreadsheet's filter on any column keeps whole facts; an entry that changed no field is one row
// with the field, before and after empty.
import { historyTerm } from './history-terms.ts';
import { recordNames } from './audit-log-names.ts';
import { AUDIT_LOG_TEXTS } from './audit-log-texts.ts';
import { readableChanges, type AuditLogInput } from './audit-log-values.ts';

export type AuditLogTable = { header: string[]; rows: string[][] };

export function auditLogRows(input: AuditLogInput): AuditLogTable {
  const texts = AUDIT_LOG_TEXTS[input.language];
  const heads = texts.csv;
  const header = [
    heads.entry,
    heads.at,
    heads.actor,
    heads.kind,
    heads.action,
    heads.recordType,
    heads.recordName,
    heads.recordId,
    heads.field,
    heads.before,
    heads.after,
    heads.source,
  ];
  const names = recordNames(input.names);
  const rows = input.entries.flatMap((entry) => {
    const about = [
      String(entry.id),
      entry.at,
      entry.actor,
      historyTerm(input.language, `kind.${entry.kind}`),
      historyTerm(input.language, `action.${entry.action}`),
      historyTerm(input.language, `recordType.${entry.recordType}`),
      entry.recordName ?? '',
      entry.recordId,
    ];
    const changes = readableChanges(entry, input, names, texts);
    const fields = changes.length === 0 ? [{ field: '', before: '', after: '' }] : changes;
    return fields.map((change) => [...about, change.field, change.before, change.after, entry.source ?? '']);
  });
  return { header, rows };
}
