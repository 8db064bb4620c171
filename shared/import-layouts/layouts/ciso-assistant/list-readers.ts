// The rows of the Purposes, Personal data, Data subjects and Data recipients sheets, each an entry of one of the
// activity's lists. A category given by key is read as its label; an entry with a name of its own keeps it, with the
// category's label beside it when that adds something.
import { isSpecialCategoryName, readYesNo } from '../../cell-values.ts';
import type { ImportedActivity } from '../../imported-register.ts';
import { keepChildValue, keepNamelessRow, keepUnreadCells, take, type ChildRow } from './child-row.ts';
import { findChoice, nameWithCategory, storedKey, type CisoChoice } from './choices.ts';
import { DATA_SUBJECT_CATEGORIES, DELETION_POLICIES, PERSONAL_DATA_CATEGORIES, RECIPIENT_CATEGORIES } from './category-choices.ts';
import { addBases, readCisoLegalBasis, type ReadBases } from './legal-bases.ts';

/** The label of a category cell: CISO Assistant's label for a key or label of `choices`, else the cell as written. */
function categoryLabel(choices: readonly CisoChoice[], cell: string): string {
  return findChoice(choices, cell)?.label ?? cell;
}

/** The bases each purpose rests on, per activity: what `describeBasesByPurpose` needs once every purpose is read. */
export type PurposeBases = Map<ImportedActivity, Array<{ purpose: string; read: ReadBases }>>;

/** A purpose; its legal basis (one per purpose in CISO Assistant) and Art. 9 condition join the activity's, each once. */
export function readPurpose(child: ChildRow, purposeBases: PurposeBases): void {
  const name = take(child, 'name').value;
  // A purpose with no name is said by its description; with both, the description is kept with the other cells.
  const purpose = name || take(child, 'description').value;
  if (purpose !== '' && !child.activity.purposes.includes(purpose)) child.activity.purposes.push(purpose);
  const read: ReadBases = { bases: [], conditions: [], unread: [] };
  for (const cell of [take(child, 'legal_basis', 'lawful_basis'), take(child, 'article_9_condition', 'art_9_condition')]) {
    if (cell.value === '') continue;
    const found = readCisoLegalBasis(cell.value);
    read.bases.push(...found.bases);
    read.conditions.push(...found.conditions);
    for (const unread of found.unread) keepChildValue(child, cell.column, unread, 'is no legal basis of Art. 6 or condition of Art. 9');
  }
  if (purpose === '' && read.bases.length === 0 && read.conditions.length === 0) return keepNamelessRow(child, 'name, description or legal basis');
  addBases(child.activity, read);
  if (purpose !== '' && read.bases.length > 0) {
    const list = purposeBases.get(child.activity) ?? [];
    list.push({ purpose, read });
    purposeBases.set(child.activity, list);
  }
  keepUnreadCells(child, purpose);
}

/**
 * When an activity's purposes rest on different bases, each basis says which purposes it serves (its detail), as the
 * merged list would otherwise lose it; one basis for every purpose needs no such detail.
 */
export function describeBasesByPurpose(purposeBases: PurposeBases): void {
  for (const [activity, entries] of purposeBases) {
    const bases = new Set(entries.flatMap((entry) => entry.read.bases.map((basis) => basis.basis)));
    if (bases.size < 2) continue;
    for (const basis of activity.legalBases) {
      if (basis.detail !== undefined) continue;
      const purposes = entries.filter((entry) => entry.read.bases.some((read) => read.basis === basis.basis)).map((entry) => entry.purpose);
      if (purposes.length > 0) basis.detail = [...new Set(purposes)].join('; ');
    }
  }
}

/** A category of personal data, special when CISO Assistant says it is sensitive or its category or name is of Art. 9 or 10. */
export function readPersonalData(child: ChildRow): void {
  const name = take(child, 'name').value;
  const category = take(child, 'category').value;
  const choice = findChoice(PERSONAL_DATA_CATEGORIES, category);
  const entryName = nameWithCategory(name, choice?.label ?? category);
  // A row naming no data has nothing to hang a retention on: all of it is kept as it is.
  if (entryName === '') return keepNamelessRow(child, 'name or category');
  const sensitive = take(child, 'is_sensitive', 'sensitive');
  const isSensitive = readYesNo(sensitive.value);
  if (isSensitive === null) keepChildValue(child, sensitive.column, sensitive.value, 'is neither yes nor no');
  const retention = take(child, 'retention', 'retention_period').value;
  const special = isSensitive === true || choice?.special === true || isSpecialCategoryName(entryName);
  if (special && isSensitive === false) {
    const place = { sheet: child.sheet.name, row: child.rowNumber, column: sensitive.column?.header ?? 'is_sensitive' };
    child.findings.push({ place, message: `"${entryName}" is a special category (Art. 9 or 10), though is_sensitive says no: read as special` });
  }
  child.activity.dataCategories.push({ name: entryName, ...(special ? { special: true } : {}), ...(retention === '' ? {} : { retention }) });
  // How the data are erased has no field of its own: kept by CISO Assistant's key, however the file wrote it.
  const deletion = take(child, 'deletion_policy').value;
  const policy = findChoice(DELETION_POLICIES, deletion);
  keepUnreadCells(child, entryName, deletion === '' ? {} : { deletion_policy: policy === undefined ? deletion : storedKey(policy) });
}

/** A category of data subjects. */
export function readDataSubject(child: ChildRow): void {
  readNamedEntry(child, DATA_SUBJECT_CATEGORIES, child.activity.dataSubjects);
}

/** A recipient, or category of recipients. */
export function readRecipient(child: ChildRow): void {
  readNamedEntry(child, RECIPIENT_CATEGORIES, child.activity.recipients);
}

function readNamedEntry(child: ChildRow, categories: readonly CisoChoice[], list: string[]): void {
  const name = take(child, 'name').value;
  const entry = nameWithCategory(name, categoryLabel(categories, take(child, 'category').value));
  if (entry === '') return keepNamelessRow(child, 'name or category');
  if (!list.includes(entry)) list.push(entry);
  keepUnreadCells(child, entry);
}

/**
 * The activity's time limits for erasure (Art. 30(1)(f): "of the different categories of data"), from its categories'
 * own, as CISO Assistant keeps retention per category only: the one limit they share, else each limit with the
 * categories it applies to. A category without one leaves the activity's unset, rather than half told.
 */
export function retentionOfActivity(activity: ImportedActivity): void {
  if (activity.retention !== undefined || activity.dataCategories.length === 0) return;
  const byRetention = new Map<string, string[]>();
  for (const category of activity.dataCategories) {
    if (category.retention === undefined) return;
    byRetention.set(category.retention, [...(byRetention.get(category.retention) ?? []), category.name]);
  }
  const limits = [...byRetention];
  const [only] = limits;
  activity.retention = limits.length === 1 && only !== undefined ? only[0] : limits.map(([retention, names]) => `${names.join(', ')}: ${retention}`).join('; ');
}
