import type { ExchangeDocument } from '../exchange/read.ts';
import type { RecordType } from '../model/records.ts';
import type { ReportLanguage } from './languages.ts';
import type { PdfContent } from './pdf-document.ts';

/** What the register report is made from: the register's content and how this copy is to be made. */
export type ReportInput = {
  /** The register as exported at one revision (records in any order; the report sorts them). */
  register: ExchangeDocument;
  /** Activity references (PA-0001…) by activity id, as the register numbers them. */
  references: Readonly<Record<string, string>>;
  revision: number;
  /** SHA-256 of the register content the report is made from, in hex. */
  fingerprint: string;
  language: ReportLanguage;
  /** Which organisation's record; may be omitted when the register has one. */
  organisationId?: string;
  includeDrafts: boolean;
  /** The past moment the register is shown as of (rebuilt from its audit log); absent: as it is now. */
  asOf?: Date;
  /** The moment of the report (a clock the caller controls, for repeatable tests). */
  generatedAt: Date;
};

/** Something the person should know about the report: a text printed in another language, or an empty Art. 30 item. */
export type ReportWarning = {
  /** 'undrawable': a text holds characters no bundled font can draw (shared/typesetting). */
  kind: 'fallback' | 'not-recorded' | 'undrawable';
  message: string;
  /** The activity, processor or organisation concerned, so that the app can link to it. */
  recordId?: string;
  recordType?: RecordType;
};

/** A heading in the contents and the bookmarks: the node with this `id` is where it points. */
export type ContentsEntry = { id: string; title: string; parentId?: string };

/**
 * A piece of the report that is laid out whole: the summary, a part's heading, one activity's section, an annex.
 * The backend renders the report in runs of blocks (bounded memory for any register); `newPage` blocks begin a run.
 */
export type ReportBlock = { content: PdfContent[]; activities: number; newPage: boolean };
