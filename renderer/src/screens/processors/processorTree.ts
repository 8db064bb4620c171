// The tree of processors: sub-processors under the processor that engaged them (chains of any depth), plus the
// helpers the editor needs (a processor's chain of parents, its descendants) and which activities use which processor.
import type { Processor, ProcessingActivity } from '../../../../shared/model/records.ts';
import { chainAbove } from '../../../../shared/model/processor-chain.ts';
import type { FindingCounts } from '../../components/findings/index.ts';

export type ProcessorNode = {
  processor: Processor;
  depth: number;
  children: ProcessorNode[];
  /** How many activities use it; undefined while not known. */
  activities: number | undefined;
  /** Its open findings, by severity. */
  findings: FindingCounts;
};

const NO_FINDINGS: FindingCounts = { error: 0, warning: 0, info: 0, accepted: 0 };

/**
 * The processors as a forest. A processor whose parent is missing, or that sits in a loop (which the register
 * refuses, but an old file might hold), is shown at the top level so that nothing disappears.
 */
export function buildProcessorTree(
  processors: readonly Processor[],
  activityCount: (id: string) => number | undefined = () => undefined,
  findingsOf: (id: string) => FindingCounts | undefined = () => undefined,
): ProcessorNode[] {
  const byId = new Map(processors.map((processor) => [processor.id, processor]));
  const childrenOf = new Map<string, Processor[]>();
  const roots: Processor[] = [];
  for (const processor of processors) {
    const parentId = processor.parentId ?? null;
    if (parentId === null || parentId === processor.id || !byId.has(parentId)) roots.push(processor);
    else {
      const siblings = childrenOf.get(parentId);
      if (siblings === undefined) childrenOf.set(parentId, [processor]);
      else siblings.push(processor);
    }
  }
  const placed = new Set<string>();
  const grow = (processor: Processor, depth: number): ProcessorNode => {
    placed.add(processor.id);
    const children = (childrenOf.get(processor.id) ?? []).filter((child) => !placed.has(child.id)).map((child) => grow(child, depth + 1));
    return { processor, depth, children, activities: activityCount(processor.id), findings: findingsOf(processor.id) ?? NO_FINDINGS };
  };
  const forest = roots.map((root) => grow(root, 0));
  // Whatever was not reached from a top-level processor is in a loop: show it at the top.
  for (const processor of processors) if (!placed.has(processor.id)) forest.push(grow(processor, 0));
  return forest;
}

/** The processors above `processor`, from the top-level one down to its direct parent. */
export function chainOf(processor: Processor, byId: ReadonlyMap<string, Processor>): Processor[] {
  return chainAbove(processor, byId);
}

/** `id` and every processor below it, at any depth. */
export function selfAndDescendants(id: string, processors: readonly Processor[]): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const processor of processors) {
      const parentId = processor.parentId ?? null;
      if (parentId !== null && result.has(parentId) && !result.has(processor.id)) {
        result.add(processor.id);
        grew = true;
      }
    }
  }
  return result;
}

export type ProcessorUse = { activity: ProcessingActivity; asProcessor: boolean; asTransfer: boolean };

/**
 * For each processor, the activities that use it: by naming it among their processors or as a transfer's
 * recipient (the same rule the register applies before it deletes a processor).
 */
export function activitiesByProcessor(activities: readonly ProcessingActivity[]): Map<string, ProcessorUse[]> {
  const uses = new Map<string, ProcessorUse[]>();
  for (const activity of activities) {
    const ids = new Set<string>([...(activity.processorIds ?? []), ...(activity.transfers ?? []).flatMap((transfer) => transfer.processorId ?? [])]);
    for (const id of ids) {
      const use = {
        activity,
        asProcessor: activity.processorIds?.includes(id) ?? false,
        asTransfer: activity.transfers?.some((transfer) => transfer.processorId === id) ?? false,
      };
      const list = uses.get(id);
      if (list === undefined) uses.set(id, [use]);
      else list.push(use);
    }
  }
  return uses;
}
