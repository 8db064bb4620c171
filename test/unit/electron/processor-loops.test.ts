// The reader's loop check (findProcessorCycle) and the backend's (loopThrough) now walk up with the one
// `engagersOf` of shared/model/processor-chain.ts. Their answers, the names a refusal shows included, are held to
// those of the walks they replaced, over many random parent graphs: loops, self-loops, parents not there, old loops.
import { describe, expect, it } from 'vitest';
import { findProcessorCycle } from '../../../shared/exchange/read.ts';
import { loopThrough } from '../../../electron/main/backend/services/processors.ts';

type Link = { id: string; parentId: string | null; name: string };

/** The reader's walk as it was written before. */
function cycleBefore(processors: readonly Link[]): string | undefined {
  const parentOf = new Map(processors.map((record) => [record.id, record.parentId ?? null]));
  for (const start of parentOf.keys()) {
    const visited = new Set<string>([start]);
    let current = parentOf.get(start) ?? null;
    while (current !== null) {
      if (current === start) return start;
      if (visited.has(current)) break;
      visited.add(current);
      current = parentOf.get(current) ?? null;
    }
  }
  return undefined;
}

/** The backend's walk as it was written before. */
function loopBefore(id: string, ownName: string, parentId: string, links: readonly Link[]): string[] | undefined {
  const byId = new Map(links.map((link) => [link.id, link]));
  const chain = [ownName];
  const seen = new Set<string>();
  let current: string | null = parentId;
  while (current !== null) {
    if (current === id) return [...chain, ownName];
    if (seen.has(current)) return undefined;
    seen.add(current);
    const link = byId.get(current);
    if (link === undefined) return undefined;
    chain.push(link.name);
    current = link.parentId;
  }
  return undefined;
}

/** A small deterministic generator (mulberry32), so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomLinks(next: () => number): Link[] {
  const count = 1 + Math.floor(next() * 8);
  // `p8` and `p9` are never made: a parent that is not there.
  const parentOf = () => (next() < 0.25 ? null : `p${Math.floor(next() * (count + 2))}`);
  return Array.from({ length: count }, (_, index) => ({ id: `p${index}`, parentId: parentOf(), name: `Processor ${index}` }));
}

describe('walking up a processor chain for loops', () => {
  it('finds the same looping processor as the walk it replaced', () => {
    const next = random(15);
    for (let round = 0; round < 5000; round++) {
      const links = randomLinks(next);
      expect(findProcessorCycle(links), JSON.stringify(links)).toBe(cycleBefore(links));
    }
  });

  it('names the same loop, in the same order, as the walk it replaced', () => {
    const next = random(30);
    for (let round = 0; round < 5000; round++) {
      const links = randomLinks(next);
      const saved = links[Math.floor(next() * links.length)] as Link;
      const parentId = `p${Math.floor(next() * (links.length + 1))}`;
      if (parentId === saved.id) continue; // refused before the walk: "cannot be its own sub-processor"
      expect(loopThrough(saved.id, 'Saved', parentId, links), JSON.stringify({ saved: saved.id, parentId, links })).toEqual(
        loopBefore(saved.id, 'Saved', parentId, links),
      );
    }
  });

  it('names each processor of a loop once, the saved one at both ends', () => {
    const links: Link[] = [
      { id: 'a', parentId: null, name: 'Northwind' },
      { id: 'b', parentId: 'a', name: 'Grid' },
      { id: 'c', parentId: 'b', name: 'Alpine' },
    ];
    expect(loopThrough('a', 'Northwind', 'c', links)).toEqual(['Northwind', 'Alpine', 'Grid', 'Northwind']);
    expect(loopThrough('c', 'Alpine', 'a', links)).toBeUndefined();
    expect(findProcessorCycle([...links.slice(1), { id: 'a', parentId: 'c', name: 'Northwind' }])).toBe('b');
  });
});
