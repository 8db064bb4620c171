// The texts of the spreadsheet template in one language: what the report catalogue (shared/report/catalogue) does not
// already hold. The GDPR's terms (legal bases, Art. 9 conditions, roles, transfer tools, yes and no) come from the
// catalogue, so a cell says what the register report says; only the template's own texts are here.

/** The spreadsheet's columns a description is kept for, by sheet (the shared metadata columns are in `common`). */
export type ColumnDescriptions = Readonly<Record<string, string>>;

export type SheetWords = {
  /** The statuses the catalogue has no word for (it names only drafts): agreeing with its "активна" / „aktivna“. */
  status: { active: string; retired: string };
  /** The message of a drop-down that refuses a value not in its list. */
  pickFromList: (column: string) => string;
  about: {
    /** The first sheet's name (short: Excel allows 31 characters). */
    sheetName: string;
    title: string;
    /** How to fill the workbook in, one paragraph per line. */
    intro: readonly string[];
    /** The headings of the table of columns. */
    header: readonly [column: string, what: string, words: string];
    /** One line on each sheet, above its columns. */
    sheets: Readonly<Record<'Register' | 'Organisations' | 'Processors' | 'Activities', string>>;
    /** A translation column such as `name [de]`. */
    translation: (column: string, language: string) => string;
  };
  /** What goes in each column: the columns every record sheet has, then each sheet's own. */
  columns: {
    common: Readonly<Record<'id' | 'updated at' | 'revision' | 'extra (JSON)', string>>;
    Organisations: ColumnDescriptions;
    Processors: ColumnDescriptions;
    Activities: ColumnDescriptions;
  };
};
