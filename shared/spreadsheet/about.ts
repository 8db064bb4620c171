// The first sheet of the XLSX template: how to fill the workbook in, and each column of each sheet with what goes in
// it and the words it accepts, in the file's language. Written only: the reader never looks at it.
import { CONFIRMABLE_ITEMS } from '../model/vocabulary.ts';
import { columnVocabularies, type RecordSheetName } from './columns.ts';
import type { SheetRows } from './to-rows.ts';
import type { CellWords } from './vocabulary.ts';

/** One column explained: its name as the header has it, what goes in it, the words it accepts (one per line). */
export type AboutRow = readonly [column: string, what: string, words: string];

export type AboutSheet = {
  name: string;
  title: string;
  intro: readonly string[];
  header: readonly [string, string, string];
  sections: ReadonlyArray<{ heading: string; rows: readonly AboutRow[] }>;
};

const isRecordSheet = (sheet: string): sheet is RecordSheetName => sheet === 'Organisations' || sheet === 'Processors' || sheet === 'Activities';

function describe(sheet: RecordSheetName, column: string, words: CellWords): string {
  const columns = words.sheet.columns;
  const common = columns.common as Readonly<Record<string, string>>;
  const translated = /^(.*) \[([a-z]{2,3})\]$/.exec(column);
  if (translated !== null) return words.sheet.about.translation(translated[1] as string, translated[2] as string);
  return common[column] ?? columns[sheet][column] ?? '';
}

/** The words a column accepts: those of its closed list, or the names of the items an activity may confirm as none. */
function accepted(sheet: RecordSheetName, column: string, words: CellWords): string {
  if (column === 'confirmed none') return CONFIRMABLE_ITEMS.join('\n');
  const vocabulary = columnVocabularies(sheet)[column];
  return vocabulary === undefined ? '' : words.offered(vocabulary).join('\n');
}

/** The About sheet of a workbook whose sheets are `sheets`: the columns they have, translation columns included. */
export function aboutSheet(sheets: readonly SheetRows[], words: CellWords): AboutSheet {
  const about = words.sheet.about;
  return {
    name: about.sheetName,
    title: about.title,
    intro: about.intro,
    header: about.header,
    sections: sheets.map((sheet) => {
      const name = sheet.sheet;
      return {
        heading: about.sheets[name],
        rows: isRecordSheet(name) ? sheet.header.map((column): AboutRow => [column, describe(name, column, words), accepted(name, column, words)]) : [],
      };
    }),
  };
}
