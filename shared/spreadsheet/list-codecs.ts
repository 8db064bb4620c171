// The codecs of fields that are lists of items, one item per line of the cell: codes, objects whose parts are separated
// by " | ", the legal bases ("Contract: employment contract") and the Art. 9 conditions (one condition's words a line).
import { CellError, escapeItem, joinParts, splitLines, splitParts, unescape } from './cells.ts';
import { asArray, defaultText, inColumn, isRecord, readWord, stringOf, wordOf, type CodecContext, type FieldCodec } from './codecs.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The line a message names: only in a cell of several lines, where it helps to find the item. */
const lineOf = (lines: readonly string[], index: number) => (lines.filter((line) => line.trim() !== '').length > 1 ? index + 1 : undefined);

/** A list of codes or ids (countries, processor ids, confirmed items): one per line; commas and semicolons also separate. */
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

export type PartKind = 'string' | 'text' | 'code' | Vocabulary;
export type Part = { key: string; kind: PartKind };

const isVocabulary = (kind: PartKind): kind is Vocabulary => kind !== 'string' && kind !== 'text' && kind !== 'code';

/**
 * A list of objects, one per line, its parts separated by " | " in the order of `parts` (trailing empty parts left
 * off). A text part holds the default language only; an item with translations is kept whole in the extra column.
 * A part of a closed list (yes or no, a transfer tool) holds its word. `what` names one item for messages.
 */
export function objectList(field: string, column: string, parts: readonly Part[], what: string, required = false): FieldCodec {
  const layout = parts.map((part) => part.key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)).join(' | ');
  const vocabulary = parts.map((part) => part.kind).find(isVocabulary);
  return {
    field,
    columns: [column],
    translatable: [],
    ...(vocabulary === undefined ? {} : { vocabularies: { [column]: vocabulary } }),
    encode: (value, context) => ({
      [column]: asArray(value)
        .map((item) => {
          const object = isRecord(item) ? item : {};
          return joinParts(
            parts.map(({ key, kind }) => {
              const part = object[key];
              if (part === undefined) return '';
              if (kind === 'text') return defaultText(part, context.defaultLanguage);
              return isVocabulary(kind) ? wordOf(kind, part, context.words) : stringOf(part);
            }),
          );
        })
        .join('\n'),
    }),
    decode: (cell, context) => {
      const items: Array<Record<string, unknown>> = [];
      const lines = splitLines(cell(column));
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        const values = splitParts(line);
        if (values.length > parts.length) {
          throw new CellError(`has ${values.length} parts separated by "|"; ${what} is written ${layout}`, lineOf(lines, index), column);
        }
        const item: Record<string, unknown> = {};
        values.forEach((part, position) => {
          const spec = parts[position] as Part;
          if (part === '') return;
          const kind = spec.kind;
          item[spec.key] = isVocabulary(kind) ? inColumn(column, () => readWord(kind, part, context.words, lineOf(lines, index))) : part;
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

/** One line of the legal bases: "Contract: detail", "Contract", or as files written before the words, "contract | detail". */
function readBasis(line: string, context: CodecContext, lineNumber: number | undefined): Record<string, unknown> {
  const words = context.words;
  const colon = line.indexOf(':');
  const named = colon === -1 ? undefined : words.code('legalBasis', line.slice(0, colon));
  if (named !== undefined) {
    const detail = unescape(line.slice(colon + 1).trim());
    return detail === '' ? { basis: named } : { basis: named, detail };
  }
  const whole = words.code('legalBasis', line);
  if (whole !== undefined) return { basis: whole };
  const parts = splitParts(line);
  if (parts.length > 2) {
    throw new CellError(`has ${parts.length} parts separated by "|"; a legal basis is written basis: detail`, lineNumber);
  }
  const [basis = '', detail = ''] = parts;
  const code = readWord('legalBasis', basis, words, lineNumber);
  return detail === '' ? { basis: code } : { basis: code, detail };
}

/**
 * The legal bases of Art. 6(1), one per line: the basis's word, then, where there is one, a colon and the law or the
 * interest ("Contract: employment contract"). The detail holds the default language; with translations, the whole
 * list is kept in the extra column.
 */
export function legalBases(field: string, column: string): FieldCodec {
  return {
    field,
    columns: [column],
    translatable: [],
    vocabularies: { [column]: 'legalBasis' },
    encode: (value, context) => ({
      [column]: asArray(value)
        .map((item) => {
          const object = isRecord(item) ? item : {};
          const basis = wordOf('legalBasis', object['basis'], context.words);
          const detail = object['detail'] === undefined ? undefined : escapeItem(defaultText(object['detail'], context.defaultLanguage));
          return detail === undefined ? basis : `${basis}: ${detail}`;
        })
        .join('\n'),
    }),
    decode: (cell, context) => {
      const lines = splitLines(cell(column));
      const items = lines.flatMap((line, index) => (line.trim() === '' ? [] : [inColumn(column, () => readBasis(line, context, lineOf(lines, index)))]));
      return items.length === 0 ? undefined : items;
    },
    languages: () => [],
    columnOf: () => column,
    list: true,
  };
}

/**
 * The conditions of Art. 9(2) and Art. 10, one per line, each in the words of the report ("Explicit consent (Art.
 * 9(2)(a))"), or its article alone. Files written before the words hold codes, which commas may also separate
 * (`art9-2-a, art9-2-b`); a line is split at commas only when it is not one condition as a whole, whose words have commas.
 */
export function specialConditions(field: string, column: string): FieldCodec {
  return {
    field,
    columns: [column],
    translatable: [],
    vocabularies: { [column]: 'specialCondition' },
    encode: (value, context) => ({
      [column]: asArray(value)
        .map((item) => wordOf('specialCondition', item, context.words))
        .join('\n'),
    }),
    decode: (cell, context) => {
      const words = context.words;
      const lines = splitLines(cell(column));
      const items = lines.flatMap((line, index) => {
        if (line.trim() === '') return [];
        const whole = words.code('specialCondition', line);
        if (whole !== undefined) return [whole];
        return line
          .split(/[,;]/)
          .map((piece) => piece.trim())
          .filter((piece) => piece !== '')
          .map((piece) => {
            const code = words.code('specialCondition', piece);
            if (code !== undefined) return code;
            const example = words.offered('specialCondition')[0] ?? '';
            throw new CellError(
              `"${line.trim()}" is not a condition of Art. 9(2) or Art. 10 (write one per line, such as "${example}")`,
              lineOf(lines, index),
              column,
            );
          });
      });
      return items.length === 0 ? undefined : items;
    },
    languages: () => [],
    columnOf: () => column,
    list: true,
  };
}
