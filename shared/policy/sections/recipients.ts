// 4. Who receives the data: the categories of recipients recorded, then the processors (with their
// sub-processors) and joint controllers by name and role.
import type { Processor } from '../../model/records.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock } from '../policy-document.ts';
import { list, paragraph, unique } from './blocks.ts';

export function recipientsSection(context: PolicyContext): PolicyBlock[] | null {
  const words = context.catalogue.recipients;
  const categories = unique(
    context.activities.flatMap((activity) =>
      context.publicTexts(activity.recipients, `Activity "${context.activityName(activity)}" recipient`, { id: activity.id, type: 'activity' }),
    ),
  );
  const named = [...processorEntries(context), ...jointControllerEntries(context)];
  if (categories.length === 0 && named.length === 0) return null;
  const blocks: PolicyBlock[] = [];
  if (categories.length > 0) blocks.push(paragraph(words.categoriesIntro), list(categories));
  if (named.length > 0) blocks.push(paragraph(words.namedIntro), list(named));
  return blocks;
}

/**
 * "Zendesk, Inc. (United States) — processor acting on our instructions: customer support". A list rather than a
 * table: what the register does not record for one recipient is left out of its line, not printed as a blank cell.
 */
function recipientEntry(name: string, role: string, country: string | undefined, service: string | undefined): string {
  return `${name}${country === undefined ? '' : ` (${country})`} — ${role}${service === undefined ? '' : `: ${service}`}`;
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

function processorEntries(context: PolicyContext): string[] {
  const { catalogue, texts } = context;
  const words = catalogue.recipients;
  return processorsUsed(context).map((processor) => {
    const name = context.processorName(processor);
    const parent = processor.parentId === undefined || processor.parentId === null ? undefined : context.processorsById.get(processor.parentId);
    const role = parent === undefined ? words.roles[processor.kind ?? 'processor'] : words.subProcessorOf(context.processorName(parent));
    const service = context.publicText(processor.service, `Processor "${name}" service`, { id: processor.id, type: 'processor' });
    if (processor.country === undefined)
      texts.notRecorded(`Processor "${name}"`, 'the country where it is established: left out of its line in the policy', processor.id, 'processor');
    return recipientEntry(name, role, processor.country === undefined ? undefined : texts.country(processor.country), service);
  });
}

function jointControllerEntries(context: PolicyContext): string[] {
  const names = unique(context.activities.flatMap((activity) => (activity.jointControllers ?? []).map((party) => party.name)));
  return names.map((name) => recipientEntry(name, context.catalogue.recipients.roles['joint-controller'], undefined, undefined));
}
