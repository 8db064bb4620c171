// A first column mapping for a sheet in no known layout, for the DPO to correct column by column: each column's target
// from its header (header-synonyms.ts), or from its cells when the header says little. Whatever is not recognised is
// kept as an extension, never dropped.
import { readCountry, readDate, readLegalBases, readRole, readStatus, readYesNo, splitList } from './cell-values.ts';
import { SINGLE_COLUMN_TARGETS, type ColumnMapping, type MappingTarget } from './column-mapping.ts';
import { headerMatches, type HeaderMatch } from './header-synonyms.ts';
import { wordsOf } from './cell-words/text-match.ts';

export type SheetTable = { sheet: string; header: string[]; rows: string[][] };

/** The share of a column's filled cells a reading must fit for the column to be taken as that kind. */
const MOSTLY = 0.6;
/** A value-only guess scores below any header match, so a header always wins over what the cells look like. */
const VALUE_SCORE = 1;

const LABELS: Readonly<Record<MappingTarget, string>> = {
  name: 'Activity name',
  description: 'Description',
  purposes: 'Purposes',
  legalBases: 'Legal bases (Art. 6)',
  legalBasisDetail: 'Legal basis detail',
  specialCategoryConditions: 'Special category conditions (Art. 9, Art. 10)',
  dataSubjects: 'Categories of data subjects',
  dataCategories: 'Categories of personal data',
  specialDataCategories: 'Special categories of personal data',
  dataCategoryRetention: 'Retention per data category',
  sources: 'Sources of the data',
  recipients: 'Recipients',
  processors: 'Processors',
  transferCountries: 'Transfer countries',
  transferSafeguards: 'Transfer safeguards',
  retention: 'Retention',
  securityMeasures: 'Security measures',
  jointControllers: 'Joint controllers',
  dpiaRequired: 'DPIA required',
  dpiaReference: 'DPIA reference',
  public: 'Shown in the public register',
  status: 'Status',
  role: 'Role (controller, joint controller, processor)',
  owner: 'Owner',
  lastReviewedOn: 'Last reviewed on',
  nextReviewOn: 'Next review on',
  notes: 'Notes',
  extension: 'Kept as an extra field (x-…)',
};

/** The English label of a target, as the CLI prints it. */
export function describeTarget(target: MappingTarget): string {
  return LABELS[target];
}

function share(cells: readonly string[], fits: (cell: string) => boolean): number {
  return cells.length === 0 ? 0 : cells.filter(fits).length / cells.length;
}

/** Words a header uses for a review date still to come, rather than one past. */
const NEXT_WORDS = ['next', 'due', 'prochain', 'nachst', 'wiedervorlage', 'наступн', 'следващ', 'naslednj', 'fallig'];
/** Words a header uses for a review, or an update, done. */
const REVIEW_WORDS = [
  'review',
  'update',
  'revis',
  'mise',
  'prufung',
  'uberprufung',
  'aktualis',
  'stand',
  'перегляд',
  'оновл',
  'преглед',
  'актуализ',
  'pregled',
  'posodob',
];
const DPIA_WORDS = ['dpia', 'aipd', 'eipd', 'dsfa', 'impact', 'folgenabschatzung', 'впливу', 'въздействието', 'ucinka'];
const PUBLIC_WORDS = ['public', 'publish', 'publie', 'offentlich', 'veroffentlich', 'публічн', 'оприлюдн', 'публичн', 'публикув', 'javn', 'objav'];

function hints(header: string, stems: readonly string[]): boolean {
  return wordsOf(header).some((word) => stems.some((stem) => word.startsWith(stem)));
}

