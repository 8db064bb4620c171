import type { ProcessingActivity } from '../model/records.ts';
import { activityHeading } from './activity-heading.ts';
import { ActivityItems } from './activity-items.ts';
import { keptTogether, labelledTable } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import type { ReportBlock } from './report-input.ts';
import { heading } from './summary.ts';

export const CONTROLLER_PART_ID = 'part-controller';

/** Part I: one section per activity as controller or joint controller, each Art. 30(1) item under its letter. */
export function controllerPart(context: ReportContext, activities: readonly ProcessingActivity[]): ReportBlock[] {
  return partBlocks(context, { title: context.catalogue.partController.title, id: CONTROLLER_PART_ID }, activities, controllerSection);
}

/** A part of the report: its heading on a new page, then one block per activity (the report renders blocks in runs). */
export function partBlocks(
  context: ReportContext,
  part: { title: string; id: string },
  activities: readonly ProcessingActivity[],
  section: (context: ReportContext, activity: ProcessingActivity) => PdfContent[],
): ReportBlock[] {
  return [
    { content: [heading(context, part.title, part.id)], activities: 0, newPage: true },
    ...activities.map((activity) => ({ content: keptTogether(section(context, activity)), activities: 1, newPage: false })),
  ];
}

function controllerSection(context: ReportContext, activity: ProcessingActivity): PdfContent[] {
  const { catalogue } = context;
  const part = catalogue.partController;
  const field = catalogue.field;
  const items = new ActivityItems(context, activity);
  const jointRows = activity.role === 'joint-controller' ? [items.partiesRow(field.jointControllers, activity.jointControllers, 'jointControllers')] : [];
  return [
    ...activityHeading(context, activity, CONTROLLER_PART_ID),
    labelledTable([items.controllerRow(), ...jointRows, ...items.representativeAndDpoRows()], part.a),
    labelledTable([items.row(field.purposes, items.list(activity.purposes, 'purpose')), items.legalBasesRow(), ...items.specialConditionsRows()], part.b),
    labelledTable([items.row(field.dataSubjects, items.list(activity.dataSubjects, 'data subjects')), items.dataCategoriesRow()], part.c),
    labelledTable(items.recipientsRows(), part.d),
    items.transfersSection(part.e),
    labelledTable([items.row(field.retention, items.retentionValue())], part.f),
    labelledTable(items.securityRows(), part.g),
    labelledTable(items.furtherRows(), part.further),
  ];
}
