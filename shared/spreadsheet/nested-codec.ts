// A nested object (the DPO, the Art. 28 contract, the DPIA) flattened into one column per member.
import { CellError } from './cells.ts';
import {
  codeScalar,
  inColumn,
  isRecord,
  plainScalar,
  readTextColumns,
  readWord,
  stringOf,
  textCells,
  textLanguages,
  wordOf,
  type FieldCodec,
} from './codecs.ts';
import type { CellWords } from './vocabulary.ts';

export type Member = {
  key: string;
  column: string;
  kind: 'string' | 'text' | 'code' | 'yesNo';
  /** A yes/no the object requires: an empty cell in an object otherwise filled in is read as this (and the reader told). */
  blank?: boolean;
};

/**
 * A nested object flattened into columns (`dpo name`, `dpo email`, …): present when any of its columns is filled.
 * `marker`: a yes/no column that says the object exists even with no member filled in (an Art. 28 contract with
 * no date or reference recorded is `dpa: {}`).
 */
export function nested(field: string, members: readonly Member[], marker?: string): FieldCodec {
  const memberColumns = members.map((member) => member.column);
  const yesNoColumns = [...(marker === undefined ? [] : [marker]), ...members.filter((member) => member.kind === 'yesNo').map((member) => member.column)];
  return {
    field,
    columns: marker === undefined ? memberColumns : [marker, ...memberColumns],
    translatable: members.filter((member) => member.kind === 'text').map((member) => member.column),
    choices: (words: CellWords) => Object.fromEntries(yesNoColumns.map((column) => [column, words.offered('yesNo')])),
    vocabularies: Object.fromEntries(yesNoColumns.map((column) => [column, 'yesNo' as const])),
    encode: (value, context) => {
      const object = isRecord(value) ? value : undefined;
      const cells: Record<string, string> = marker === undefined ? {} : { [marker]: object === undefined ? '' : context.words.word('yesNo', 'yes') };
      for (const { key, column, kind } of members) {
        const member = object?.[key];
        if (kind === 'text') Object.assign(cells, textCells(member, column, context));
        else cells[column] = member === undefined ? '' : kind === 'yesNo' ? wordOf('yesNo', member, context.words) : stringOf(member);
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
              ? inColumn(column, () => readWord('yesNo', cell(column), context.words))
              : kind === 'code'
                ? codeScalar.read(cell(column), context)
                : plainScalar.read(cell(column), context);
        if (member !== undefined) object[key] = member;
      }
      const filled = Object.keys(object).length > 0;
      if (filled) {
        for (const { key, column, blank } of members) {
          if (blank === undefined || object[key] !== undefined) continue;
          object[key] = blank;
          context.tookDefault?.(column, wordOf('yesNo', blank, context.words));
        }
      }
      if (marker === undefined) return filled ? object : undefined;
      const present = inColumn(marker, () => readWord('yesNo', cell(marker), context.words));
      if (present === false && filled) {
        throw new CellError(`says "${cell(marker).trim()}", but ${memberColumns.join(', ')} are filled in`, undefined, marker);
      }
      return present === true || filled ? object : undefined;
    },
    languages: (value) => (isRecord(value) ? members.filter((member) => member.kind === 'text').flatMap((member) => textLanguages(value[member.key])) : []),
    columnOf: (path) => members.find((member) => member.key === path[0])?.column ?? marker ?? memberColumns[0] ?? field,
    list: false,
  };
}
