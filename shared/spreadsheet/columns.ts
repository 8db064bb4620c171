// The RoPA Desk spreadsheet template: which sheet holds what, and the columns of each, in order. These names are the
// interface a DPO edits in Excel and a CSV carries, so they are stable: rename one only with a reader for the old name.
//
// Sheets: Register (key/value rows), Organisations, Processors, Activities (one row per record, ids in the `id` column).
// Cells:  a text holds the default language; its translations go in `<column> [xx]` columns, made for the languages
//         the document uses. A list is one item per line. A list of objects is one item per line, its parts separated
//         by " | " (see cells.ts for the escapes). Booleans are yes/no, dates YYYY-MM-DD, an empty cell an absent field.
// Extra:  the last column of a record sheet, `extra (JSON)`, holds a JSON object of what the columns cannot carry:
//         x- extension fields, and whole fields whose value the columns would not give back exactly (translated list
//         items, an empty-string field, …). See to-rows.ts and from-rows.ts.
import { COUNTRY_CODES } from '../reference/countries.ts';
import type { RecordType } from '../model/records.ts';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, PROCESSOR_KINDS } from '../model/vocabulary.ts';
import { boolean, code, codeList, nested, objectList, plain, text, textList, wholeNumber, type FieldCodec } from './codecs.ts';

export type RecordSheetName = 'Organisations' | 'Processors' | 'Activities';
export type SheetName = 'Register' | RecordSheetName;

export const EXTRA_COLUMN = 'extra (JSON)';

export type SheetLayout = {
  sheet: RecordSheetName;
  type: RecordType;
  /** The document's list of these records. */
  list: 'organisations' | 'processors' | 'activities';
  codecs: readonly FieldCodec[];
};

/** Every ISO 3166-1 alpha-2 code the app offers, for the country drop-downs. */
export function countryCodeList(): readonly string[] {
  return COUNTRY_CODES;
}

const id = code('id', 'id');
const updatedAt = code('updatedAt', 'updated at');
const revision = wholeNumber('revision', 'revision');

/** The country columns take a code from a list too long to write inline: the XLSX writer puts it on a hidden sheet. */
const country = (field: string) => ({ ...code(field, 'country'), choices: { country: countryCodeList() } });

export const ORGANISATIONS: SheetLayout = {
  sheet: 'Organisations',
  type: 'organisation',
  list: 'organisations',
  codecs: [
    id,
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
    updatedAt,
    revision,
  ],
};

export const PROCESSORS: SheetLayout = {
  sheet: 'Processors',
  type: 'processor',
  list: 'processors',
  codecs: [
    id,
    code('kind', 'kind', PROCESSOR_KINDS),
    text('name', 'name'),
    code('parentId', 'parent id'),
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
    boolean('dpfCertified', 'dpf certified'),
    updatedAt,
    revision,
  ],
};

export const ACTIVITIES: SheetLayout = {
  sheet: 'Activities',
  type: 'activity',
  list: 'activities',
  codecs: [
    id,
    code('organisationId', 'organisation id'),
    code('role', 'role', ACTIVITY_ROLES),
    code('status', 'status', ACTIVITY_STATUSES),
    text('name', 'name'),
    text('description', 'description'),
    text('publicDescription', 'public description'),
    text('notes', 'notes'),
    textList('purposes', 'purposes', true),
    objectList(
      'legalBases',
      'legal bases',
      [
        { key: 'basis', kind: 'code' },
        { key: 'detail', kind: 'text' },
      ],
      'a legal basis',
    ),
    codeList('specialCategoryConditions', 'special category conditions'),
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
    codeList('processorIds', 'processor ids'),
    objectList(
      'transfers',
      'transfers',
      [
        { key: 'country', kind: 'code' },
        { key: 'recipient', kind: 'text' },
        { key: 'processorId', kind: 'code' },
        { key: 'mechanism', kind: 'code' },
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
    nested('automatedDecisionMaking', [
      { key: 'solelyAutomated', column: 'solely automated decisions', kind: 'yesNo' },
      { key: 'significantEffects', column: 'legal or similarly significant effects', kind: 'yesNo' },
      { key: 'profiling', column: 'profiling', kind: 'yesNo' },
      { key: 'logic', column: 'automated decisions logic', kind: 'text' },
      { key: 'consequences', column: 'automated decisions consequences', kind: 'text' },
    ]),
    nested('dpia', [
      { key: 'required', column: 'dpia required', kind: 'yesNo' },
      { key: 'reason', column: 'dpia reason', kind: 'text' },
      { key: 'reference', column: 'dpia reference', kind: 'string' },
      { key: 'completedOn', column: 'dpia completed on', kind: 'code' },
    ]),
    codeList('confirmedNone', 'confirmed none'),
    boolean('public', 'public'),
    plain('owner', 'owner'),
    code('lastReviewedOn', 'last reviewed on'),
    code('nextReviewOn', 'next review on'),
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

/** The header row of a record sheet for the given translation languages. */
export function sheetHeader(layout: SheetLayout, languages: readonly string[]): string[] {
  const header: string[] = [];
  for (const codec of layout.codecs) {
    for (const column of codec.columns) {
      header.push(column);
      if (codec.translatable.includes(column)) for (const language of languages) header.push(`${column} [${language}]`);
    }
  }
  header.push(EXTRA_COLUMN);
  return header;
}

/** The drop-down values of a sheet's enumerated columns: column → allowed values. */
export function columnChoices(sheet: RecordSheetName): Record<string, readonly string[]> {
  const layout = RECORD_SHEETS.find((candidate) => candidate.sheet === sheet) as SheetLayout;
  return Object.assign({}, ...layout.codecs.map((codec) => codec.choices ?? {})) as Record<string, readonly string[]>;
}
