// The ways one record field is spread over spreadsheet columns and read back. A codec knows its columns, writes a
// value into cells and reads cells back into the value the exchange format expects (or undefined: the field is absent).
// It does not validate: readExchangeDocument does, and its messages are mapped back to the column (see from-rows.ts).
import type { Text } from '../model/text.ts';
import { CellError, escapeItem, joinParts, readYesNo, readWholeNumber, splitLines, splitParts, unescape, yesNo } from './cells.ts';

export type CodecContext = {
  defaultLanguage: string;
  /** The translation languages that have columns (`name [uk]`), the default language not among them. */
  languages: readonly string[];
};

/** The cell of a column, '' when the sheet has no such column; with a language, the cell of its translation column. */
export type CellReader = (column: string, language?: string) => string;

export type FieldCodec = {
  /** The record key. */
  field: string;
  /** Its columns, in order, as the header names them (translation columns not included). */
  columns: readonly string[];
  /** Those of `columns` that get a translation column per language. */
  translatable: readonly string[];
  /** The values a column takes, offered as a drop-down list in the XLSX template. */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** Full column name → cell; a column left out is empty. */
  encode(value: unknown, context: CodecContext): Record<string, string>;
  decode(cell: CellReader, context: CodecContext): unknown;
  /** The translation languages of a value (so the writer makes columns only for languages in use). */
  languages(value: unknown): string[];
  /** The column a path inside the field (after the field's own key) points to. */
  columnOf(path: ReadonlyArray<string | number>): string;
  /** A list field: a path into it names an item of the cell. */
  list: boolean;
};

export const translationColumn = (column: string, language: string): string => `${column} [${language}]`;

/** Runs a cell read, giving a CellError the column it happened in. */
function inColumn<T>(column: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CellError && error.column === undefined) throw new CellError(error.message, error.line, column);
    throw error;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : String(value));

/** The default-language text of a text value (a string, or an object of translations). */
function defaultText(value: unknown, language: string): string {
  if (typeof value === 'string') return value;
  return isRecord(value) ? stringOf(value[language]) : '';
}

function translation(value: unknown, language: string): string {
  return isRecord(value) ? stringOf(value[language]) : '';
}

function textLanguages(value: unknown, defaultLanguage?: string): string[] {
  return isRecord(value) ? Object.keys(value).filter((language) => language !== defaultLanguage) : [];
}

/** A text from its column and translation columns: plain when only the default language is filled in. */
function readText(main: string, translations: ReadonlyArray<[string, string]>, context: CodecContext): Text | undefined {
  const filled = translations.filter(([, value]) => value !== '');
  if (filled.length === 0) return main === '' ? undefined : main;
  return Object.fromEntries([...(main === '' ? [] : [[context.defaultLanguage, main]]), ...filled]) as Record<string, string>;
}

type Scalar = { read: (cell: string) => unknown; write: (value: unknown) => string };

const plainScalar: Scalar = { read: (cell) => (cell === '' ? undefined : cell), write: stringOf };
/** Codes, ids, dates, enumerations: surrounding spaces are never part of them, so they are trimmed. */
const codeScalar: Scalar = { read: (cell) => (cell.trim() === '' ? undefined : cell.trim()), write: stringOf };
const yesNoScalar: Scalar = { read: (cell) => readYesNo(cell), write: (value) => (typeof value === 'boolean' ? yesNo(value) : stringOf(value)) };
const numberScalar: Scalar = { read: (cell) => readWholeNumber(cell), write: stringOf };

function scalar(field: string, column: string, kind: Scalar, choices?: readonly string[]): FieldCodec {
  return {
    field,
    columns: [column],
    translatable: [],
    ...(choices === undefined ? {} : { choices: { [column]: choices } }),
    encode: (value) => ({ [column]: value === undefined ? '' : kind.write(value) }),
    decode: (cell) => inColumn(column, () => kind.read(cell(column))),
    languages: () => [],
    columnOf: () => column,
    list: false,
  };
}

