// The child sheets of a workbook, row by row: each row finds its processing (by id, ref_id or name) and is read into
// that processing's activity. A row whose processing is not in the workbook has no activity to go to: it is told as a
// finding that gives all its cells, so the DPO sees what was not imported and why.
import type { ImportedProcessor, ImportFinding, SheetGrid } from '../../imported-register.ts';
import type { ChildRow } from './child-row.ts';
import { columnsOf, isBlankRow } from './columns.ts';
import { linkColumnsOf, type ProcessingIndex } from './linking.ts';
import { describeBasesByPurpose, readDataSubject, readPersonalData, readPurpose, readRecipient, type PurposeBases } from './list-readers.ts';
import { readContractor, readTransfer } from './party-readers.ts';
import { describeRow } from './processing-row.ts';
import { ROW_WORDS, type ChildKind } from './sheets.ts';

export type ChildSheet = { kind: ChildKind; sheet: SheetGrid };

/** Reads every child sheet into the activities `index` finds, and the contractors into `processors`. */
export function readChildSheets(children: readonly ChildSheet[], index: ProcessingIndex, processors: ImportedProcessor[], findings: ImportFinding[]): void {
  const purposeBases: PurposeBases = new Map();
  const readers: Record<ChildKind, (child: ChildRow) => void> = {
    purposes: (child) => readPurpose(child, purposeBases),
    personalData: readPersonalData,
    dataSubjects: readDataSubject,
    recipients: readRecipient,
    contractors: readContractor,
    transfers: readTransfer,
  };
  for (const { kind, sheet } of children) {
    const columns = columnsOf(sheet.rows[0] ?? []);
    const links = linkColumnsOf(columns);
    for (let rowIndex = 1; rowIndex < sheet.rows.length; rowIndex++) {
      const row = sheet.rows[rowIndex] ?? [];
      if (isBlankRow(row)) continue;
      const rowNumber = rowIndex + 1;
      const link = index.link(row, links);
      const column = link.column?.header;
      const place = { sheet: sheet.name, row: rowNumber, ...(column === undefined ? {} : { column }) };
      if (link.found === 'blank') {
        findings.push({ place, message: `this ${ROW_WORDS[kind]} row names no processing, so it was not imported (${describeRow(row, columns)})` });
        continue;
      }
      if (link.found === 'none' || link.found === 'ambiguous') {
        const why = link.found === 'none' ? 'is not in the workbook (looked up by id, ref_id and name)' : 'names more than one processing';
        findings.push({ place, message: `"${link.value}" ${why}, so this ${ROW_WORDS[kind]} row was not imported (${describeRow(row, columns)})` });
        continue;
      }
      const read = new Set(links.map((candidate) => candidate.column));
      readers[kind]({ kind, sheet, columns, rowNumber, row, activity: link.found, findings, processors, read });
    }
  }
  describeBasesByPurpose(purposeBases);
}
