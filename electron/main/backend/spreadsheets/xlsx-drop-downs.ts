// Drop-down lists on the columns that take set words (a role, a status, Yes or No) and on the country columns, so that a
// typo cannot be picked. Every list is a column of the hidden Lists sheet: a list written inline in the validation
// would break on a word with a comma or a quotation mark, and Excel limits it to 255 characters.
import type ExcelJS from 'exceljs';
import { columnChoices, type RecordSheetName } from '../../../../shared/spreadsheet/columns.ts';
import type { CellWords } from '../../../../shared/spreadsheet/vocabulary.ts';
import { dataValidations } from './exceljs-types.ts';

export const LISTS_SHEET = 'Lists';
/** Drop-downs reach this many rows below the last record, so rows a DPO adds get them too. */
const VALIDATED_SPARE_ROWS = 1000;

function columnLetter(position: number): string {
  let letters = '';
  for (let number = position + 1; number > 0; number = Math.floor((number - 1) / 26)) {
    letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  }
  return letters;
}

/** The range of the hidden Lists sheet that holds a list, written there the first time it is asked for. */
export type ListsSheet = { rangeOf(values: readonly string[]): string };

/** The hidden Lists sheet, made on first use, one column per distinct list (the yes/no words are written once). */
export function listsSheet(workbook: ExcelJS.Workbook): ListsSheet {
  let sheet: ExcelJS.Worksheet | undefined;
  const ranges = new Map<string, string>();
  return {
    rangeOf(values) {
      const key = values.join('\n');
      let range = ranges.get(key);
      if (range === undefined) {
        sheet ??= workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
        const column = sheet.columnCount + 1;
        const target = sheet;
        values.forEach((value, index) => (target.getCell(index + 1, column).value = value));
        const letter = columnLetter(column - 1);
        range = `${LISTS_SHEET}!$${letter}$1:$${letter}$${values.length}`;
        ranges.set(key, range);
      }
      return range;
    },
  };
}

/** Drop-downs on a record sheet's closed and country columns, offering the file's words. */
export function addDropDowns(
  worksheet: ExcelJS.Worksheet,
  sheet: RecordSheetName,
  header: readonly string[],
  rows: number,
  words: CellWords,
  lists: ListsSheet,
): void {
  const lastRow = rows + 1 + VALIDATED_SPARE_ROWS;
  for (const [column, values] of Object.entries(columnChoices(sheet, words))) {
    const position = header.indexOf(column);
    if (position === -1) continue;
    const letter = columnLetter(position);
    dataValidations(worksheet).add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [lists.rangeOf(values)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column,
      error: words.sheet.pickFromList(column),
    });
  }
}
