// CISO Assistant's list of processings, exported as CSV or as a one-sheet XLSX from Privacy → Processings (and the
// template its data wizard imports): a row per processing, headed by field names (ref_id, name, description, domain,
// status, processing_nature, assigned_to, labels, dpia_required, dpia_reference, …). Its purposes, personal data and
// the rest are not in it; the workbook layout (ciso-assistant-workbook.ts) reads those.
import { refuse } from '../../refusals/refusals.ts';
import type { ImportFinding, ImportedActivity, KnownLayout, SheetGrid } from '../imported-register.ts';
import { columnsOf, isBlankRow, type Columns } from './ciso-assistant/columns.ts';
import { readProcessingRow } from './ciso-assistant/processing-row.ts';

/** Headers besides ref_id, name and processing_nature, of which the list has at least one. */
const OTHER_HEADERS = [
  'description',
  'domain',
  'folder',
  'status',
  'assigned_to',
  'labels',
  'dpia_required',
  'dpia_reference',
  'legal_basis',
  'has_sensitive_personal_data',
];

function hasListHeaders(columns: Columns): boolean {
  return (
    columns.find('ref_id') !== undefined &&
    columns.find('name') !== undefined &&
    columns.find('processing_nature') !== undefined &&
    OTHER_HEADERS.some((name) => columns.find(name) !== undefined)
  );
}

/** The sheets with any text: an XLSX saved from Excel often has an empty "Sheet2". */
const filledSheets = (sheets: readonly SheetGrid[]) => sheets.filter((sheet) => sheet.rows.some((row) => !isBlankRow(row)));

export const cisoAssistantLayout: KnownLayout = {
  id: 'ciso-assistant',
  title: 'CISO Assistant processings (CSV or XLSX export)',
  recognises(sheets) {
    // One filled sheet only: a workbook with a sheet of purposes or personal data beside it is the workbook layout's.
    const filled = filledSheets(sheets);
    return filled.length === 1 && filled[0] !== undefined && hasListHeaders(columnsOf(filled[0].rows[0] ?? []));
  },
  read(sheets) {
    const sheet = filledSheets(sheets).find((candidate) => columnsOf(candidate.rows[0] ?? []).find('name') !== undefined);
    if (sheet === undefined) {
      const first = sheets[0]?.name;
      throw first === undefined
        ? refuse('invalid-input', 'imports:cisoNoSheetNoNameColumn')
        : refuse('invalid-input', 'imports:cisoNoNameColumn', { sheet: first });
    }
    const columns = columnsOf(sheet.rows[0] ?? []);
    const findings: ImportFinding[] = [];
    const activities: ImportedActivity[] = [];
    for (let index = 1; index < sheet.rows.length; index++) {
      if (isBlankRow(sheet.rows[index] ?? [])) continue;
      const read = readProcessingRow(sheet, columns, index, findings);
      if (read !== undefined) activities.push(read.activity);
    }
    return { layout: 'ciso-assistant', activities, processors: [], findings };
  },
};
