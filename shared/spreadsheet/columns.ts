// The RoPA Desk spreadsheet template: which sheet holds what, and the columns of each, in order. These names are the
// interface a DPO edits in Excel and a CSV carries, so they are stable: rename one only with a reader for the old name.
// The reader finds columns by name, so their order may change (files written with the ids first still read).
//
// Sheets: About (written only: the columns explained in the file's language, about.ts), Register (key/value rows),
//         Organisations, Processors, Activities (one row per record), and the hidden Lists of the drop-downs.
// Cells:  a text holds the default language; its translations go in `<column> [xx]` columns, made for the languages
//         the document uses. A list is one item per line. A list of objects is one item per line, its parts separated
//         by " | " (see cells.ts for the escapes). Closed lists (yes or no, a role, a legal basis, …) are words in the
//         file's language (vocabulary.ts), dates YYYY-MM-DD, an empty cell an absent field.
// Ids:    the record's id, its references to other records' ids and its revision are for the app, not for a colleague:
//         they stand in grey columns at the right, after `extra (JSON)`, and a row may leave them empty (a new record).
// Extra:  `extra (JSON)` holds a JSON object of what the columns cannot carry:
//         x- extension fields, and whole fields whose value the columns would not give back exactly (translated list
//         items, an empty-string field, …). See to-rows.ts and from-rows.ts.
import { COUNTRY_CODES } from '../reference/countries.ts';
import type { RecordType } from '../model/records.ts';
import { boolean, code, plain, text, textList, wholeNumber, word, type FieldCodec } from './codecs.ts';
import { codeList, legalBases, objectList, specialConditions } from './list-codecs.ts';
import { nested } from './nested-codec.ts';
import type { CellWords, Vocabulary } from './vocabulary.ts';

export type RecordSheetName = 'Organisations' | 'Processors' | 'Activities';
export type SheetName = 'Register' | RecordSheetName;

export const EXTRA_COLUMN = 'extra (JSON)';

export type SheetLayout = {
  sheet: RecordSheetName;
  type: RecordType;
  /** The document's list of these records. */
  list: 'organisations' | 'processors' | 'activities';
  /** Every field's codec: those a colleague fills in, in the order of their columns, then those of the id columns. */
  codecs: readonly FieldCodec[];
};

/** Every ISO 3166-1 alpha-2 code the app offers, for the country drop-downs. */
export function countryCodeList(): readonly string[] {
  return COUNTRY_CODES;
}

/** The columns of ids and revisions, kept grey at the right of each record sheet; optional in a row. */
export const ID_COLUMNS: ReadonlySet<string> = new Set(['id', 'organisation id', 'parent id', 'processor ids', 'updated at', 'revision']);

/** The columns that are the app's rather than a colleague's: the ids and the extra column. */
export const isAppColumn = (column: string): boolean => ID_COLUMNS.has(column) || column === EXTRA_COLUMN;

const id = code('id', 'id');
const updatedAt = code('updatedAt', 'updated at');
const revision = wholeNumber('revision', 'revision');

/** The country columns take a code from a list too long to write inline: the XLSX writer puts it on a hidden sheet. */
const country = (field: string): FieldCodec => ({ ...code(field, 'country'), choices: () => ({ country: countryCodeList() }) });

export const ORGANISATIONS: SheetLayout = {
  sheet: 'Organisations',
  type: 'organisation',
  list: 'organisations',
  codecs: [
    text('name', 'name'),
    plain('legalForm', 'legal form'),
    plain('registrationNumber', 'registration number'),
    plain('vatId', 'vat id'),
    plain('address', 'address'),
    country('country'),
    plain('email', 'email'),
    plain('phone', 'phone'),
    plain('website', 'website'),
    nested('dpo', [
      { key: 'name', column: 'dpo name', kind: 'string' },
      { key: 'email', column: 'dpo email', kind: 'string' },
      { key: 'phone', column: 'dpo phone', kind: 'string' },
      { key: 'address', column: 'dpo address', kind: 'string' },
    ]),
    nested('representative', [
      { key: 'name', column: 'representative name', kind: 'string' },
      { key: 'address', column: 'representative address', kind: 'string' },
      { key: 'email', column: 'representative email', kind: 'string' },
    ]),
    nested('supervisoryAuthority', [
      { key: 'name', column: 'supervisory authority name', kind: 'text' },
      { key: 'address', column: 'supervisory authority address', kind: 'text' },
      { key: 'phone', column: 'supervisory authority phone', kind: 'string' },
      { key: 'email', column: 'supervisory authority email', kind: 'string' },
      { key: 'website', column: 'supervisory authority website', kind: 'string' },
    ]),
    textList('channels', 'channels'),
    textList('securityMeasures', 'security measures'),
    textList('publicSecurityMeasures', 'public security measures'),
    id,
    updatedAt,
    revision,
  ],
};

export const PROCESSORS: SheetLayout = {
  sheet: 'Processors',
  type: 'processor',
  list: 'processors',
  codecs: [
    text('name', 'name'),
    word('kind', 'kind', 'processorKind'),
    text('service', 'service'),
    plain('address', 'address'),
    country('country'),
    codeList('dataLocations', 'data locations'),
    plain('contact', 'contact'),
    plain('registrationNumber', 'registration number'),
    plain('vatId', 'vat id'),
    nested(
      'dpa',
      [
        { key: 'signedOn', column: 'dpa signed on', kind: 'code' },
        { key: 'reference', column: 'dpa reference', kind: 'string' },
      ],
      'dpa',
    ),
    // Empty: not known to be certified (the field is absent), which is not the same as a recorded "no".
    boolean('dpfCertified', 'dpf certified'),
    id,
    code('parentId', 'parent id'),
    updatedAt,
    revision,
  ],
};