/** A string written as it is (names, addresses): an empty cell is an absent field. */
export const plain = (field: string, column: string) => scalar(field, column, plainScalar);
/** A code, id, date or one of a closed list. */
export const code = (field: string, column: string, choices?: readonly string[]) => scalar(field, column, codeScalar, choices);
export const boolean = (field: string, column: string) => scalar(field, column, yesNoScalar, ['yes', 'no']);
export const wholeNumber = (field: string, column: string) => scalar(field, column, numberScalar);

function textCells(value: unknown, column: string, context: CodecContext): Record<string, string> {
  const cells: Record<string, string> = { [column]: value === undefined ? '' : defaultText(value, context.defaultLanguage) };
  for (const language of context.languages) cells[translationColumn(column, language)] = translation(value, language);
  return cells;
}

function readTextColumns(cell: CellReader, column: string, context: CodecContext): Text | undefined {
  return readText(
    cell(column),
    context.languages.map((language) => [language, cell(column, language)]),
    context,
  );
}

/** A translatable text: the column holds the default language, `column [xx]` each translation. */
export function text(field: string, column: string): FieldCodec {
  return {
    field,
    columns: [column],
    translatable: [column],
    encode: (value, context) => textCells(value, column, context),
    decode: (cell, context) => readTextColumns(cell, column, context),
    languages: (value) => textLanguages(value),
    columnOf: () => column,
    list: false,
  };
}

/**
 * A list of texts, one per line; the translation columns hold the translations line by line (an empty line: that
 * item has none). A line empty in every column is skipped. `required`: the field is always present (an empty cell
 * is an empty list).
 */
export function textList(field: string, column: string, required = false): FieldCodec {
  return {
    field,
    columns: [column],
    translatable: [column],
    encode: (value, context) => {
      const items = asArray(value);
      const cells: Record<string, string> = {
        [column]: items.map((item) => escapeItem(defaultText(item, context.defaultLanguage))).join('\n'),
      };
      for (const language of context.languages) {
        const lines = items.map((item) => escapeItem(translation(item, language)));
        cells[translationColumn(column, language)] = lines.some((line) => line !== '') ? lines.join('\n') : '';
      }
      return cells;
    },
    decode: (cell, context) => {
      const main = splitLines(cell(column));
      const translated = context.languages.map((language) => [language, splitLines(cell(column, language))] as const);
      const count = Math.max(main.length, ...translated.map(([, lines]) => lines.length));
      const items: Text[] = [];
      for (let index = 0; index < count; index++) {
        const line = (lines: readonly string[]) => {
          const raw = lines[index] ?? '';
          return raw.trim() === '' ? '' : unescape(raw);
        };
        const item = readText(
          line(main),
          translated.map(([language, lines]) => [language, line(lines)]),
          context,
        );
        if (item !== undefined) items.push(item);
      }
      return items.length === 0 && !required ? undefined : items;
    },
    languages: (value) => asArray(value).flatMap((item) => textLanguages(item)),
    columnOf: () => column,
    list: true,
  };
}

