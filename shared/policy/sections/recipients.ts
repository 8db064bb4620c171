// 4. Who receives the data: the categories of recipients recorded, then the processors (with their
// sub-processors) and joint controllers by name and role.
import type { Processor } from '../../model/records.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyCell } from '../policy-document.ts';
import { list, paragraph, table, unique } from './blocks.ts';

export function recipientsSection(context: PolicyContext): PolicyBlock[] | null {
  const { catalogue, texts } = context;
  const words = catalogue.recipients;
  const categories = unique(
    context.activities.flatMap((activity) => texts.texts(activity.recipients, `Activity "${context.activityName(activity)}" recipient`, activity.id, 'activity')),
  );
  const rows = [...processorRows(context), ...jointControllerRows(context)];
  if (categories.length === 0 && rows.length === 0) return null;
  const blocks: PolicyBlock[] = [];
  if (categories.length > 0) blocks.push(paragraph(words.categoriesIntro), list(categories));
  if (rows.length > 0) blocks.push(paragraph(words.namedIntro), withoutEmptyColumns([words.name, words.role, words.service, words.country], rows));
  return blocks;
}

/** A column nobody's record fills (no service or country recorded for any recipient) is left out, not left blank. */
function withoutEmptyColumns(header: string[], rows: PolicyCell[][]): PolicyBlock {
  const kept = header.map((_, column) => rows.some((row) => (row[column] ?? '') !== ''));
  return table(
    header.filter((_, column) => kept[column]),
    rows.map((row) => row.filter((_, column) => kept[column])),
  );
}

/** The processors the activities use, each followed by its sub-processors, once each. */
export function processorsUsed(context: PolicyContext): Processor[] {
  const used: Processor[] = [];
  const seen = new Set<string>();
  const children = new Map<string, Processor[]>();
  for (const processor of context.processorsById.values()) {
    if (processor.parentId === undefined || processor.parentId === null) continue;
    children.set(processor.parentId, [...(children.get(processor.parentId) ?? []), processor]);
  }
  const add = (processor: Processor) => {
    if (seen.has(processor.id)) return;
    seen.add(processor.id);
    used.push(processor);
    for (const child of children.get(processor.id) ?? []) add(child);
  };
  for (const activity of context.activities) {
    for (const id of activity.processorIds ?? []) {
      const processor = context.processorsById.get(id);
      if (processor !== undefined) add(processor);
    }
  }
  return used;
}

function processorRows(context: PolicyContext): PolicyCell[][] {
  const { catalogue, texts } = context;
  const words = catalogue.recipients;
  return processorsUsed(context).map((processor) => {
    const parent = processor.parentId === undefined || processor.parentId === null ? undefined : context.processorsById.get(processor.parentId);
    const role = parent === undefined ? words.roles[processor.kind ?? 'processor'] : words.subProcessorOf(context.processorName(parent));
    const service = processor.service === undefined ? '' : texts.text(processor.service, `Processor "${context.processorName(processor)}" service`, processor.id, 'processor');
    return [context.processorName(processor), role, service, processor.country === undefined ? '' : texts.country(processor.country)];
  });
}

function jointControllerRows(context: PolicyContext): PolicyCell[][] {
  const names = unique(context.activities.flatMap((activity) => (activity.jointControllers ?? []).map((party) => party.name)));
  return names.map((name) => [name, context.catalogue.recipients.roles['joint-controller'], '', '']);
}
