import { describe, expect, it } from 'vitest';
import { chainAbove, engagersOf, type ProcessorLink } from '../../../shared/model/processor-chain.ts';

const byIdOf = (links: ProcessorLink[]) => new Map(links.map((link) => [link.id, link]));
const ids = (links: readonly ProcessorLink[]) => links.map((link) => link.id);

describe('engagersOf', () => {
  const register = byIdOf([
    { id: 'cloud' },
    { id: 'crm', parentId: 'cloud' },
    { id: 'mailer', parentId: 'crm' },
    { id: 'orphan', parentId: 'gone' },
    { id: 'top', parentId: null },
  ]);

  it('lists who engaged a processor, nearest first', () => {
    expect(ids(engagersOf(register.get('mailer') as ProcessorLink, register))).toEqual(['crm', 'cloud']);
    expect(ids(chainAbove(register.get('mailer') as ProcessorLink, register))).toEqual(['cloud', 'crm']);
  });

  it('is empty for a top-level processor, whether its parent is unset or null', () => {
    expect(engagersOf(register.get('cloud') as ProcessorLink, register)).toEqual([]);
    expect(engagersOf(register.get('top') as ProcessorLink, register)).toEqual([]);
  });

  it('stops at a parent the register does not hold', () => {
    expect(engagersOf(register.get('orphan') as ProcessorLink, register)).toEqual([]);
  });

  it('cuts a loop before a processor comes round again, the processor itself included', () => {
    const looped = byIdOf([
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'c' },
      { id: 'c', parentId: 'a' },
      { id: 'self', parentId: 'self' },
    ]);
    expect(ids(engagersOf(looped.get('a') as ProcessorLink, looped))).toEqual(['b', 'c']);
    expect(engagersOf(looped.get('self') as ProcessorLink, looped)).toEqual([]);
  });

  it('keeps the records it was given (their own type)', () => {
    type Named = ProcessorLink & { name: string };
    const named = new Map<string, Named>([
      ['p', { id: 'p', name: 'Parent' }],
      ['c', { id: 'c', parentId: 'p', name: 'Child' }],
    ]);
    expect(engagersOf(named.get('c') as Named, named).map((processor) => processor.name)).toEqual(['Parent']);
  });
});
