// The command line's own words (summary lines, notes, usage errors), from a catalogue per interface language under
// ./locales. The language: --lang when it is one of the interface languages, else the environment's locale (LC_ALL,
// LC_MESSAGES, LANG), else English. What a script parses (--json, an exchange file on standard output) is never worded.
// Loaded only when a command runs or the command line is refused (run.ts): `ropa --version` and `ropa --help` load no
// i18next. The backend's refusals are worded by the backend, in the language run.ts passes it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { plainTextCatalogue, type BaseKey, type CatalogueKey } from '../../shared/interface/plain-text-catalogue.ts';
import { FALLBACK_INTERFACE_LANGUAGE, isInterfaceLanguage, type InterfaceLanguage } from '../../shared/interface/languages.ts';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import sl from './locales/sl.json' with { type: 'json' };
import uk from './locales/uk.json' with { type: 'json' };

/** One catalogue per interface language, each with the keys of en.json (test/unit/cli/i18n.test.ts compares them). */
export const CLI_CATALOGUES: Readonly<Record<InterfaceLanguage, Record<string, unknown>>> = { en, uk, bg, sl };

/** A string of the catalogue, as `report.written`: a misspelt key fails the type check. */
export type CliKey = CatalogueKey<typeof en>;
/** What `counted()` counts: `activity` is "1 activity", "2 activities". */
export type CountedNoun = BaseKey<keyof typeof en.count>;

const cliI18n = plainTextCatalogue(
  Object.fromEntries(Object.entries(CLI_CATALOGUES).map(([language, strings]) => [language, { cli: strings }])) as Record<
    InterfaceLanguage,
    { cli: Record<string, unknown> }
  >,
);

/** The environment variables that name the locale, the first one set deciding (as gettext reads them). */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the command line's messages: `--lang` when it is an interface language (`init --lang de` names the
 * register's language, not the messages'), else the environment's locale (`uk_UA.UTF-8`; `C` and `POSIX` are English),
 * else English.
 */
export function messageLanguageOf(lang: string | undefined, environment: Readonly<Record<string, string | undefined>>): InterfaceLanguage {
  if (isInterfaceLanguage(lang)) return lang;
  const locale = LOCALE_VARIABLES.map((name) => environment[name]).find((value) => value !== undefined && value !== '');
  if (locale === undefined) return FALLBACK_INTERFACE_LANGUAGE;
  const base = locale.split(/[.@]/)[0]?.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return isInterfaceLanguage(base) ? base : FALLBACK_INTERFACE_LANGUAGE;
}

// The language of the run going on: commands run in-process may overlap (the tests), each in its own language.
const running = new AsyncLocalStorage<InterfaceLanguage>();

/** Runs `run` (and everything it awaits) with its messages in `language`. */
export function inLanguage<T>(language: InterfaceLanguage, run: () => T): T {
  return running.run(language, run);
}

/** The language of the messages of the command running (English outside a run). */
export function messageLanguage(): InterfaceLanguage {
  return running.getStore() ?? FALLBACK_INTERFACE_LANGUAGE;
}

/** The string `key` in the run's language (English where a translation lacks it), `{{values}}` filled in; `count` picks the plural. */
export function t(key: CliKey, values: Record<string, unknown> = {}): string {
  return cliI18n.t(key, { ...values, lng: messageLanguage() });
}

/** "1 page", "2 pages"; "2 сторінки", "5 сторінок": a number and what it counts, in the run's language. */
export function counted(count: number, noun: CountedNoun): string {
  return t(`count.${noun}`, { count });
}
