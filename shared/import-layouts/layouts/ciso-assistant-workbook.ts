// A CISO Assistant privacy register as a workbook: a Processing sheet (as the processings export) and a sheet for each
// of the models that hang from a processing (Purposes, Personal data, Data subjects, Data recipients, Contractors,
// Transfers), whose rows name their processing by id, ref_id or name. CISO Assistant exports only the processings
// list; the rest is what DPOs put together from its API or its other list screens, so sheet names and the way a row
// names its processing vary, and all the usual ones are read.
import { refuse } from '../../refusals/refusals.ts';
import type { ImportedActivity, ImportedProcessor, ImportFinding, KnownLayout, SheetGrid } from '../imported-register.ts';
import { readChildSheets, type ChildSheet } from './ciso-assistant/children.ts';
import { columnsOf, isBlankRow } from './ciso-assistant/columns.ts';
import { indexProcessings, linkColumnsOf } from './ciso-assistant/linking.ts';
import { retentionOfActivity } from './ciso-assistant/list-readers.ts';
import { readProcessingRow, type ReadProcessing } from './ciso-assistant/processing-row.ts';
import { CHILD_KINDS, sheetKind } from './ciso-assistant/sheets.ts';

/** A Processing sheet: named so, with a name column (children may name their processing by it alone). */
function isProcessingSheet(sheet: SheetGrid): boolean {
  return sheetKind(sheet) === 'processings' && columnsOf(sheet.rows[0] ?? []).find('name') !== undefined;
}

/** The child sheets with a column naming the processing, in the order they are read. */
function childSheets(sheets: readonly SheetGrid[]): ChildSheet[] {
  const children: ChildSheet[] = [];
  for (const kind of CHILD_KINDS) {
    for (const sheet of sheets) {
      if (sheetKind(sheet) === kind && linkColumnsOf(columnsOf(sheet.rows[0] ?? [])).length > 0) children.push({ kind, sheet });
    }
  }
  return children;
}

export const cisoAssistantWorkbookLayout: KnownLayout = {
  id: 'ciso-assistant-workbook',
  title: 'CISO Assistant privacy register (workbook of processings, purposes, personal data, …)',
  recognises(sheets) {
    return sheets.some(isProcessingSheet) && childSheets(sheets).length > 0;
  },
  read(sheets) {
    const processingSheets = sheets.filter(isProcessingSheet);
    if (processingSheets.length === 0) {
      throw refuse('invalid-input', 'imports:cisoWorkbookNoProcessingSheet');
    }
    const findings: ImportFinding[] = [];
    const processings: ReadProcessing[] = [];
    for (const sheet of processingSheets) {
      const columns = columnsOf(sheet.rows[0] ?? []);
      for (let index = 1; index < sheet.rows.length; index++) {
        if (isBlankRow(sheet.rows[index] ?? [])) continue;
        const read = readProcessingRow(sheet, columns, index, findings);
        if (read !== undefined) processings.push(read);
      }
    }
    const children = childSheets(sheets);
    const processors: ImportedProcessor[] = [];
    readChildSheets(children, indexProcessings(processings), processors, findings);
    const activities: ImportedActivity[] = processings.map((processing) => processing.activity);
    for (const activity of activities) retentionOfActivity(activity);
    for (const sheet of sheets) {
      const used = processingSheets.includes(sheet) || children.some((child) => child.sheet === sheet);
      if (!used && sheet.rows.some((row) => !isBlankRow(row))) {
        findings.push({
          place: { sheet: sheet.name, row: 1 },
          message: 'this sheet is none of CISO Assistant\'s (or names no processing in a "processing" column), so it was not read',
        });
      }
    }
    return { layout: 'ciso-assistant-workbook', activities, processors, findings };
  },
};