/** A list of codes or ids (countries, processor ids, Art. 9 conditions): one per line; commas and semicolons also separate. */
export function codeList(field: string, column: string): FieldCodec {
  return {
    field,
    columns: [column],
    translatable: [],
    encode: (value) => ({ [column]: asArray(value).map(stringOf).join('\n') }),
    decode: (cell) => {
      const items = cell(column)
        .split(/[\r\n,;]+/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
      return items.length === 0 ? undefined : items;
    },
    languages: () => [],
    columnOf: () => column,
    list: true,
  };
}

export type PartKind = 'string' | 'text' | 'code' | 'yesNo';
export type Part = { key: string; kind: PartKind };

/**
 * A list of objects, one per line, its parts separated by " | " in the order of `parts` (trailing empty parts left
 * off). A text part holds the default language only; an item with translations is kept whole in the extra column.
 * `what` names one item for messages ("a legal basis").
 */
export function objectList(field: string, column: string, parts: readonly Part[], what: string, required = false): FieldCodec {
  const layout = parts.map((part) => part.key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)).join(' | ');
  return {
    field,
    columns: [column],
    translatable: [],
    encode: (value, context) => ({
      [column]: asArray(value)
        .map((item) => {
          const object = isRecord(item) ? item : {};
          return joinParts(
            parts.map(({ key, kind }) => {
              const part = object[key];
              if (part === undefined) return '';
              if (kind === 'text') return defaultText(part, context.defaultLanguage);
              if (kind === 'yesNo' && typeof part === 'boolean') return yesNo(part);
              return stringOf(part);
            }),
          );
        })
        .join('\n'),
    }),
    decode: (cell) => {
      const items: Array<Record<string, unknown>> = [];
      splitLines(cell(column)).forEach((line, index) => {
        if (line.trim() === '') return;
        const values = splitParts(line);
        if (values.length > parts.length) {
          throw new CellError(`has ${values.length} parts separated by "|"; ${what} is written ${layout}`, index + 1, column);
        }
        const item: Record<string, unknown> = {};
        values.forEach((part, position) => {
          const spec = parts[position] as Part;
          if (part === '') return;
          item[spec.key] = spec.kind === 'yesNo' ? inColumn(column, () => readYesNo(part, index + 1)) : part;
        });
        items.push(item);
      });
      return items.length === 0 && !required ? undefined : items;
    },
    languages: () => [],
    columnOf: () => column,
    list: true,
  };
}

export type Member = { key: string; column: string; kind: Exclude<PartKind, 'yesNo'> | 'yesNo' };

/**
 * A nested object flattened into columns (`dpo name`, `dpo email`, …): present when any of its columns is filled.
 * `marker`: a yes/no column that says the object exists even with no member filled in (an Art. 28 contract with
 * no date or reference recorded is `dpa: {}`).
 */
export function nested(field: string, members: readonly Member[], marker?: string): FieldCodec {
  const memberColumns = members.map((member) => member.column);
  const yesNoColumns = members.filter((member) => member.kind === 'yesNo').map((member) => member.column);
  return {
    field,
    columns: marker === undefined ? memberColumns : [marker, ...memberColumns],
    translatable: members.filter((member) => member.kind === 'text').map((member) => member.column),
    choices: Object.fromEntries([...(marker === undefined ? [] : [marker]), ...yesNoColumns].map((column) => [column, ['yes', 'no']])),
    encode: (value, context) => {
      const object = isRecord(value) ? value : undefined;
      const cells: Record<string, string> = marker === undefined ? {} : { [marker]: object === undefined ? '' : 'yes' };
      for (const { key, column, kind } of members) {
        const member = object?.[key];
        if (kind === 'text') Object.assign(cells, textCells(member, column, context));
        else cells[column] = member === undefined ? '' : kind === 'yesNo' && typeof member === 'boolean' ? yesNo(member) : stringOf(member);
      }
      return cells;
    },
    decode: (cell, context) => {
      const object: Record<string, unknown> = {};
      for (const { key, column, kind } of members) {
        const member =
          kind === 'text'
            ? readTextColumns(cell, column, context)
            : kind === 'yesNo'
              ? inColumn(column, () => readYesNo(cell(column)))
              : kind === 'code'
                ? codeScalar.read(cell(column))
                : plainScalar.read(cell(column));
        if (member !== undefined) object[key] = member;
      }
      const filled = Object.keys(object).length > 0;
      if (marker === undefined) return filled ? object : undefined;
      const present = inColumn(marker, () => readYesNo(cell(marker)));
      if (present === false && filled) throw new CellError(`says "no", but ${memberColumns.join(', ')} are filled in`, undefined, marker);
      return present === true || filled ? object : undefined;
    },
    languages: (value) => (isRecord(value) ? members.filter((member) => member.kind === 'text').flatMap((member) => textLanguages(value[member.key])) : []),
    columnOf: (path) => members.find((member) => member.key === path[0])?.column ?? marker ?? memberColumns[0] ?? field,
    list: false,
  };
}
