// One i18next instance over catalogues held in memory, for words shown as plain text outside the page: the shell's
// menus and dialogs, the command line, the backend's refusals. The page has its own (renderer/src/i18n), with React.
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { FALLBACK_INTERFACE_LANGUAGE, type InterfaceLanguage } from './languages.ts';

type PluralSuffix = `_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`;
/** A catalogue key without its plural form: `count_one` and `count_few` are both `count`. */
export type BaseKey<Key extends string> = Key extends `${infer Base}${PluralSuffix}` ? Base : Key;
/** Every string of a nested catalogue, as `menu.save`, plural forms joined. */
export type CatalogueKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${BaseKey<K>}` : CatalogueKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** `resources`: per language, per namespace, the catalogue; English is the fallback for any key a language lacks. */
export function plainTextCatalogue(resources: Readonly<Record<InterfaceLanguage, Resource[string]>>): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: resources as Resource,
    lng: FALLBACK_INTERFACE_LANGUAGE,
    fallbackLng: FALLBACK_INTERFACE_LANGUAGE,
    ns: Object.keys(resources[FALLBACK_INTERFACE_LANGUAGE]),
    defaultNS: Object.keys(resources[FALLBACK_INTERFACE_LANGUAGE])[0] ?? false,
    // In memory: ready when init returns, so t() works from the first line that needs it.
    initAsync: false,
    // Menus, terminals and toasts show plain text, not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.services.formatter?.add('moment', momentText);
  return instance;
}

/**
 * `{{at, moment}}`: an RFC 3339 moment as a person reads it, in UTC as the log keeps it ("26 November 2026 at 00:00
 * UTC"); a value that is no moment is written as it is.
 */
function momentText(value: unknown, language: string | undefined): string {
  const moment = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (moment === undefined || Number.isNaN(moment.getTime())) return String(value);
  // English as written in Europe: day, month, year.
  const locale = language === undefined || language === 'en' ? 'en-GB' : language;
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' }).format(moment)} UTC`;
}
