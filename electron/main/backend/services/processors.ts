import { recordSchemas, type Processor } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import type { FieldIssue } from '../../../../shared/model/issues.ts';
import { engagersOf } from '../../../../shared/model/processor-chain.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { ProcessorLink } from '../repositories/processor-repository.ts';
import type { ServiceContext } from './context.ts';
import { recordKeeper } from './record-keeper.ts';
import { usageNames } from './revisions.ts';
import { referenceError } from './validation.ts';

/**
 * The names along the chain of parents from `parentId` upwards, ending with `id`'s own name when the chain comes back
 * to it (a save that would make a loop), or undefined when the chain ends at a top-level processor.
 */
export function loopThrough(id: string, ownName: string, parentId: string, links: ReadonlyArray<ProcessorLink>): string[] | undefined {
  // The processor as it would be saved stands in for its stored row, whose parent is the old one.
  const saved: ProcessorLink = { id, parentId, name: ownName };
  const byId = new Map(links.map((link) => [link.id, link]));
  byId.set(id, saved);
  // The walk up stops just before this processor would come round again; an old loop elsewhere, or a parent that is
  // not there, stops it at a processor whose parent is another.
  const engagers = engagersOf(saved, byId);
  const top = engagers.at(-1) ?? saved;
  return top.parentId === id ? [ownName, ...engagers.map((link) => link.name), ownName] : undefined;
}

/** Processors, sub-processors (chains of any depth) and other named recipients. */
export function processorService(context: ServiceContext) {
  const { processors } = context.repositories;

  /** The parent must be another processor in the register, and not one of this processor's own sub-processors at any depth. */
  const checkParent = (record: Processor, language: string) => {
    const parentId = record.parentId;
    if (parentId === undefined || parentId === null) return;
    const issues: FieldIssue[] = [];
    if (parentId === record.id) {
      issues.push({ path: 'parentId', message: 'a processor cannot be its own sub-processor' });
    } else if (!processors.exists(parentId)) {
      issues.push({ path: 'parentId', message: `"${parentId}" is not a processor in this register` });
    } else {
      const name = displayText(record.name, language, language);
      const loop = loopThrough(record.id, name, parentId, processors.links());
      if (loop !== undefined) {
        issues.push({ path: 'parentId', message: `would make the chain of sub-processors loop back to itself (${loop.join(' → ')})` });
      }
    }
    if (issues.length > 0) throw referenceError(issues);
  };

  /** Activities would name a recipient that is not there, and sub-processors would hang under nothing. */
  const checkDeletable = (record: Processor) => {
    const activities = processors.activitiesUsing(record.id);
    const children = processors.subProcessorsOf(record.id);
    if (activities.count === 0 && children.count === 0) return;
    const language = context.defaultLanguage();
    const name = displayText(record.name, language, language);
    if (children.count === 0) {
      throw refuse('in-use', 'register:processorUsedByActivities', { name, count: activities.count, activities: usageNames(activities) });
    }
    if (activities.count === 0) {
      throw refuse('in-use', 'register:processorHasSubProcessors', { name, count: children.count, subProcessors: usageNames(children) });
    }
    throw refuse('in-use', 'register:processorUsedAndHasSubProcessors', {
      name,
      count: activities.count,
      activities: usageNames(activities),
      subProcessorCount: children.count,
      subProcessors: usageNames(children),
    });
  };

  const records = recordKeeper<Processor>(context, processors, {
    type: 'processor',
    draftSchema: (language) => recordSchemas(language).processorDraft,
    checkReferences: checkParent,
    checkDeletable,
  });

  return {
    list: (): Processor[] => processors.list(),
    get: records.get,
    save: records.save,
    delete: records.delete,
    /** For a merge: writes and removes records with their audit rows naming the file (see merges.ts). */
    keeper: records,
  };
}

export type ProcessorService = ReturnType<typeof processorService>;
