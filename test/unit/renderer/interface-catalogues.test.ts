// The interface's catalogues (renderer/src/i18n/locales): every language has every namespace and key of English, each
// plural in every form its language has, the same placeholders, and words of its own: a value left in English is a
// string a Bulgarian, Slovenian or Ukrainian DPO would meet untranslated.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '../../../shared/interface/languages.ts';

const localesDir = path.resolve(import.meta.dirname, '../../../renderer/src/i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Strings = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Strings): Strings {
  if (typeof value === 'string') into.set(prefix, value);
  else for (const [key, inner] of Object.entries(value as Record<string, unknown>)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, into);
  return into;
}

/** Every string of a language, keyed `namespace:path.to.key`. */
function catalogue(language: string): Strings {
  const strings: Strings = new Map();
  for (const file of readdirSync(path.join(localesDir, language)).filter((name) => name.endsWith('.json'))) {
    const namespace = path.basename(file, '.json');
    const content = flatten(JSON.parse(readFileSync(path.join(localesDir, language, file), 'utf8')), '', new Map());
    for (const [key, text] of content) strings.set(`${namespace}:${key}`, text);
  }
  return strings;
}

/** The keys without their plural forms: `count_one`, `count_few` and `count_other` are all `count`. */
const baseKeys = (strings: Strings) => [...new Set([...strings.keys()].map((key) => key.replace(PLURAL, '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();

/** Values that are rightly the same in every language: names of products, authorities and formats, codes, signs. */
const SAME_EVERYWHERE = /^(RoPA Desk|ICO|CNIL|CISO Assistant|Fides|DPF|BCR|SCC|PDF|HTML|XLSX|CSV|JSON|Markdown|Ctrl|Shift|Enter|Esc|OK|E-mail|Email)$/i;
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

const english = catalogue('en');

describe('the interface catalogues', () => {
  it('exist for the four interface languages, each with the namespaces of English', () => {
    expect(readdirSync(localesDir).sort()).toEqual([...INTERFACE_LANGUAGES].sort());
    const namespaces = (language: string) => readdirSync(path.join(localesDir, language)).sort();
    for (const language of INTERFACE_LANGUAGES) expect(namespaces(language), language).toEqual(namespaces('en'));
  });

  describe.each(INTERFACE_LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
    const strings = catalogue(language);

    it('has every key of English and no key English lacks', () => {
      const missing = baseKeys(english).filter((key) => !baseKeys(strings).includes(key));
      const extra = baseKeys(strings).filter((key) => !baseKeys(english).includes(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('has each plural in every form the language has (Ukrainian and Slovenian have more than two)', () => {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plurals = [...new Set([...english.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')))];
      const lacking = plurals.flatMap((key) => forms.filter((form) => !strings.has(`${key}_${form}`)).map((form) => `${key}_${form}`));
      expect(lacking).toEqual([]);
    });

    it('keeps the placeholders of English in every string, none empty', () => {
      const wrong = [...strings].filter(([key, text]) => {
        const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
        return text.trim() === '' || (source !== undefined && placeholders(text).join() !== placeholders(source).join() && !PLURAL.test(key));
      });
      expect(wrong).toEqual([]);
    });

    it('leaves fewer than 3% of its strings as they are in English (names and codes aside)', () => {
      const worded = [...english].filter(([, text]) => hasWords(text) && !SAME_EVERYWHERE.test(text.trim()));
      const same = worded.filter(([key, text]) => strings.get(key) === text);
      expect(same.length / worded.length, same.map(([key]) => key).join(', ')).toBeLessThan(0.03);
    });
  });
});
