// One row of CISO Assistant's processings (its CSV/XLSX export, its data wizard's template, a workbook's Processing
// sheet) as an activity. The fields the register has go to theirs; CISO Assistant's own (domain, labels, nature of the
// processing, …) and any column not known here are kept as `x-ciso-…` fields, so nothing of the row is lost.
import { readStatus, readYesNo, splitList } from '../../cell-values.ts';
import { emptyActivity, type ImportedActivity, type ImportFinding, type SheetGrid } from '../../imported-register.ts';
import { keepInNotes, type LabelledPlace } from '../kept-in-notes.ts';
import { findChoice, storedKey } from './choices.ts';
import { cellOf, extensionName, freeKey, type Column, type Columns } from './columns.ts';
import { addBases, readCisoLegalBasis } from './legal-bases.ts';
import { NATURES, STATUSES } from './processing-choices.ts';

/** The field names of a processing's columns, each with the names it is also found under. */
export const PROCESSING_FIELDS = {
  id: ['id', 'uuid'],
  refId: ['ref_id', 'reference'],
  name: ['name'],
  description: ['description'],
  domain: ['domain', 'folder'],
  status: ['status'],
  nature: ['processing_nature', 'nature'],
  assignedTo: ['assigned_to'],
  labels: ['labels', 'filtering_labels'],
  dpiaRequired: ['dpia_required'],
  dpiaReference: ['dpia_reference'],
  legalBasis: ['legal_basis'],
  sensitive: ['has_sensitive_personal_data'],
} as const;

type Field = keyof typeof PROCESSING_FIELDS;

/** A processing as read, with what its children may name it by. */
export type ReadProcessing = { activity: ImportedActivity; id: string; refId: string };

/** Reads `row` (0-based in the sheet); undefined for a row with no name, told as a finding. */
export function readProcessingRow(sheet: SheetGrid, columns: Columns, rowIndex: number, findings: ImportFinding[]): ReadProcessing | undefined {
  const row = sheet.rows[rowIndex] ?? [];
  const place = { sheet: sheet.name, row: rowIndex + 1 };
  const known = new Map<Field, Column | undefined>();
  for (const field of Object.keys(PROCESSING_FIELDS) as Field[]) known.set(field, columns.find(...PROCESSING_FIELDS[field]));
  const column = (field: Field) => known.get(field);
  const cell = (field: Field) => cellOf(row, column(field));
  const labelled = (field: Field): LabelledPlace => ({ ...place, column: column(field)?.header ?? PROCESSING_FIELDS[field][0] });

  const id = cell('id');
  const refId = cell('refId');
  let name = cell('name');
  if (name === '' && refId !== '') {
    name = refId;
    findings.push({ place: labelled('name'), message: `the processing has no name: named by its ref_id "${refId}"` });
  }
  if (name === '') {
    findings.push({ place, message: `a processing with no name or ref_id was not read (${describeRow(row, columns)})` });
    return undefined;
  }

  const activity = emptyActivity(place, name);
  const sourceKey = refId || id;
  if (sourceKey !== '') activity.sourceKey = sourceKey;
  if (id !== '') activity.extensions['x-ciso-id'] = id;
  if (refId !== '') activity.extensions['x-ciso-ref-id'] = refId;
  const description = cell('description');
  if (description !== '') activity.description = description;
  const domain = cell('domain');
  if (domain !== '') activity.extensions['x-ciso-domain'] = domain;
  const labels = splitList(cell('labels'));
  if (labels.length > 0) activity.extensions['x-ciso-labels'] = labels;
  const assignedTo = splitList(cell('assignedTo'));
  if (assignedTo.length > 0) activity.owner = assignedTo.join(', ');
  const natures = splitList(cell('nature')).map((nature) => {
    const choice = findChoice(NATURES, nature);
    return choice === undefined ? nature : storedKey(choice);
  });
  if (natures.length > 0) activity.extensions['x-ciso-processing-nature'] = natures;

  readStatusCell(activity, findings, cell('status'), labelled('status'));
  readDpia(activity, findings, cell('dpiaRequired'), labelled('dpiaRequired'), cell('dpiaReference'), labelled('dpiaReference'));
  const basis = cell('legalBasis');
  if (basis !== '') {
    const read = readCisoLegalBasis(basis);
    addBases(activity, read);
    for (const unread of read.unread) keepInNotes(activity, findings, labelled('legalBasis'), unread, 'is no legal basis of Art. 6 or condition of Art. 9');
  }
  const sensitive = cell('sensitive');
  const sensitiveRead = readYesNo(sensitive);
  if (typeof sensitiveRead === 'boolean') activity.extensions['x-ciso-has-sensitive-personal-data'] = sensitiveRead;
  else if (sensitiveRead === null) keepInNotes(activity, findings, labelled('sensitive'), sensitive, 'is neither yes nor no');

  keepOtherColumns(activity, row, columns, new Set([...known.values()].filter((found) => found !== undefined)));
  return { activity, id, refId };
}

function readStatusCell(activity: ImportedActivity, findings: ImportFinding[], status: string, place: LabelledPlace): void {
  if (status === '') return;
  const choice = findChoice(STATUSES, status);
  if (choice !== undefined) {
    activity.status = choice.status;
    activity.extensions['x-ciso-status'] = storedKey(choice);
    return;
  }
  // Not one of CISO Assistant's, but a status all the same ("Active", "Retired"): read, as any layout would.
  const read = readStatus(status);
  if (read !== undefined) activity.status = read;
  else keepInNotes(activity, findings, place, status, 'is not a status of CISO Assistant (Draft, In Review, Approved, Deprecated)');
}

/**
 * dpia_required is a yes/no in CISO Assistant, exported as True or False. A reference without it says a DPIA exists,
 * not whether one was required: kept in the notes rather than guessed.
 */
function readDpia(
  activity: ImportedActivity,
  findings: ImportFinding[],
  required: string,
  requiredPlace: LabelledPlace,
  reference: string,
  referencePlace: LabelledPlace,
): void {
  const read = readYesNo(required);
  if (read === null) keepInNotes(activity, findings, requiredPlace, required, 'is neither yes nor no');
  if (typeof read === 'boolean') {
    activity.dpia = reference === '' ? { required: read } : { required: read, reference };
  } else if (reference !== '') {
    keepInNotes(activity, findings, referencePlace, reference, 'is a DPIA reference, but whether a DPIA is required is not said');
  }
}

/** The columns no field reads, kept under their own `x-ciso-` name. */
function keepOtherColumns(activity: ImportedActivity, row: readonly string[], columns: Columns, read: ReadonlySet<Column>): void {
  for (const column of columns.all) {
    if (read.has(column)) continue;
    const value = cellOf(row, column);
    if (value === '') continue;
    activity.extensions[freeKey(activity.extensions, extensionName(column.header))] = value;
  }
}

/** A row's filled cells as `header "value"`, for a finding about a row that could not be read. */
export function describeRow(row: readonly string[], columns: Columns): string {
  const cells = columns.all.map((column) => ({ header: column.header, value: cellOf(row, column) })).filter((entry) => entry.value !== '');
  return cells.length === 0 ? 'an empty row' : cells.map((entry) => `${entry.header} "${entry.value}"`).join(', ');
}