/** What a column's cells look like, for a header that says little: targets with a score below any header's. */
function valueMatches(header: string, cells: readonly string[]): HeaderMatch[] {
  if (cells.length === 0) return [];
  const guess = (target: MappingTarget): HeaderMatch[] => [{ target, score: VALUE_SCORE }];
  if (share(cells, (cell) => readYesNo(cell) !== null) >= MOSTLY) {
    if (hints(header, DPIA_WORDS)) return guess('dpiaRequired');
    return hints(header, PUBLIC_WORDS) ? guess('public') : [];
  }
  if (share(cells, (cell) => readDate(cell) !== undefined) >= MOSTLY) {
    if (hints(header, NEXT_WORDS)) return guess('nextReviewOn');
    return hints(header, REVIEW_WORDS) ? guess('lastReviewedOn') : [];
  }
  if (share(cells, (cell) => isAll(cell, (item) => readCountry(item) !== undefined)) >= MOSTLY) return guess('transferCountries');
  if (share(cells, (cell) => isLegalBases(cell)) >= MOSTLY) return guess('legalBases');
  if (share(cells, (cell) => readRole(cell) !== undefined) >= MOSTLY) return guess('role');
  if (share(cells, (cell) => readStatus(cell) !== undefined) >= MOSTLY) return guess('status');
  return [];
}

function isLegalBases(cell: string): boolean {
  const read = readLegalBases(cell);
  return read.bases.length > 0 && read.unread.length === 0;
}

function isAll(cell: string, fits: (item: string) => boolean): boolean {
  const items = splitList(cell);
  return items.length > 0 && items.every(fits);
}

/**
 * Whether a column can name activities: most rows filled, with text (not numbers, dates or yes/no), mostly each
 * different from the others.
 */
function namesActivities(cells: readonly string[], rowCount: number): boolean {
  if (cells.length === 0 || cells.length < rowCount / 2) return false;
  const text = cells.filter((cell) => /\p{L}/u.test(cell) && readYesNo(cell) === null && readDate(cell) === undefined);
  return text.length >= cells.length * MOSTLY && new Set(text.map((cell) => cell.trim().toLowerCase())).size >= text.length * 0.8;
}

/** Where the header's words give a column no target: a column the DPO may still use for the activity's name. */
const NAME_FALLBACK_FROM: readonly MappingTarget[] = ['extension', 'description', 'notes'];

/**
 * A column mapping for `table`: each column's best target, a single-column target given to its best column only,
 * the activity's name always given to some column when one can be its name, and everything else kept as an extension.
 */
export function suggestMapping(table: SheetTable, headerRow?: number): ColumnMapping {
  const columns = table.header.map((header, index) => {
    const cells = table.rows.map((row) => row[index] ?? '').filter((cell) => cell.trim() !== '');
    const named = headerMatches(header);
    // A DPIA column of references ("DPIA-2023-04") is the reference, whatever its header says.
    const candidates = named.map((match) =>
      match.target === 'dpiaRequired' && cells.length > 0 && share(cells, (cell) => readYesNo(cell) !== null) < MOSTLY
        ? { ...match, target: 'dpiaReference' as const }
        : match,
    );
    return { header, index, cells, candidates: candidates.length > 0 ? candidates : valueMatches(header, cells) };
  });

  const targets = new Array<MappingTarget>(columns.length).fill('extension');
  const taken = new Set<MappingTarget>();
  // The columns that name a target best choose first, so a single-column target goes to its best column.
  const byStrength = [...columns].sort((a, b) => (b.candidates[0]?.score ?? 0) - (a.candidates[0]?.score ?? 0) || a.index - b.index);
  for (const column of byStrength) {
    const choice = column.candidates.find((match) => !taken.has(match.target));
    if (choice === undefined) continue;
    targets[column.index] = choice.target;
    if (SINGLE_COLUMN_TARGETS.has(choice.target)) taken.add(choice.target);
  }

  if (!taken.has('name')) {
    const fallback = NAME_FALLBACK_FROM.map((from) =>
      columns.find((column) => targets[column.index] === from && namesActivities(column.cells, table.rows.length)),
    ).find((column) => column !== undefined);
    if (fallback !== undefined) targets[fallback.index] = 'name';
  }

  return {
    sheet: table.sheet,
    headerRow: headerRow ?? 1,
    columns: columns.map((column) => ({ header: column.header, target: targets[column.index] ?? 'extension' })),
  };
}
