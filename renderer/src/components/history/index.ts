// The register's history as the screens show it: an entry's sentence (the Overview's latest changes), the list of
// entries with their changes before and after (the History screen, the editors' History tab), and the names of records.
export { AuditSentence } from './AuditSentence.tsx';
export { AuditEntryList } from './AuditEntryList.tsx';
export { RecordHistoryTabs } from './RecordHistoryTabs.tsx';
export { capitalised, useChangedFields, useFieldTerm } from './changeWords.ts';
export { deletedRecords, entryRecord, recordHref, useCurrentRecords, type NamedRecord, type RecordNames } from './recordNames.ts';
export { useAuditEntries, type AuditFilter } from './useAuditEntries.ts';
