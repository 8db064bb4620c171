// The shell's own words (menus, native dialogs, error boxes), from a catalogue per interface language under ./locales.
// The page has its own catalogues (renderer/src/i18n); these are the few strings the main process shows by itself.
// The language is the interface's (shared/interface/languages.ts): the person's choice, else the system's.
import { plainTextCatalogue, type CatalogueKey } from '../../../shared/interface/plain-text-catalogue.ts';
import { FALLBACK_INTERFACE_LANGUAGE, pickInterfaceLanguage, type InterfaceLanguage } from '../../../shared/interface/languages.ts';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import sl from './locales/sl.json' with { type: 'json' };
import uk from './locales/uk.json' with { type: 'json' };

/** One catalogue per interface language, every one with the keys of en.json (a unit test compares them). */
export const CATALOGUES: Readonly<Record<InterfaceLanguage, typeof en>> = { en, uk, bg, sl };
export type ShellLanguage = InterfaceLanguage;
export const FALLBACK_LANGUAGE: ShellLanguage = FALLBACK_INTERFACE_LANGUAGE;

/** A string of the catalogue, as `menu.save`: a misspelt key fails the type check. */
export type ShellKey = CatalogueKey<typeof en>;

const shellI18n = plainTextCatalogue(
  Object.fromEntries(Object.entries(CATALOGUES).map(([language, strings]) => [language, { shell: strings }])) as Record<ShellLanguage, { shell: typeof en }>,
);

let language: ShellLanguage = FALLBACK_LANGUAGE;

/** The first of the person's languages (most preferred first, as `uk-UA`, `sl`, `en-GB`) the shell has; else English. */
export const pickLanguage = pickInterfaceLanguage;

/** Sets the shell's language: the person's choice, or the first of the system's (`app.getPreferredSystemLanguages()`). */
export function setShellLanguage(choice: ShellLanguage | readonly string[]): ShellLanguage {
  language = typeof choice === 'string' ? choice : pickLanguage(choice);
  return language;
}

export function shellLanguage(): ShellLanguage {
  return language;
}

/** The string `key` in the shell's language (English where a translation lacks it), with `{{values}}` filled in. */
export function t(key: ShellKey, values: Record<string, string | number> = {}): string {
  return shellI18n.t(key, { ...values, lng: language });
}
