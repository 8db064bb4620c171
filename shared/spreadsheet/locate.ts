// Where an issue of the assembled document is in the workbook: its JSON path (`activities[3].legalBases[0].basis`)
// turned into the sheet, the row as Excel numbers it and the column a person sees.
import { EXTRA_COLUMN, REGISTER_FIELDS, type SheetLayout } from './columns.ts';
import { SHEET_ORDER } from './problems.ts';

/** Where a record of the document came from. `failed`: its fields whose cells could not be read (already reported). */
export type Origin = { row: number; fromExtra: Set<string>; failed: Set<string> };

/** The records of one sheet: `rows[i]` and `values[i]` are those of the document's list at index i. */
export type Origins = {
  sheet: string;
  order: number;
  layout: SheetLayout;
  positions: ReadonlyMap<string, number>;
  rows: Origin[];
  values: Array<Record<string, unknown>>;
};

export type Place = { place: string; order: readonly number[] };

const REGISTER_PATHS: Record<string, string> = {
  format: REGISTER_FIELDS.format,
  version: REGISTER_FIELDS.version,
  exportedAt: REGISTER_FIELDS.exportedAt,
  'register.id': REGISTER_FIELDS.registerId,
  'register.name': REGISTER_FIELDS.registerName,
  'register.defaultLanguage': REGISTER_FIELDS.defaultLanguage,
  register: REGISTER_FIELDS.registerName,
  baseRevision: REGISTER_FIELDS.baseRevision,
};

const LAST = Number.MAX_SAFE_INTEGER;

/** A path into a record sheet's records, or undefined for one that is not. 'reported': a field whose cell already failed. */
function inRecords(path: string, all: readonly Origins[]): Place | 'reported' | undefined {
  const match = /^(organisations|processors|activities)(?:\[(\d+)\](.*))?$/.exec(path);
  if (match === null) return undefined;
  const origins = all.find((candidate) => candidate.layout.list === match[1]);
  if (origins === undefined) return undefined;
  if (match[2] === undefined) return { place: `${origins.sheet} sheet`, order: [origins.order, 0] };
  const index = Number(match[2]);
  const origin = origins.rows[index];
  if (origin === undefined) return undefined;
  const steps = [...(match[3] ?? '').matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((step) => (step[2] === undefined ? (step[1] as string) : Number(step[2])));
  const field = steps[0];
  const where = `${origins.sheet} row ${origin.row}`;
  if (typeof field !== 'string') return { place: where, order: [origins.order, origin.row, -1] };
  if (origin.failed.has(field)) return 'reported';
  const codec = origins.layout.codecs.find((candidate) => candidate.field === field);
  const column = codec === undefined || origin.fromExtra.has(field) ? EXTRA_COLUMN : codec.columnOf(steps.slice(1));
  const position = origins.positions.get(column) ?? LAST;
  const item = steps[1];
  const list = origins.values[index]?.[field];
  const listed = codec !== undefined && codec.list && !origin.fromExtra.has(field) && typeof item === 'number' && Array.isArray(list) && list.length > 1;
  return listed
    ? { place: `${where}, column "${column}" (item ${item + 1} in the cell)`, order: [origins.order, origin.row, position, item + 1] }
    : { place: `${where}, column "${column}"`, order: [origins.order, origin.row, position] };
}

/** Where an issue's JSON path points, in spreadsheet terms; unknown paths are named as they are, before the rest. */
export function locate(path: string, all: readonly Origins[], registerLabel: string | undefined): Place | 'reported' {
  const place = inRecords(path, all);
  if (place !== undefined) return place;
  const field = REGISTER_PATHS[path] ?? (path.startsWith('x-') ? EXTRA_COLUMN : undefined);
  if (registerLabel !== undefined && field !== undefined) return { place: `${registerLabel}, field "${field}"`, order: [SHEET_ORDER['Register'] ?? 0, 0] };
  return { place: path, order: [-1] };
}