export const ACTIVITIES: SheetLayout = {
  sheet: 'Activities',
  type: 'activity',
  list: 'activities',
  codecs: [
    text('name', 'name'),
    word('role', 'role', 'role'),
    word('status', 'status', 'status'),
    text('description', 'description'),
    text('publicDescription', 'public description'),
    text('notes', 'notes'),
    textList('purposes', 'purposes', true),
    legalBases('legalBases', 'legal bases'),
    specialConditions('specialCategoryConditions', 'special category conditions'),
    textList('dataSubjects', 'data subjects', true),
    objectList(
      'dataCategories',
      'data categories',
      [
        { key: 'name', kind: 'text' },
        { key: 'special', kind: 'yesNo' },
        { key: 'retention', kind: 'text' },
      ],
      'a data category',
      true,
    ),
    textList('sources', 'sources'),
    textList('recipients', 'recipients'),
    objectList(
      'transfers',
      'transfers',
      [
        { key: 'country', kind: 'code' },
        { key: 'recipient', kind: 'text' },
        { key: 'processorId', kind: 'code' },
        { key: 'mechanism', kind: 'mechanism' },
        { key: 'safeguards', kind: 'text' },
      ],
      'a transfer',
    ),
    text('retention', 'retention'),
    textList('securityMeasures', 'security measures'),
    objectList(
      'jointControllers',
      'joint controllers',
      [
        { key: 'name', kind: 'string' },
        { key: 'contact', kind: 'string' },
      ],
      'a joint controller',
    ),
    objectList(
      'controllers',
      'controllers',
      [
        { key: 'name', kind: 'string' },
        { key: 'contact', kind: 'string' },
      ],
      'a controller',
    ),
    text('automatedDecisions', 'automated decisions'),
    // The three answers are required once any column of the object is filled in: an empty one is a "no", as in the
    // app's form, where an unticked box is false.
    nested('automatedDecisionMaking', [
      { key: 'solelyAutomated', column: 'solely automated decisions', kind: 'yesNo', blank: false },
      { key: 'significantEffects', column: 'legal or similarly significant effects', kind: 'yesNo', blank: false },
      { key: 'profiling', column: 'profiling', kind: 'yesNo', blank: false },
      { key: 'logic', column: 'automated decisions logic', kind: 'text' },
      { key: 'consequences', column: 'automated decisions consequences', kind: 'text' },
    ]),
    // `required` has no default: "not required" is a finding the DPO records with its reason, never assumed.
    nested('dpia', [
      { key: 'required', column: 'dpia required', kind: 'yesNo' },
      { key: 'reason', column: 'dpia reason', kind: 'text' },
      { key: 'reference', column: 'dpia reference', kind: 'string' },
      { key: 'completedOn', column: 'dpia completed on', kind: 'code' },
    ]),
    codeList('confirmedNone', 'confirmed none'),
    // A new activity is not public until the DPO says so (the app's editor starts it at false).
    boolean('public', 'public', false),
    plain('owner', 'owner'),
    code('lastReviewedOn', 'last reviewed on'),
    code('nextReviewOn', 'next review on'),
    id,
    code('organisationId', 'organisation id'),
    codeList('processorIds', 'processor ids'),
    updatedAt,
    revision,
  ],
};

export const RECORD_SHEETS: readonly SheetLayout[] = [ORGANISATIONS, PROCESSORS, ACTIVITIES];

/** The Register sheet: one row per field, `field` | `value`. */
export const REGISTER_HEADER = ['field', 'value'] as const;
export const REGISTER_FIELDS = {
  format: 'format',
  version: 'version',
  exportedAt: 'exported at',
  registerId: 'register id',
  registerName: 'register name',
  defaultLanguage: 'default language',
  baseRevision: 'base revision',
  extra: EXTRA_COLUMN,
} as const;

/** The header row of a record sheet for the given translation languages: a colleague's columns, then the app's. */
export function sheetHeader(layout: SheetLayout, languages: readonly string[]): string[] {
  const header: string[] = [];
  const ids: string[] = [];
  for (const codec of layout.codecs) {
    for (const column of codec.columns) {
      if (ID_COLUMNS.has(column)) {
        ids.push(column);
        continue;
      }
      header.push(column);
      if (codec.translatable.includes(column)) for (const language of languages) header.push(`${column} [${language}]`);
    }
  }
  return [...header, EXTRA_COLUMN, ...ids];
}

function layoutOf(sheet: RecordSheetName): SheetLayout {
  return RECORD_SHEETS.find((candidate) => candidate.sheet === sheet) as SheetLayout;
}

/** The drop-down values of a sheet's closed columns, in the file's words: column → allowed values. */
export function columnChoices(sheet: RecordSheetName, words: CellWords): Record<string, readonly string[]> {
  return Object.assign({}, ...layoutOf(sheet).codecs.map((codec) => codec.choices?.(words) ?? {})) as Record<string, readonly string[]>;
}

/** The closed list each column of a sheet takes its words from. */
export function columnVocabularies(sheet: RecordSheetName): Record<string, Vocabulary> {
  return Object.assign({}, ...layoutOf(sheet).codecs.map((codec) => codec.vocabularies ?? {})) as Record<string, Vocabulary>;
}
