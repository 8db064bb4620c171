// Where the ICO template's table starts in a sheet, and what each of its columns is. The header row is found by its
// headers, not by its number: a DPO inserts rows in the controller block, deletes the group titles, adds columns.
import { extensionKey, isFilled } from '../label-text.ts';
import { columnsNamed, groupOf, type IcoField, type IcoGroup } from './columns.ts';

/** How many of the template's headers a row must have to be its header row: a few may be deleted or reworded. */
const HEADERS_NEEDED = 5;
/** The header row is near the top (row 9 in the template); a sheet's data rows are not searched for it. */
const ROWS_SEARCHED = 60;

/** Fields two columns may both feed (their items are added up); any other field is read from one column only. */
const LIST_FIELDS: ReadonlySet<IcoField> = new Set([
  'purposes',
  'jointControllers',
  'dataSubjects',
  'dataCategories',
  'recipients',
  'transferCountries',
  'securityMeasures',
  'legalBases',
  'specialConditions',
  'sources',
]);

/** One column of the table: its header as written (notes and findings name it so) and what it is read into. */
export type IcoSheetColumn = { index: number; header: string; field: IcoField; group?: IcoGroup };

/** 0-based index of the header row, if the sheet has one. */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | undefined {
  const last = Math.min(rows.length, ROWS_SEARCHED);
  for (let index = 0; index < last; index++) {
    const fields = new Set<IcoField>();
    for (const cell of rows[index] ?? []) {
      const first = columnsNamed(cell)[0];
      if (first !== undefined) fields.add(first.field);
    }
    if (fields.size >= HEADERS_NEEDED) return index;
  }
  return undefined;
}

/**
 * The group each column is under. A merged cell's text is in its first cell only (some readers repeat it), so a group
 * title holds for the columns to its right until the next title.
 */
function groupsAbove(groupRow: readonly string[] | undefined, width: number): Array<{ group?: IcoGroup; title: string }> {
  const groups: Array<{ group?: IcoGroup; title: string }> = [];
  let current: { group?: IcoGroup; title: string } = { title: '' };
  for (let index = 0; index < width; index++) {
    const title = groupRow?.[index];
    if (isFilled(title)) {
      const group = groupOf(title);
      current = group === undefined ? { title } : { group, title };
    }
    groups.push(current);
  }
  return groups;
}

/** The table's columns: each header matched to the template's column in its group, or kept as an `x-ico-` field. */
export function readColumns(rows: readonly (readonly string[])[], headerRow: number): IcoSheetColumn[] {
  const headers = rows[headerRow] ?? [];
  const groups = groupsAbove(headerRow > 0 ? rows[headerRow - 1] : undefined, headers.length);
  const used = new Set<IcoField>();
  const columns: IcoSheetColumn[] = [];
  headers.forEach((header, index) => {
    if (!isFilled(header)) return;
    const { group, title } = groups[index] ?? { title: '' };
    const candidates = columnsNamed(header);
    // The group decides between two columns of the same name; without one, they are taken in the template's order.
    const chosen =
      (group === undefined ? undefined : candidates.find((candidate) => candidate.group === group)) ??
      candidates.find((candidate) => !used.has(candidate.field)) ??
      candidates[0];
    let field: IcoField = chosen?.field ?? extensionKey('ico', header);
    if (used.has(field) && !LIST_FIELDS.has(field)) field = uniqueExtension(used, title === '' ? header : `${title} ${header}`);
    used.add(field);
    columns.push(group === undefined ? { index, header: header.trim(), field } : { index, header: header.trim(), field, group });
  });
  return columns;
}

/** An `x-ico-` name no other column of the sheet has: `x-ico-consent-link-to-record-of-consent`, then `-2`, `-3`, … */
function uniqueExtension(used: ReadonlySet<IcoField>, label: string): IcoField {
  const base = extensionKey('ico', label);
  let key = base;
  for (let count = 2; used.has(key); count++) key = `${base}-${count}`;
  return key;
}
