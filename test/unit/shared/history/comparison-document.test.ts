// The comparison as a person reads it: each field's value in words (texts in the register's default language, lists
// one item a line, processors and organisations by name), and the PDF's definition: title, moments, the material
// changes before the others, a table of each record's fields.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { compareRegisters } from '../../../../shared/history/compare-registers.ts';
import { comparisonDocument } from '../../../../shared/history/comparison-document.ts';
import { comparisonMoment, comparisonValues } from '../../../../shared/history/comparison-values.ts';
import { fixturePath } from '../../../support/fixtures.ts';

const fixture = (name = 'bytheway-en'): ExchangeDocument => readExchangeDocument(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
const DIGITALOCEAN = 'e1e1f337-c39f-4929-95ed-458b593c1794';

describe('a field’s value in words', () => {
  const register = fixture();
  const english = comparisonValues('en', [register]);
  const ukrainian = comparisonValues('uk', [register]);

  it('names processors and organisations, and gives countries and the vocabulary in the document’s language', () => {
    expect(english('processorIds', [DIGITALOCEAN])).toEqual(['DigitalOcean LLC']);
    expect(english('organisationId', register.organisations[0]?.id)).toEqual(['BY THE WAY Limited Liability Company']);
    expect(english('transfers', [{ country: 'US', processorId: DIGITALOCEAN, mechanism: 'scc' }])).toEqual([
      'United States – DigitalOcean LLC – Standard data protection clauses (Art. 46(2)(c))',
    ]);
    expect(ukrainian('transfers', [{ country: 'US', recipient: 'AdTech Inc.' }])).toEqual(['Сполучені Штати – AdTech Inc.']);
    expect(ukrainian('legalBases', [{ basis: 'contract' }])).toEqual(['Виконання договору (ст. 6(1)(b))']);
    expect(english('status', 'retired')).toEqual(['Retired']);
    expect(english('public', false)).toEqual(['No']);
    expect(english('nextReviewOn', '2027-03-01')).toEqual(['1 March 2027']);
    expect(english('confirmedNone', ['processors', 'transfers'])).toEqual(['processors', 'transfers']);
  });

  it('writes the register’s texts in its default language, one item a line, and nothing for a value absent', () => {
    const slovenian = comparisonValues('en', [fixture('btc-sl')]);
    expect(slovenian('purposes', [{ sl: 'Obračun plač', en: 'Payroll' }, 'Kadrovska evidenca'])).toEqual(['Obračun plač', 'Kadrovska evidenca']);
    expect(english('dataCategories', [{ name: 'Health data', special: true, retention: '5 years' }])).toEqual([
      'Health data (special category (Art. 9)) – retention: 5 years',
    ]);
    expect(english('retention', null)).toEqual([]);
    expect(english('x-note', { source: 'policy', pages: [3, 4] })).toEqual(['source: policy', 'pages: 3', 'pages: 4']);
  });

  it('writes a moment with its date in the language and its time in UTC', () => {
    expect(comparisonMoment('en', '2026-03-01T09:30:00Z')).toBe('1 March 2026, 09:30 UTC');
    expect(comparisonMoment('sl', '2026-03-01T09:30:00Z')).toBe('1. marca 2026, 09:30 UTC');
  });
});

describe('the comparison’s PDF definition', () => {
  /** The texts of a definition's content in reading order (not its styles). */
  const texts = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(texts);
    if (value === null || typeof value !== 'object') return [];
    const node = value as { text?: unknown; stack?: unknown; table?: { body: unknown }; ul?: unknown };
    return [node.text, node.stack, node.table?.body, node.ul].flatMap(texts);
  };

  it('puts the material changes before the others, each record headed by its type, reference and name', () => {
    const before = fixture();
    const after = structuredClone(before);
    after.activities[0]?.purposes.push('Sending newsletters');
    after.activities[1]!.owner = 'Finance';
    const comparison = compareRegisters({ at: '2026-03-01T00:00:00Z', document: before }, { at: '2026-11-20T12:00:00Z', document: after }, () => 'PA-0007');
    const definition = comparisonDocument({ comparison, from: before, to: after, language: 'en' });
    const words = texts(definition.content);
    expect(words.slice(0, 2)).toEqual([
      'Changes to the register “BY THE WAY LLC – records of processing activities”',
      'From 1 March 2026, 00:00 UTC to 20 November 2026, 12:00 UTC',
    ]);
    const at = (text: string) => words.indexOf(text);
    expect(at('Material changes')).toBeGreaterThan(0);
    expect(at('Activity PA-0007 “Personal Account”')).toBeGreaterThan(at('Material changes'));
    expect(at('Other changes')).toBeGreaterThan(at('Activity PA-0007 “Personal Account”'));
    expect(at('Activity PA-0007 “Payments for services”')).toBeGreaterThan(at('Other changes'));
    expect(words).toContain('Sending newsletters');
    expect(definition.footer?.(2, 3)).toEqual({
      text: 'Changes to the register “BY THE WAY LLC – records of processing activities” · Page 2 of 3',
      style: 'pageFooter',
    });
  });

  it('says so when nothing changed', () => {
    const register = fixture();
    const comparison = compareRegisters({ at: '2026-03-01T00:00:00Z', document: register }, { at: '2026-11-20T12:00:00Z', document: register });
    const words = texts(comparisonDocument({ comparison, from: register, to: register, language: 'sl' }).content);
    expect(words).toContain('Evidenca je v obeh trenutkih enaka: noben zapis ni bil dodan, odstranjen ali spremenjen.');
    expect(words).not.toContain('Bistvene spremembe');
  });
});
