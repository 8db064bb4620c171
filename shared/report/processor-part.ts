import type { ProcessingActivity } from '../model/records.ts';
import { activityHeading } from './activity-heading.ts';
import { ActivityItems } from './activity-items.ts';
import { labelledTable } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import type { ReportBlock } from './report-input.ts';
import { partBlocks } from './controller-part.ts';

export const PROCESSOR_PART_ID = 'part-processor';

/** Part II: the activities carried out as processor on behalf of controllers, under the letters of Art. 30(2). */
export function processorPart(context: ReportContext, activities: readonly ProcessingActivity[]): ReportBlock[] {
  if (activities.length === 0) return [];
  return partBlocks(context, { title: context.catalogue.partProcessor.title, id: PROCESSOR_PART_ID }, activities, processorSection);
}

function processorSection(context: ReportContext, activity: ProcessingActivity): PdfContent[] {
  const { catalogue } = context;
  const part = catalogue.partProcessor;
  const field = catalogue.field;
  const items = new ActivityItems(context, activity);
  const [, controller] = items.controllerRow();
  return [
    ...activityHeading(context, activity, PROCESSOR_PART_ID),
    labelledTable(
      [[field.processor, controller], items.partiesRow(field.controllersServed, activity.controllers), ...items.representativeAndDpoRows()],
      part.a,
    ),
    labelledTable(
      [
        items.row(field.purposes, items.list(activity.purposes, 'purpose')),
        items.row(
          field.dataCategories,
          items.list(
            activity.dataCategories.map((category) => category.name),
            'data category',
          ),
        ),
        items.processorsRow(),
      ],
      part.b,
    ),
    items.transfersSection(part.c),
    labelledTable(items.securityRows(), part.d),
  ];
}
