// The UK ICO's "Documentation template for controllers" (an XLSX): the controller's details at the top of the sheet,
// then a table with one processing activity per row under column-group titles and headers. Every sheet that has the
// template's headers is read (a DPO may keep one copy of the sheet per department).
import { refuse } from '../../refusals/refusals.ts';
import type { ImportedActivity, ImportedOrganisation, ImportedRegister, ImportFinding, KnownLayout, SheetGrid } from '../imported-register.ts';
import { readActivityRow } from './ico/activity-row.ts';
import { readControllerBlock } from './ico/controller-block.ts';
import { findHeaderRow, readColumns } from './ico/header-row.ts';

function readSheet(sheet: SheetGrid, headerRow: number, activities: ImportedActivity[], findings: ImportFinding[]): ImportedOrganisation | undefined {
  const columns = readColumns(sheet.rows, headerRow);
  const block = readControllerBlock(sheet.rows.slice(0, headerRow), sheet.name);
  findings.push(...block.findings);
  for (let index = headerRow + 1; index < sheet.rows.length; index++) {
    const activity = readActivityRow(sheet.rows[index] ?? [], columns, sheet.name, index + 1, findings);
    if (activity !== undefined) activities.push(activity);
  }
  return block.organisation;
}

export const icoLayout: KnownLayout = {
  id: 'ico',
  title: 'UK ICO documentation template for controllers',

  recognises(sheets) {
    try {
      return sheets.some((sheet) => findHeaderRow(sheet.rows) !== undefined);
    } catch {
      return false;
    }
  },

  read(sheets): ImportedRegister {
    const activities: ImportedActivity[] = [];
    const findings: ImportFinding[] = [];
    let organisation: ImportedOrganisation | undefined;
    let read = false;
    for (const sheet of sheets) {
      const headerRow = findHeaderRow(sheet.rows);
      if (headerRow === undefined) continue;
      read = true;
      const found = readSheet(sheet, headerRow, activities, findings);
      // The controller is one organisation: the first sheet that gives its details says who it is.
      if (organisation === undefined) organisation = found;
      else if (found !== undefined && found.name !== organisation.name) {
        findings.push({
          place: { sheet: sheet.name, row: 1 },
          message: `the controller's details differ from the first sheet's: those of the first sheet were kept`,
        });
      }
    }
    if (!read) {
      throw refuse('invalid-input', 'imports:icoNoTemplateSheet');
    }
    return organisation === undefined
      ? { layout: 'ico', activities, processors: [], findings }
      : { layout: 'ico', activities, processors: [], organisation, findings };
  },
};
