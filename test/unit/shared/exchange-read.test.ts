import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../../shared/exchange/write.ts';
import { fixturePath } from '../../support/fixtures.ts';

const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests deliberately break arbitrary fields
type AnyDocument = Record<string, any>;
const mutated = (name: string, change: (document: AnyDocument) => void) => {
  const document = JSON.parse(fixture(name)) as AnyDocument;
  change(document);
  return JSON.stringify(document);
};
const messageOf = (text: string) => {
  try {
    parseExchangeText(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the reader accepted a bad file');
};

describe('reading the exchange format', () => {
  it.each(['bytheway-en', 'btc-sl'])('reads the %s fixture and writes back the same document', (name) => {
    const text = fixture(name);
    const document = parseExchangeText(text);
    expect(JSON.parse(serialiseExchangeDocument(document))).toEqual(JSON.parse(text));
  });

  it('names the path and the allowed values of a misspelt legal basis', () => {
    const text = mutated('bytheway-en', (document) => (document.activities[3].legalBases[0].basis = 'consnet'));
    expect(messageOf(text)).toBe(
      'activities[3].legalBases[0].basis: "consnet" is not one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests',
    );
  });

  it('refuses unknown fields but keeps x- extensions', () => {
    expect(messageOf(mutated('btc-sl', (document) => (document.processors[0].colour = 'red')))).toMatch(
      /^processors\[0\]\.colour: is not a field of the exchange format/,
    );
    const kept = parseExchangeText(mutated('btc-sl', (document) => (document.processors[0]['x-colour'] = 'red')));
    expect(kept.processors[0]).toHaveProperty('x-colour', 'red');
  });

  it('refuses a file from a newer version, saying so', () => {
    expect(messageOf(mutated('btc-sl', (document) => (document.version = 2)))).toMatch(/made by a newer version/);
  });

  it('refuses a dangling processor reference, naming it', () => {
    const text = mutated('bytheway-en', (document) => (document.activities[0].processorIds[0] = '00000000-0000-4000-8000-000000000000'));
    expect(messageOf(text)).toBe('activities[0].processorIds[0]: "00000000-0000-4000-8000-000000000000" points to no processor in this file');
  });

  it('refuses a cycle of sub-processors', () => {
    const text = mutated('btc-sl', (document) => {
      document.processors[0].parentId = document.processors[1].id;
      document.processors[1].parentId = document.processors[0].id;
    });
    expect(messageOf(text)).toMatch(/loops back/);
  });

  it('refuses __proto__ keys and deep nesting before anything else', () => {
    expect(messageOf('{"format":"ropa-exchange","__proto__":{"polluted":1}}')).toMatch(/__proto__: a key with this name is not allowed/);
    expect(messageOf(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toMatch(/nested deeper than 32/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('finds a forbidden key at any depth, also when written with escapes, and names its path', () => {
    const nested = mutated('bytheway-en', (document) => (document.activities[1].legalBases[0].constructor = 'x'));
    expect(messageOf(nested)).toBe('activities[1].legalBases[0].constructor: a key with this name is not allowed');
    const escaped = fixture('bytheway-en').replace('"purposes":', '"\\u005f_proto__": {}, "purposes":');
    expect(messageOf(escaped)).toBe('activities[0].__proto__: a key with this name is not allowed');
    // The names as values, inside longer keys or in an x- key are not keys named so.
    const lookalikes = mutated('bytheway-en', (document) => {
      document.activities[0]['x-prototype'] = { 'x-constructors': '__proto__', 'x-a': 'prototype' };
      document.activities[0]['x-"prototype"'] = 'constructor';
    });
    expect(parseExchangeText(lookalikes).activities[0]).toHaveProperty('x-prototype', { 'x-constructors': '__proto__', 'x-a': 'prototype' });
  });

  it('counts the nesting of the JSON, not the brackets inside its texts', () => {
    // The document itself nests 3 deep at an activity (object, activities, activity); 29 more is 32.
    const nestedTo = (levels: number) =>
      mutated('btc-sl', (document) => (document.activities[0]['x-deep'] = JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`)));
    expect(() => parseExchangeText(nestedTo(29))).not.toThrow();
    expect(messageOf(nestedTo(30))).toMatch(/nested deeper than 32/);
    const brackets = mutated('btc-sl', (document) => {
      document.activities[0]['x-note'] = `[{ "quoted \\" ${'[{'.repeat(40)}`;
      document.activities[0]['x-path'] = 'C:\\registers\\';
    });
    expect(parseExchangeText(brackets).activities[0]).toHaveProperty('x-note', `[{ "quoted \\" ${'[{'.repeat(40)}`);
  });

  it('reads ids case-insensitively and keeps them lower-case', () => {
    const text = mutated('btc-sl', (document) => {
      const upper = String(document.organisations[0].id).toUpperCase();
      document.organisations[0].id = upper;
      for (const activity of document.activities) activity.organisationId = upper;
    });
    const document = parseExchangeText(text);
    expect(document.organisations[0]?.id).toBe(document.organisations[0]?.id.toLowerCase());
  });

  it('requires a translation object to hold the default language', () => {
    const text = mutated('btc-sl', (document) => (document.activities[0].name = { en: 'Newsletter' }));
    expect(messageOf(text)).toMatch(/^activities\[0\]\.name: .*default language \(sl\)/);
  });
});
