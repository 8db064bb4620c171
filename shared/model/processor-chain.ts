// Who engaged a processor: the one place that walks up the chain of parents (sub-processor → processor → …), so the
// editors, the checks, the exchange reader and the backend agree on where a chain stops. Pure: records in, records out.

/** The least a walk up the chain needs of a record: a processor, or a row or link shaped like one. */
export type ProcessorLink = { id: string; parentId?: string | null | undefined };

/**
 * The processors above `processor` (who engaged it, who engaged that one, …), nearest first. A parent missing from
 * `byId` ends the chain; a loop (which the register refuses, but an old file might hold) is cut before a processor
 * comes round again, the processor itself included.
 */
export function engagersOf<P extends ProcessorLink>(processor: P, byId: ReadonlyMap<string, P>): P[] {
  const chain: P[] = [];
  const seen = new Set<string>([processor.id]);
  for (let parent = parentOf(processor, byId); parent !== undefined && !seen.has(parent.id); parent = parentOf(parent, byId)) {
    seen.add(parent.id);
    chain.push(parent);
  }
  return chain;
}

/** The processors above `processor`, from the top-level one down to its direct parent (the order a tree shows). */
export function chainAbove<P extends ProcessorLink>(processor: P, byId: ReadonlyMap<string, P>): P[] {
  return engagersOf(processor, byId).reverse();
}

function parentOf<P extends ProcessorLink>(processor: P, byId: ReadonlyMap<string, P>): P | undefined {
  return processor.parentId === undefined || processor.parentId === null ? undefined : byId.get(processor.parentId);
}
