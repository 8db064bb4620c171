// The columns of a record sheet as read from a file: its header matched to the template's columns, and whether the
// columns of a field still say what was written there (then the exact value kept in "extra (JSON)" stands for them).
import type { CellError } from './cells.ts';
import { translationColumn, type CellReader, type CodecContext, type FieldCodec } from './codecs.ts';
import { EXTRA_COLUMN, type SheetLayout } from './columns.ts';
import { SHEET_ORDER, type Problem } from './problems.ts';
import { readerOf, sameValue } from './to-rows.ts';

/** A field's cells as read: its value, or why they could not be read. */
export type Decoded = { ok: true; value: unknown } | { ok: false; error: CellError };

export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Column name → position, and the translation languages the header has. A column the template does not have, or
 * one named twice, is a problem; the sheet's other columns are still read, so that their problems are listed too.
 */
export function readHeader(sheet: { header: string[]; rows: string[][] }, label: string, layout: SheetLayout, defaultLanguage: string, problems: Problem[]) {
  const known = new Map<string, FieldCodec>();
  for (const codec of layout.codecs) for (const column of codec.columns) known.set(column, codec);
  const positions = new Map<string, number>();
  const languages = new Set<string>();
  const problem = (position: number, message: string) =>
    problems.push({ place: `${label} sheet`, message, order: [SHEET_ORDER[layout.sheet] ?? 0, 1, position] });
  sheet.header.forEach((raw, position) => {
    const name = normaliseHeader(raw);
    if (name === '') {
      if (sheet.rows.some((row) => (row[position] ?? '').trim() !== '')) problem(position, `column ${position + 1} has values but no name in the header row`);
      return;
    }
    const translated = /^(.*) \[([a-z]{2,3})\]$/.exec(name);
    const base = translated?.[1] ?? name;
    const language = translated?.[2];
    const accepted =
      language === undefined
        ? known.has(name) || name === EXTRA_COLUMN.toLowerCase()
        : language !== defaultLanguage && known.get(base)?.translatable.includes(base) === true;
    const key = name === EXTRA_COLUMN.toLowerCase() ? EXTRA_COLUMN : name;
    if (!accepted) problem(position, `column "${raw.trim()}" is not a column of the RoPA Desk template`);
    else if (positions.has(key)) problem(position, `column "${raw.trim()}" appears twice`);
    else {
      positions.set(key, position);
      if (language !== undefined) languages.add(language);
    }
  });
  return { positions, languages: [...languages].sort() };
}

/**
 * Whether the columns of `codec` still say what writing `kept` puts there: then `kept` is what they stand for. Compared
 * as values, not as text, so that a file written before the cells held words (`contract`, not "Contract"), or retyped
 * in other case, still keeps its translations; a column taken out of the sheet changed nothing it held.
 */
export function columnsUnchanged(
  codec: FieldCodec,
  kept: unknown,
  decoded: Decoded,
  cell: CellReader,
  context: CodecContext,
  positions: ReadonlyMap<string, number>,
): boolean {
  const written = readerOf(codec.encode(kept, context));
  const inSheet = (column: string, language: string | undefined) => positions.has(language === undefined ? column : translationColumn(column, language));
  if (decoded.ok) {
    try {
      return sameValue(
        codec.decode((column, language) => (inSheet(column, language) ? written(column, language) : ''), context),
        decoded.value,
      );
    } catch {
      // What the app writes reads back, but should it not, the cells are compared as text below.
    }
  }
  for (const column of codec.columns) {
    const languages = codec.translatable.includes(column) ? [undefined, ...context.languages] : [undefined];
    for (const language of languages) {
      if (inSheet(column, language) && written(column, language) !== cell(column, language)) return false;
    }
  }
  return true;
}
