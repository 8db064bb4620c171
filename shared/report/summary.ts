import type { ProcessingActivity } from '../model/records.ts';
import { chunked, dataTable, notRecorded } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';

/** Rows per table: the header row repeats on every page either way; many small tables lay out in linear time. */
const ROWS_PER_TABLE = 60;

/** One line per activity, in tables whose header row repeats on every page. */
export function summary(context: ReportContext): PdfContent[] {
  const { catalogue } = context;
  const labels = catalogue.summary;
  const header = [labels.reference, labels.name, labels.role, labels.legalBases, labels.owner, labels.lastReview, labels.nextReview];
  const rows = context.activities.map((activity) => summaryRow(context, activity));
  const tables = chunked(rows, ROWS_PER_TABLE).map((chunk) => dataTable([42, '*', 60, 78, 58, 60, 60], header, chunk));
  return [heading(context, labels.title, 'summary'), ...(rows.length === 0 ? [{ text: labels.none, italics: true }] : []), { stack: tables, fontSize: 8 }];
}

function summaryRow(context: ReportContext, activity: ProcessingActivity): PdfContent[] {
  const { catalogue, texts } = context;
  const reference = context.reference(activity);
  const name = texts.text(activity.name, `${reference} name`, activity.id);
  const bases = [...new Set((activity.legalBases ?? []).map((entry) => catalogue.legalBasisShort[entry.basis]))];
  // Owner and reviews are how an authority sees the record is kept up to date: an empty one is said, in red, not hidden.
  const missing = (): PdfContent => notRecorded(catalogue.document.notRecorded);
  return [
    reference,
    activity.status === 'draft' ? { text: [name, ' ', { text: `(${catalogue.document.draft})`, style: 'draft' }] } : name,
    catalogue.roles[activity.role],
    // A processor's activities rest on its controllers' bases (Art. 30(2) asks none); a controller's must have one.
    bases.length > 0 || activity.role === 'processor' ? bases.join(', ') : missing(),
    activity.owner ?? missing(),
    activity.lastReviewedOn === undefined ? missing() : texts.date(activity.lastReviewedOn),
    activity.nextReviewOn === undefined ? missing() : texts.date(activity.nextReviewOn),
  ];
}

/** A part or section heading, entered in the contents and the bookmarks (under `parentId` when given). */
export function heading(context: ReportContext, text: string, id: string, options: { style?: string; parentId?: string } = {}): PdfContent {
  context.contents.push({ id, title: text, ...(options.parentId === undefined ? {} : { parentId: options.parentId }) });
  return { text, id, style: options.style ?? 'part', headlineLevel: options.parentId === undefined ? 1 : 2 };
}
