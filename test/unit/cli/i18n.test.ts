// The command line's own words (electron/cli/locales): the catalogues, the language they are read in, and the counts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { counted, inLanguage, messageLanguage, messageLanguageOf, t } from '../../../electron/cli/i18n.ts';
import { describeCatalogues } from '../../support/catalogues.ts';

describeCatalogues('the command line’s catalogues', path.resolve(import.meta.dirname, '../../../electron/cli/locales'));

describe('the language of the command line’s messages', () => {
  it('is --lang when it is an interface language, whatever the locale', () => {
    expect(messageLanguageOf('uk', { LANG: 'bg_BG.UTF-8' })).toBe('uk');
    expect(messageLanguageOf('sl', {})).toBe('sl');
  });

  it('is the locale’s when --lang is absent or names no interface language (init --lang de is the register’s language)', () => {
    expect(messageLanguageOf(undefined, { LANG: 'uk_UA.UTF-8' })).toBe('uk');
    expect(messageLanguageOf('de', { LANG: 'bg_BG.UTF-8' })).toBe('bg');
    expect(messageLanguageOf(undefined, { LANG: 'sl_SI@euro' })).toBe('sl');
    expect(messageLanguageOf(undefined, { LANG: 'bg' })).toBe('bg');
  });

  it('takes the first of LC_ALL, LC_MESSAGES and LANG that is set, as gettext does', () => {
    expect(messageLanguageOf(undefined, { LC_ALL: 'sl_SI.UTF-8', LC_MESSAGES: 'bg_BG.UTF-8', LANG: 'uk_UA.UTF-8' })).toBe('sl');
    expect(messageLanguageOf(undefined, { LC_MESSAGES: 'bg_BG.UTF-8', LANG: 'uk_UA.UTF-8' })).toBe('bg');
    expect(messageLanguageOf(undefined, { LC_ALL: '', LC_MESSAGES: '', LANG: 'uk_UA.UTF-8' })).toBe('uk');
    // The first set decides, even when it is a language the command line does not speak.
    expect(messageLanguageOf(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'uk_UA.UTF-8' })).toBe('en');
  });

  it('is English in the C and POSIX locales, in another language, and with no locale at all', () => {
    expect(messageLanguageOf(undefined, { LANG: 'C' })).toBe('en');
    expect(messageLanguageOf(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLanguageOf(undefined, { LC_ALL: 'POSIX', LANG: 'uk_UA.UTF-8' })).toBe('en');
    expect(messageLanguageOf(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(messageLanguageOf(undefined, {})).toBe('en');
  });
});

describe('the command line’s words', () => {
  it('are English outside a run, values filled in and nothing HTML-escaped', () => {
    expect(messageLanguage()).toBe('en');
    expect(t('commandLine.unknownCommand', { command: 'a&<b>' })).toBe(`unknown command "a&<b>". See 'ropa --help'.`);
  });

  it('are in the run’s language, each run in its own while they overlap', async () => {
    const said = await Promise.all(
      (['uk', 'bg', 'sl', 'en'] as const).map((language) =>
        inLanguage(language, async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          return t('preview.dryRun');
        }),
      ),
    );
    expect(said).toEqual([
      'Нічого не записано (--dry-run).',
      'Нищо не е записано (--dry-run).',
      'Nič ni bilo zapisano (--dry-run).',
      'Nothing was written (--dry-run).',
    ]);
  });

  it('count in each language’s plural forms', () => {
    const pages = (language: 'en' | 'uk' | 'bg' | 'sl') => [1, 2, 3, 5, 21].map((count) => inLanguage(language, () => counted(count, 'page')));
    expect(pages('en')).toEqual(['1 page', '2 pages', '3 pages', '5 pages', '21 pages']);
    expect(pages('uk')).toEqual(['1 сторінка', '2 сторінки', '3 сторінки', '5 сторінок', '21 сторінка']);
    expect(pages('bg')).toEqual(['1 страница', '2 страници', '3 страници', '5 страници', '21 страници']);
    expect(pages('sl')).toEqual(['1 stran', '2 strani', '3 strani', '5 strani', '21 strani']);
    expect([1, 2, 3, 5].map((count) => inLanguage('sl', () => counted(count, 'processor')))).toEqual([
      '1 obdelovalec',
      '2 obdelovalca',
      '3 obdelovalci',
      '5 obdelovalcev',
    ]);
  });

  it('give a sentence English words with no plural form of its own the plural forms of the other languages', () => {
    expect(inLanguage('en', () => t('merge.conflicts', { file: 'x.xlsx', count: 2 }))).toMatch(/^x\.xlsx: 2 conflicts; nothing was written/);
    expect(inLanguage('uk', () => t('merge.conflicts', { file: 'x.xlsx', count: 5 }))).toMatch(/^x\.xlsx: 5 конфліктів; нічого не записано/);
  });
});
