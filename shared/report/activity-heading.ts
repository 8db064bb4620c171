import type { ProcessingActivity } from '../model/records.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';

/** "PA-0003 Payroll" as a contents entry and a bookmark under its part, with "Draft" after a draft's name. */
export function activityHeading(context: ReportContext, activity: ProcessingActivity, partId: string): PdfContent[] {
  const { catalogue, texts } = context;
  const reference = context.reference(activity);
  const name = texts.text(activity.name, `${reference} name`, activity.id);
  const title = `${reference}  ${name}`;
  const draft = activity.status === 'draft';
  const description = activity.description === undefined ? undefined : texts.text(activity.description, `${reference} description`, activity.id);
  const id = `activity-${activity.id}`;
  context.contents.push({ id, title: draft ? `${title} (${catalogue.document.draft})` : title, parentId: partId });
  return [
    {
      text: draft ? [title, { text: `  ${catalogue.document.draft}`, style: 'draft' }] : title,
      id,
      style: 'activity',
      headlineLevel: 2,
    },
    ...(description === undefined ? [] : [{ text: description, italics: true, margin: [0, 0, 0, 4] as [number, number, number, number] }]),
  ];
}
