// The register checks in the interface: the findings of the register or of one record, their counts, and accepting.
export { DocumentFindings } from './DocumentFindings.tsx';
export { FindingsList, type FindingsListProps } from './FindingsList.tsx';
export { FindingCountsLine, SeverityBadge } from './SeverityBadge.tsx';
export { countFindings, findingsAt, useFindingLanguage, useFindingsByRecord, useRegisterCheck, type FindingCounts } from './useRegisterCheck.ts';
export { useCheckContext, type CheckContext } from './useCheckContext.ts';
export { RecordFindings, FieldFindings, RecordFindingsProvider, useRecordFindings } from './RecordFindings.tsx';
import './findings.css';
