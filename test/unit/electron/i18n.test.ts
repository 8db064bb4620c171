// The shell's catalogue of words (menus, native dialogs): every language has the keys of English.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES, pickLanguage, setShellLanguage, shellLanguage, t } from '../../../electron/main/app/i18n.ts';

import { describeCatalogues } from '../../support/catalogues.ts';

vi.mock('electron', () => ({}));

const localesDir = path.resolve(import.meta.dirname, '../../../electron/main/app/locales');

describeCatalogues('the shell’s catalogues', localesDir);

describe('the shell’s words', () => {
  afterEach(() => {
    setShellLanguage(['en']);
  });

  it('has a catalogue in use for every file under locales/', () => {
    const files = readdirSync(localesDir).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => path.basename(file, '.json')).sort()).toEqual(Object.keys(CATALOGUES).sort());
  });

  it('gives the strings in English, with values filled in and nothing HTML-escaped', () => {
    expect(t('menu.save')).toBe('Save');
    expect(t('menu.about', { app: 'RoPA Desk' })).toBe('About RoPA Desk');
    expect(t('error.fileNotOpened', { file: 'Smith & <Co>.ropa' })).toBe('Smith & <Co>.ropa could not be opened.');
  });

  it('follows the first of the system’s languages it has, by base language; else English', () => {
    expect(pickLanguage(['en-GB', 'de'])).toBe('en');
    expect(pickLanguage(['de-DE', 'UK_ua'])).toBe('uk');
    expect(pickLanguage(['fr', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(setShellLanguage(['xx'])).toBe('en');
    expect(shellLanguage()).toBe('en');
  });

  it('speaks the language chosen, menus and dialogs alike', () => {
    expect(setShellLanguage('bg')).toBe('bg');
    expect(t('menu.view')).toBe('&Изглед');
    setShellLanguage('sl');
    expect(t('menu.about', { app: 'RoPA Desk' })).toContain('RoPA Desk');
    expect(t('menu.save')).not.toBe('Save');
  });
});
