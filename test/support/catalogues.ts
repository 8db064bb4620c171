// What every catalogue of words must be, whichever part of the app it serves (the interface, the shell, the backend's
// refusals, the command line): every language has every key of English, each plural in every form its language has,
// the same placeholders, and words of its own: a value left in English is a string a Bulgarian, Slovenian or Ukrainian
// DPO would meet untranslated.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '../../shared/interface/languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A language's strings, keyed `namespace:path.to.key` (a catalogue of one file per language has no namespace). */
export type Strings = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Strings): Strings {
  if (typeof value === 'string') into.set(prefix, value);
  else
    for (const [key, inner] of Object.entries(value as Record<string, unknown>))
      flatten(inner, prefix.endsWith(':') || prefix === '' ? `${prefix}${key}` : `${prefix}.${key}`, into);
  return into;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * The strings of `language` in `dir`: a folder per language with a file per namespace (`en/common.json`), or a file per
 * language (`en.json`).
 */
export function catalogueOf(dir: string, language: string): Strings {
  const folder = path.join(dir, language);
  if (!isFolder(folder)) return flatten(readJson(path.join(dir, `${language}.json`)), '', new Map());
  const strings: Strings = new Map();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')))
    flatten(readJson(path.join(folder, file)), `${path.basename(file, '.json')}:`, strings);
  return strings;
}

function isFolder(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

/** The keys without their plural forms: `count_one`, `count_few` and `count_other` are all `count`. */
const baseKeys = (strings: Strings) => [...new Set([...strings.keys()].map((key) => key.replace(PLURAL, '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();

/** Values that are rightly the same in every language: names of products, authorities and formats, codes, signs. */
const SAME_EVERYWHERE = /^(RoPA Desk|ICO|CNIL|CISO Assistant|Fides|DPF|BCR|SCC|PDF|HTML|XLSX|CSV|JSON|Markdown|Ctrl|Shift|Enter|Esc|OK|E-mail|Email)$/i;
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

/** The tests every catalogue in `dir` passes; `title` names it in the report. */
export function describeCatalogues(title: string, dir: string): void {
  describe(title, () => {
    const english = catalogueOf(dir, 'en');

    it('exist for the four interface languages, and English has strings', () => {
      const languages = readdirSync(dir).map((entry) => path.basename(entry, '.json'));
      expect(languages.sort()).toEqual([...INTERFACE_LANGUAGES].sort());
      expect(english.size).toBeGreaterThan(0);
    });

    describe.each(INTERFACE_LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
      const strings = catalogueOf(dir, language);

      it('has every key of English and no key English lacks', () => {
        const [ours, theirs] = [new Set(baseKeys(english)), new Set(baseKeys(strings))];
        const missing = [...ours].filter((key) => !theirs.has(key));
        const extra = [...theirs].filter((key) => !ours.has(key));
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
        expect(same.length / Math.max(worded.length, 1), same.map(([key]) => key).join(', ')).toBeLessThan(0.03);
      });
    });
  });
}
