// The sheets of a spreadsheet a colleague or another tool wrote, read as what they are: the RoPA Desk template (or
// its CSV of activities), a layout recognised by its headers (the ICO and CNIL templates, CISO Assistant), or any
// other sheet through a column mapping. A sheet in no known layout without a mapping is refused, naming its columns.
import type { ExchangeDocument } from '../exchange/read.ts';
import { refuse } from '../refusals/refusals.ts';
import type { RegisterError } from '../result.ts';
import { fromActivityRows, fromSheets, type SheetCells, type SpreadsheetImport } from '../spreadsheet/from-rows.ts';
import { ACTIVITIES, EXTRA_COLUMN } from '../spreadsheet/columns.ts';
import { applyMapping } from './apply-mapping.ts';
import { buildLayoutImport, type BuildOptions, type LayoutImport } from './build-document.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { KnownLayout, SheetGrid } from './imported-register.ts';
import { KNOWN_LAYOUTS } from './layouts/index.ts';

export type ReadSheetsOptions = BuildOptions & {
  /** The register receiving the file: another layout's activities are placed under its organisation. */
  base: ExchangeDocument | undefined;
  mapping?: ColumnMapping | undefined;
};

export type SheetsImport = SpreadsheetImport & { layout: KnownLayout['id'] | 'ropa-desk' };

const TEMPLATE_SHEETS = ['register', 'organisations', 'processors', 'activities'];

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The workbook is the RoPA Desk template: it has the template's Register and Activities sheets. */
export function isRopaDeskWorkbook(sheets: readonly SheetGrid[]): boolean {
  const names = new Set(sheets.map((sheet) => normalise(sheet.name)));
  return names.has('register') && names.has('activities');
}

/** Every named column is one of the template's Activities columns (a translation `name [uk]` included). */
export function isActivitiesHeader(header: readonly string[]): boolean {
  const known = new Set([...ACTIVITIES.codecs.flatMap((codec) => codec.columns), EXTRA_COLUMN.toLowerCase()]);
  const named = header.map(normalise).filter((name) => name !== '');
  return named.length > 0 && named.includes('name') && named.every((name) => known.has(name.replace(/ \[[a-z]{2,3}\]$/, '')));
}

const asCells = (sheet: SheetGrid): SheetCells => ({ sheet: sheet.name, header: sheet.rows[0] ?? [], rows: sheet.rows.slice(1) });

/** The layout the sheets are in, if it is one we know. */
export function recogniseLayout(sheets: readonly SheetGrid[]): KnownLayout | undefined {
  return KNOWN_LAYOUTS.find((layout) => layout.recognises(sheets));
}

function withBase(base: ExchangeDocument | undefined): ExchangeDocument {
  if (base === undefined) throw refuse('invalid-input', 'imports:activitiesOnlyNoOrganisation');
  return base;
}

/** The mapped sheet: the one the mapping names, else the first. */
export function mappedSheet(sheets: readonly SheetGrid[], mapping: Pick<ColumnMapping, 'sheet'>): SheetGrid {
  const sheet = mapping.sheet === undefined ? sheets[0] : sheets.find((candidate) => normalise(candidate.name) === normalise(mapping.sheet ?? ''));
  if (sheet === undefined) throw refuse('invalid-input', 'imports:mappingNoSuchSheet', { sheet: mapping.sheet ?? '' });
  return sheet;
}

/** The columns of a sheet in no known layout, for the refusal that asks for a mapping. */
function needsMapping(sheets: readonly SheetGrid[]): RegisterError {
  const header = (sheets[0]?.rows[0] ?? []).map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (header.length === 0) return refuse('needs-mapping', 'imports:needsMappingNoColumns');
  const columns = header
    .slice(0, 8)
    .map((cell) => `"${cell}"`)
    .join(', ');
  return header.length > 8
    ? refuse('needs-mapping', 'imports:needsMappingManyColumns', { columns, more: header.length - 8 })
    : refuse('needs-mapping', 'imports:needsMapping', { columns });
}

export function readSheets(sheets: readonly SheetGrid[], kind: 'xlsx' | 'csv', options: ReadSheetsOptions): SheetsImport {
  const build = (read: LayoutImport | SpreadsheetImport, layout: SheetsImport['layout']): SheetsImport => ({
    document: read.document,
    unmatched: read.unmatched,
    warnings: read.warnings,
    layout,
  });
  /**
   * A sheet in another layout (or mapped, or a CSV of activities) is read onto the register it goes into, whose
   * revision and time it would then carry: it is never an export of this register coming back (whose kept copy would
   * make the merge three-way, and every record the sheet lacks a deletion). Only the RoPA Desk workbook says that.
   */
  const buildOnRegister = (read: LayoutImport | SpreadsheetImport, layout: SheetsImport['layout']): SheetsImport => {
    const { baseRevision: _never, ...document } = read.document;
    return build({ ...read, document }, layout);
  };
  const newRecords = { newId: options.newId, now: options.now };
  if (options.mapping !== undefined) {
    const imported = applyMapping(mappedSheet(sheets, options.mapping), options.mapping);
    return buildOnRegister(buildLayoutImport(imported, withBase(options.base), newRecords), 'mapping');
  }
  if (kind === 'xlsx' && isRopaDeskWorkbook(sheets)) {
    const template = sheets.filter((sheet) => TEMPLATE_SHEETS.includes(normalise(sheet.name))).map(asCells);
    return build(fromSheets(template, newRecords), 'ropa-desk');
  }
  const first = sheets[0];
  if (kind === 'csv' && first !== undefined && isActivitiesHeader(first.rows[0] ?? [])) {
    if (options.base !== undefined && options.base.organisations.length === 0) {
      throw refuse('invalid-input', 'imports:activitiesOnlyEmptyRegister');
    }
    return buildOnRegister(fromActivityRows(asCells(first), withBase(options.base), newRecords), 'ropa-desk');
  }
  const layout = recogniseLayout(sheets);
  if (layout === undefined) throw needsMapping(sheets);
  return buildOnRegister(buildLayoutImport(layout.read(sheets), withBase(options.base), newRecords), layout.id);
}
