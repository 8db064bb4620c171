// The shell's own words (menus, native dialogs, error boxes), from a catalogue per language under ./locales: a new
// language (uk, bg, sl) is one more JSON file with the same keys, and one more line in CATALOGUES below. The page
// has its own catalogues (renderer/src/i18n); these are the few strings the main process shows by itself.
import i18next from 'i18next';
import en from './locales/en.json' with { type: 'json' };

/** One catalogue per language, every one with the keys of en.json (a unit test compares them). */
export const CATALOGUES = { en } as const;
export type ShellLanguage = keyof typeof CATALOGUES;
export const FALLBACK_LANGUAGE: ShellLanguage = 'en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A string of the catalogue, as `menu.save`: a misspelt key fails the type check. */
export type ShellKey = Leaves<typeof en>;

const shellI18n = i18next.createInstance();
void shellI18n.init({
  resources: Object.fromEntries(Object.entries(CATALOGUES).map(([language, strings]) => [language, { shell: strings }])),
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  ns: ['shell'],
  defaultNS: 'shell',
  // The resources are in memory: ready when init returns, so t() works from the first line of main.ts.
  initAsync: false,
  // Native menus and dialogs show plain text, not HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});

let language: ShellLanguage = FALLBACK_LANGUAGE;

function isShellLanguage(code: string): code is ShellLanguage {
  return Object.hasOwn(CATALOGUES, code);
}

/** The first of the person's languages (most preferred first, as `uk-UA`, `sl`, `en-GB`) the shell has; else English. */
export function pickLanguage(preferred: readonly string[]): ShellLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isShellLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/** Chooses the shell's language from the system's preferred languages (`app.getPreferredSystemLanguages()`). */
export function setShellLanguage(preferred: readonly string[]): ShellLanguage {
  language = pickLanguage(preferred);
  return language;
}

export function shellLanguage(): ShellLanguage {
  return language;
}

/** The string `key` in the shell's language (English where a translation lacks it), with `{{values}}` filled in. */
export function t(key: ShellKey, values: Record<string, string | number> = {}): string {
  return shellI18n.t(key, { ...values, lng: language });
}
