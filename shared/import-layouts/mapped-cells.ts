// One cell of a mapped sheet placed in the activity it belongs to, by its column's target. A cell of a list target
// adds its items; a single value taken already (rows grouped into one activity) is not overwritten, and the other
// value is kept in the notes. A value that fits no choice is kept in the notes too, with a finding: never dropped.
import {
  isSpecialCategoryName,
  readCountry,
  readDate,
  readLegalBases,
  readRole,
  readSpecialConditions,
  readStatus,
  readYesNo,
  splitList,
} from './cell-values.ts';
import type { MappingTarget } from './column-mapping.ts';
import type { CellPlace, ImportedActivity, ImportFinding } from './imported-register.ts';

/** `x-` and the header in lower case, letters and digits only: "Link to DPIA" → `x-link-to-dpia`. */
export function extensionName(header: string, position: number): `x-${string}` {
  const slug = header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `x-${slug === '' ? `column-${position + 1}` : slug}`;
}

export type CellContext = { activity: ImportedActivity; findings: ImportFinding[]; place: CellPlace; position: number };

type SingleField = 'name' | 'description' | 'retention' | 'owner' | 'lastReviewedOn' | 'nextReviewOn';

const addAll = (list: string[], items: readonly string[]) => {
  for (const item of items) if (!list.includes(item)) list.push(item);
};

/** Keeps a value that could not be placed: in the notes, naming its column, and as a finding. */
function keep(context: CellContext, value: string, why: string): void {
  context.activity.notes.push(`${context.place.column ?? 'Column'}: "${value}"`);
  context.findings.push({ place: context.place, message: `"${value}" ${why}; it was kept in the activity's notes` });
}

function setSingle(context: CellContext, field: SingleField, value: string): void {
  const current = context.activity[field];
  if (current === undefined || current === '') context.activity[field] = value;
  else if (current !== value) keep(context, value, `differs from the ${field === 'name' ? 'name' : 'value'} of the group's first row`);
}

/** A choice (yes/no, status, role) taken once: a group's later row that says otherwise is kept in the notes. */
function setOnce<Field extends 'public' | 'status' | 'role'>(context: CellContext, field: Field, value: NonNullable<ImportedActivity[Field]>, cell: string) {
  const current = context.activity[field];
  if (current === undefined) context.activity[field] = value;
  else if (current !== value) keep(context, cell, "differs from the group's first row");
}

function setChoice<Value>(context: CellContext, cell: string, read: (cell: string) => Value | undefined | null, apply: (value: Value) => void, what: string) {
  const value = read(cell);
  if (value === undefined || value === null) keep(context, cell, `is not ${what}`);
  else apply(value);
}

/** Applies a detail (legitimate interests, safeguards) to the items read from the same row, or keeps it. */
function setDetail(context: CellContext, cell: string, targets: Array<{ detail?: string; safeguards?: string }>, key: 'detail' | 'safeguards') {
  const open = targets.filter((target) => target[key] === undefined);
  if (open.length === 0)
    keep(context, cell, key === 'detail' ? 'is a legal basis detail with no legal basis to go with' : 'are safeguards with no transfer to go with');
  else for (const target of open) target[key] = cell;
}

export function readCell(target: MappingTarget, cell: string, context: CellContext): void {
  const { activity } = context;
  switch (target) {
    case 'name':
    case 'description':
    case 'retention':
    case 'owner':
      return setSingle(context, target, cell);
    case 'lastReviewedOn':
    case 'nextReviewOn':
      return setChoice(context, cell, readDate, (date) => setSingle(context, target, date), 'a date');
    case 'purposes':
      return addAll(activity.purposes, splitList(cell));
    case 'dataSubjects':
      return addAll(activity.dataSubjects, splitList(cell));
    case 'sources':
      return addAll(activity.sources, splitList(cell));
    case 'recipients':
      return addAll(activity.recipients, splitList(cell));
    case 'processors':
      return addAll(activity.processorNames, splitList(cell));
    case 'securityMeasures':
      return addAll(activity.securityMeasures, splitList(cell));
    case 'dataCategories':
    case 'specialDataCategories':
      for (const name of splitList(cell)) {
        if (activity.dataCategories.some((category) => category.name === name)) continue;
        const special = target === 'specialDataCategories' || isSpecialCategoryName(name);
        activity.dataCategories.push(special ? { name, special: true } : { name });
      }
      return;
    case 'dataCategoryRetention': {
      const open = activity.dataCategories.filter((category) => category.retention === undefined);
      if (open.length === 0) return keep(context, cell, 'is a retention period with no data category to go with');
      for (const category of open) category.retention = cell;
      return;
    }
    case 'jointControllers':
      for (const name of splitList(cell)) if (!activity.jointControllers.some((party) => party.name === name)) activity.jointControllers.push({ name });
      return;
    case 'legalBases': {
      const { bases, unread } = readLegalBases(cell);
      for (const basis of bases) if (!activity.legalBases.some((known) => known.basis === basis.basis)) activity.legalBases.push(basis);
      for (const text of unread) keep(context, text, 'is not a legal basis of Art. 6(1)');
      return;
    }
    case 'legalBasisDetail':
      return setDetail(context, cell, activity.legalBases, 'detail');
    case 'specialCategoryConditions': {
      const { conditions, unread } = readSpecialConditions(cell);
      addAll(activity.specialCategoryConditions, conditions);
      for (const text of unread) keep(context, text, 'is not a condition of Art. 9(2) or Art. 10');
      return;
    }
    case 'transferCountries':
      for (const item of splitList(cell)) {
        const country = readCountry(item);
        if (country === undefined) keep(context, item, 'is not a country');
        else if (!activity.transfers.some((transfer) => transfer.country === country)) activity.transfers.push({ country });
      }
      return;
    case 'transferSafeguards':
      return setDetail(context, cell, activity.transfers, 'safeguards');
    case 'dpiaRequired':
      return setChoice(
        context,
        cell,
        readYesNo,
        (required) => {
          if (activity.dpia === undefined) activity.dpia = { required };
          else if (activity.dpia.required !== required) keep(context, cell, "differs from the group's first row");
        },
        'a yes or a no',
      );
    case 'dpiaReference':
      if (activity.dpia === undefined) return keep(context, cell, 'is a DPIA reference, but the sheet does not say whether a DPIA is required');
      if (activity.dpia.reference !== undefined && activity.dpia.reference !== cell) return keep(context, cell, "differs from the group's first row");
      activity.dpia.reference = cell;
      return;
    case 'public':
      return setChoice(context, cell, readYesNo, (value) => setOnce(context, 'public', value, cell), 'a yes or a no');
    case 'status':
      return setChoice(context, cell, readStatus, (value) => setOnce(context, 'status', value, cell), 'a status (draft, active, retired)');
    case 'role':
      return setChoice(context, cell, readRole, (value) => setOnce(context, 'role', value, cell), 'a role (controller, joint controller, processor)');
    case 'notes':
      activity.notes.push(`${context.place.column ?? 'Notes'}: ${cell}`);
      return;
    case 'extension': {
      const key = extensionName(context.place.column ?? '', context.position);
      const current = activity.extensions[key];
      activity.extensions[key] = typeof current === 'string' && current !== cell ? `${current}\n${cell}` : cell;
      return;
    }
  }
}
