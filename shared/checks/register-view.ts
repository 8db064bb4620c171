// The register as the checks read it: its records indexed once, so that each rule looks a record up instead of
// searching, and a register of 5,000 activities is checked in one pass.
import type { Organisation, Processor, ProcessingActivity } from '../model/records.ts';
import { engagersOf } from '../model/processor-chain.ts';
import { displayText, type Text } from '../model/text.ts';
import { isEeaCountry } from '../reference/transfer-reference.ts';

export type RegisterContent = {
  organisations: readonly Organisation[];
  processors: readonly Processor[];
  activities: readonly ProcessingActivity[];
};

export type RegisterView = {
  content: RegisterContent;
  defaultLanguage: string;
  /** Today, `YYYY-MM-DD`, as the caller's clock says (reviews due are judged against it). */
  today: string;
  organisationsById: ReadonlyMap<string, Organisation>;
  processorsById: ReadonlyMap<string, Processor>;
  /** Sub-processors by the id of the processor that engaged them. */
  subProcessorsOf: ReadonlyMap<string, readonly Processor[]>;
  /** The processors above one (who engaged it, who engaged that one, …), nearest first; a loop is cut. */
  engagersOf(processor: Processor): readonly Processor[];
  /** A processor and every sub-processor below it (any depth), each with the chain from it down; a loop is cut. */
  subtreeOf(processor: Processor): readonly ProcessorReached[];
  /** Where a processor keeps or reaches the data outside the EEA (its country and data locations), each once. */
  locationsAbroad(processor: Processor): readonly string[];
  /** The processor whose name, compared as a person would (`comparableName`), is this; the first of several. */
  processorByName(name: string): Processor | undefined;
  /** A text in the register's default language. */
  text(value: Text | undefined): string;
};

export function registerView(content: RegisterContent, defaultLanguage: string, today: string): RegisterView {
  const processorsById = new Map(content.processors.map((processor) => [processor.id, processor]));
  const subProcessorsOf = new Map<string, Processor[]>();
  for (const processor of content.processors) {
    if (processor.parentId === undefined || processor.parentId === null) continue;
    const siblings = subProcessorsOf.get(processor.parentId) ?? [];
    siblings.push(processor);
    subProcessorsOf.set(processor.parentId, siblings);
  }
  const engagers = new Map<string, Processor[]>();
  let byName: Map<string, Processor> | undefined;
  // Asked for every processor of every activity: worked out once per processor.
  const abroad = new Map<string, readonly string[]>();
  const subtrees = new Map<string, readonly ProcessorReached[]>();
  const text = (value: Text | undefined) => displayText(value, defaultLanguage, defaultLanguage);
  return {
    content,
    defaultLanguage,
    today,
    organisationsById: new Map(content.organisations.map((organisation) => [organisation.id, organisation])),
    processorsById,
    subProcessorsOf,
    engagersOf(processor) {
      let chain = engagers.get(processor.id);
      if (chain === undefined) {
        chain = engagersOf(processor, processorsById);
        engagers.set(processor.id, chain);
      }
      return chain;
    },
    subtreeOf(processor) {
      let subtree = subtrees.get(processor.id);
      if (subtree === undefined) {
        const reached: ProcessorReached[] = [];
        const seen = new Set<string>();
        const visit = (current: Processor, chain: readonly Processor[]) => {
          if (seen.has(current.id)) return;
          seen.add(current.id);
          reached.push({ processor: current, chain });
          const children = subProcessorsOf.get(current.id);
          if (children !== undefined) for (const child of children) visit(child, [...chain, current]);
        };
        visit(processor, []);
        subtrees.set(processor.id, (subtree = reached));
      }
      return subtree;
    },
    locationsAbroad(processor) {
      let locations = abroad.get(processor.id);
      if (locations === undefined) {
        locations = processorLocations(processor).filter((country) => !isEeaCountry(country));
        abroad.set(processor.id, locations);
      }
      return locations;
    },
    processorByName(name) {
      if (byName === undefined) {
        byName = new Map();
        for (const processor of content.processors) {
          const key = comparableName(text(processor.name));
          if (!byName.has(key)) byName.set(key, processor);
        }
      }
      return byName.get(name);
    },
    text,
  };
}

/** A processor an activity's data reach: one it uses, or a sub-processor below one (with the chain that leads to it). */
export type ProcessorReached = { processor: Processor; /** From the processor the activity uses down to this one's engager. */ chain: readonly Processor[] };

/** The processors an activity uses and every sub-processor below them, each once, in the order the record names them. */
export function processorsReached(activity: ProcessingActivity, view: RegisterView): readonly ProcessorReached[] {
  const ids = activity.processorIds ?? [];
  if (ids.length === 1) {
    const only = view.processorsById.get(ids[0] as string);
    return only === undefined ? [] : view.subtreeOf(only);
  }
  const reached: ProcessorReached[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const processor = view.processorsById.get(id);
    if (processor === undefined) continue;
    for (const entry of view.subtreeOf(processor)) {
      if (seen.has(entry.processor.id)) continue;
      seen.add(entry.processor.id);
      reached.push(entry);
    }
  }
  return reached;
}

/** Where a processor keeps or reaches the data: its country of establishment and its data locations, each once. */
export function processorLocations(processor: Processor): string[] {
  return [...new Set([...(processor.country === undefined ? [] : [processor.country]), ...(processor.dataLocations ?? [])])];
}

/** A name compared as a person would: case, spacing and punctuation ignored ("Zendesk, Inc." is "zendesk inc"). */
export function comparableName(name: string): string {
  return name.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
