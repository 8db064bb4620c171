import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../../shared/exchange/write.ts';
import { generateRegister } from '../../tools/generate-register.ts';

describe('the synthetic register generator', () => {
  const document = generateRegister({ activities: 500, seed: 3 });
  const text = serialiseExchangeDocument(document);

  it('writes a register the exchange reader accepts, and the same one for the same seed', () => {
    expect(parseExchangeText(text).activities).toHaveLength(500);
    expect(serialiseExchangeDocument(generateRegister({ activities: 500, seed: 3 }))).toBe(text);
    expect(serialiseExchangeDocument(generateRegister({ activities: 500, seed: 4 }))).not.toBe(text);
  });

  it('has what a real register has: translations, x- keys, chains of sub-processors, transfers, drafts', () => {
    for (const language of ['uk', 'bg', 'sl']) expect(text).toContain(`"${language}": "`);
    expect(text).toMatch(/"x-ticket"/);
    expect(text).toMatch(/"x-vendorRating"/);
    const parentOf = new Map(document.processors.map((record) => [record.id, record.parentId ?? null]));
    const depth = (id: string): number => {
      const parent = parentOf.get(id) ?? null;
      return parent === null ? 0 : 1 + depth(parent);
    };
    expect(Math.max(...document.processors.map((record) => depth(record.id)))).toBeGreaterThanOrEqual(2);
    const position = new Map(document.processors.map((record, index) => [record.id, index]));
    expect(document.processors.some((record, index) => record.parentId != null && (position.get(record.parentId) ?? 0) > index)).toBe(true);
    expect(document.activities.some((record) => record.transfers?.some((transfer) => transfer.processorId !== undefined))).toBe(true);
    expect(new Set(document.activities.map((record) => record.status))).toEqual(new Set(['active', 'draft', 'retired']));
    expect(new Set(document.activities.map((record) => record.role))).toEqual(new Set(['controller', 'joint-controller', 'processor']));
  });
});
