// Handlers of the column mappings (declared in shared/ipc/commands/column-mappings.ts): a spreadsheet's layout
// recognised, or a mapping of its columns suggested (the one saved for the same headers first), and its preview.
import path from 'node:path';
import type { columnMappingCommands, MappingPreview, MappingSuggestion } from '../../../../shared/ipc/commands/column-mappings.ts';
import { applyMapping } from '../../../../shared/import-layouts/apply-mapping.ts';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import type { SheetGrid } from '../../../../shared/import-layouts/imported-register.ts';
import { isActivitiesHeader, isRopaDeskWorkbook, mappedSheet, recogniseLayout } from '../../../../shared/import-layouts/read-sheets.ts';
import { suggestMapping } from '../../../../shared/import-layouts/suggest-mapping.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { kindOf } from '../colleague-files/read-colleague-file.ts';
import { readSheetGrids } from '../colleague-files/read-sheet-grids.ts';
import type { ColumnMappingService } from '../services/column-mappings.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

const SAMPLE_ROWS = 10;
const PREVIEW_ACTIVITIES = 20;
const PREVIEW_FINDINGS = 100;

async function sheetsOf(filePath: string): Promise<SheetGrid[]> {
  return readSheetGrids(path.resolve(filePath), kindOf(path.resolve(filePath)));
}

function preview(sheet: SheetGrid, mapping: ColumnMapping): MappingPreview {
  const read = applyMapping(sheet, mapping);
  return {
    activityCount: read.activities.length,
    activities: read.activities.slice(0, PREVIEW_ACTIVITIES),
    findings: read.findings.slice(0, PREVIEW_FINDINGS),
  };
}

/** The layout of the file when it has one we read without a mapping. */
function knownLayout(sheets: readonly SheetGrid[], filePath: string): MappingSuggestion['layout'] {
  if (isRopaDeskWorkbook(sheets)) return 'ropa-desk';
  if (kindOf(filePath) === 'csv' && isActivitiesHeader(sheets[0]?.rows[0] ?? [])) return 'ropa-desk';
  return recogniseLayout(sheets)?.id ?? null;
}

export function columnMappingHandlers({ session }: HandlerContext): HandlersOf<typeof columnMappingCommands> {
  const mappings = (): ColumnMappingService => openServices(session).columnMappings;
  /** The mapping saved for these headers in the open register; none when no register is open (`ropa mapping suggest`). */
  const savedFor = (headers: readonly string[]) => {
    try {
      return mappings().forHeaders(headers);
    } catch (error) {
      if (error instanceof RegisterError && error.code === 'no-register') return undefined;
      throw error;
    }
  };
  return {
    suggestColumnMapping: async ({ path: filePath, sheet: sheetName }) => {
      const sheets = await sheetsOf(filePath);
      const sheet = sheetName === undefined ? sheets[0] : mappedSheet(sheets, { sheet: sheetName });
      if (sheet === undefined) throw refuse('invalid-input', 'register:noSheetToRead');
      const headers = sheet.rows[0] ?? [];
      const saved = savedFor(headers);
      const mapping = { ...(saved?.mapping ?? suggestMapping({ sheet: sheet.name, header: headers, rows: sheet.rows.slice(1) })), sheet: sheet.name };
      return {
        fileName: path.basename(filePath),
        layout: knownLayout(sheets, filePath),
        sheets: sheets.map((candidate) => candidate.name),
        sheet: sheet.name,
        headers,
        sampleRows: sheet.rows.slice(1, 1 + SAMPLE_ROWS),
        mapping,
        ...(saved === undefined ? {} : { savedAs: saved.name }),
        ...preview(sheet, mapping),
      };
    },
    previewColumnMapping: async ({ path: filePath, mapping }) => preview(mappedSheet(await sheetsOf(filePath), mapping), mapping),
    listColumnMappings: () => mappings().list(),
    saveColumnMapping: ({ mapping }) => mappings().save(mapping),
    deleteColumnMapping: ({ name }) => {
      mappings().delete(name);
      return { name };
    },
  };
}
