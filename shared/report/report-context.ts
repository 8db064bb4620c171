import type { DerivedTransfer } from '../checks/derived-transfers.ts';
import type { TransferStanding } from '../checks/transfer-standing.ts';
import type { Organisation, Processor, ProcessingActivity, Transfer } from '../model/records.ts';
import type { ReportCatalogue } from './catalogue/catalogue.ts';
import type { ContentsEntry, ReportInput } from './report-input.ts';
import type { ReportTexts } from './report-texts.ts';

/** What every part of the report reads: the records in scope, indexed, and the texts of the chosen language. */
export type ReportContext = {
  input: ReportInput;
  texts: ReportTexts;
  catalogue: ReportCatalogue;
  organisation: Organisation;
  /** The activities in scope, sorted by reference. */
  activities: ProcessingActivity[];
  processorsById: ReadonlyMap<string, Processor>;
  /** The processors the activities in scope use, with the chains above and below them. */
  processorsInScope: Processor[];
  /** Sub-processors by the id of the processor that engages them. */
  subProcessorsOf: ReadonlyMap<string, readonly Processor[]>;
  reference: (activity: ProcessingActivity) => string;
  /** The table of contents and PDF bookmarks, filled in as headings are made (their pages come from rendering). */
  contents: ContentsEntry[];
  /** The transfers that follow from where the activity's processors keep the data, though none is recorded for them. */
  derivedTransfersOf: (activity: ProcessingActivity) => DerivedTransfer[];
  /** Where a recorded transfer stands under Chapter V, judged as the register checks judge it. */
  standingOf: (transfer: Transfer) => TransferStanding;
  /** "PA-0003 Payroll", for warnings and cross references. */
  describe: (activity: ProcessingActivity) => string;
};
