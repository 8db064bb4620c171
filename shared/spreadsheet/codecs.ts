// The ways one record field is spread over spreadsheet columns and read back. A codec knows its columns, writes a
// value into cells and reads cells back into the value the exchange format expects (or undefined: the field is absent).
// It does not validate: readExchangeDocument does, and its messages are mapped back to the column (see from-rows.ts).
// A closed list (a role, yes or no) is written in the file's words and read in any of them (vocabulary.ts): a cell
// that says none of them is refused here, with the words it may say.
// The codecs of lists of items are in list-codecs.ts, those of nested objects in nested-codec.ts.
import type { Text } from '../model/text.ts';
import { CellError, escapeItem, readWholeNumber, splitLines, unescape } from './cells.ts';
import type { CellWords, Vocabulary } from './vocabulary.ts';

export type CodecContext = {
  defaultLanguage: string;
  /** The translation languages that have columns (`name [uk]`), the default language not among them. */
  languages: readonly string[];
  /** The words of the file's language. */
  words: CellWords;
  /** Told when a blank cell was read as its field's default (`shown`: the word of that value), so the reader can say so. */
  tookDefault?: (column: string, shown: string) => void;
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
  /** The words a column takes, offered as a drop-down list in the XLSX template. */
  choices?: (words: CellWords) => Readonly<Record<string, readonly string[]>>;
  /** The vocabulary of each column that takes set words, for the About sheet to list them. */
  vocabularies?: Readonly<Record<string, Vocabulary>>;
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
export function inColumn<T>(column: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CellError && error.column === undefined) throw new CellError(error.message, error.line, column);
    throw error;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const stringOf = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : String(value));

/** The default-language text of a text value (a string, or an object of translations). */
export function defaultText(value: unknown, language: string): string {
  if (typeof value === 'string') return value;
  return isRecord(value) ? stringOf(value[language]) : '';
}

function translation(value: unknown, language: string): string {
  return isRecord(value) ? stringOf(value[language]) : '';
}

export function textLanguages(value: unknown, defaultLanguage?: string): string[] {
  return isRecord(value) ? Object.keys(value).filter((language) => language !== defaultLanguage) : [];
}

/** A text from its column and translation columns: plain when only the default language is filled in. */
function readText(main: string, translations: ReadonlyArray<[string, string]>, context: CodecContext): Text | undefined {
  const filled = translations.filter(([, value]) => value !== '');
  if (filled.length === 0) return main === '' ? undefined : main;
  return Object.fromEntries([...(main === '' ? [] : [[context.defaultLanguage, main]]), ...filled]) as Record<string, string>;
}

/** The word of a closed list a value is written as: a boolean as yes or no, a code as its word. */
export function wordOf(vocabulary: Vocabulary, value: unknown, words: CellWords): string {
  if (vocabulary === 'yesNo' && typeof value === 'boolean') return words.word('yesNo', value ? 'yes' : 'no');
  return typeof value === 'string' ? words.word(vocabulary, value) : stringOf(value);
}

/** A cell of a closed list read back: a boolean for yes or no, else the code; an empty cell is undefined. */
export function readWord(vocabulary: Vocabulary, cell: string, words: CellWords, line?: number): unknown {
  const value = cell.trim();
  if (value === '') return undefined;
  const code = words.code(vocabulary, value);
  if (code === undefined) {
    const offered = words.offered(vocabulary);
    const choices = offered.length === 2 ? offered.join(' or ') : `one of ${offered.join(', ')}`;
    throw new CellError(`"${value}" is not ${choices}`, line);
  }
  return vocabulary === 'yesNo' ? code === 'yes' : code;
}

type Scalar = { read: (cell: string, context: CodecContext) => unknown; write: (value: unknown, context: CodecContext) => string };

export const plainScalar: Scalar = { read: (cell) => (cell === '' ? undefined : cell), write: stringOf };
/** Codes, ids, dates: surrounding spaces are never part of them, so they are trimmed. */
export const codeScalar: Scalar = { read: (cell) => (cell.trim() === '' ? undefined : cell.trim()), write: stringOf };
const numberScalar: Scalar = { read: (cell) => readWholeNumber(cell), write: stringOf };
const wordScalar = (vocabulary: Vocabulary): Scalar => ({
  read: (cell, context) => readWord(vocabulary, cell, context.words),
  write: (value, context) => wordOf(vocabulary, value, context.words),
});

function scalar(field: string, column: string, kind: Scalar, vocabulary?: Vocabulary, blank?: boolean): FieldCodec {
  return {
    field,
    columns: [column],
    translatable: [],
    ...(vocabulary === undefined ? {} : { choices: (words: CellWords) => ({ [column]: words.offered(vocabulary) }), vocabularies: { [column]: vocabulary } }),
    encode: (value, context) => ({ [column]: value === undefined ? '' : kind.write(value, context) }),
    decode: (cell, context) => {
      const value = inColumn(column, () => kind.read(cell(column), context));
      if (value !== undefined || blank === undefined || vocabulary === undefined) return value;
      context.tookDefault?.(column, wordOf(vocabulary, blank, context.words));
      return blank;
    },
    languages: () => [],
    columnOf: () => column,
    list: false,
  };
}

/** A string written as it is (names, addresses): an empty cell is an absent field. */
export const plain = (field: string, column: string) => scalar(field, column, plainScalar);
/** A code, id or date. */
export const code = (field: string, column: string) => scalar(field, column, codeScalar);
/** One of a closed list, written in the file's words (a role, a status). */
export const word = (field: string, column: string, vocabulary: Vocabulary) => scalar(field, column, wordScalar(vocabulary), vocabulary);
/** Yes or no. `blank`: the value an empty cell is read as (the reader is told, to say so); without it, an absent field. */
export const boolean = (field: string, column: string, blank?: boolean) => scalar(field, column, wordScalar('yesNo'), 'yesNo', blank);
export const wholeNumber = (field: string, column: string) => scalar(field, column, numberScalar);

export function textCells(value: unknown, column: string, context: CodecContext): Record<string, string> {
  const cells: Record<string, string> = { [column]: value === undefined ? '' : defaultText(value, context.defaultLanguage) };
  for (const language of context.languages) cells[translationColumn(column, language)] = translation(value, language);
  return cells;
}

export function readTextColumns(cell: CellReader, column: string, context: CodecContext): Text | undefined {
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
