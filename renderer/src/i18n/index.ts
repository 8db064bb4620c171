// i18next setup. Every JSON file under ./locales/<language>/<namespace>.json is loaded automatically, so a new
// screen adds its own namespace (e.g. locales/en/processors.json, used with useTranslation('processors')) and a
// new language adds a folder (uk, bg, sl) without touching this file.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { PSEUDO_LANGUAGE, pseudoLocale } from './pseudo.ts';
import { HISTORY_TERMS } from '../../../shared/history/history-terms.ts';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

const resources: Resources = {};
for (const [file, content] of Object.entries(files)) {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (match === null) continue;
  const [, language = '', namespace = ''] = match;
  (resources[language] ??= {})[namespace] = content;
}
// The history's words are shared with the command line and the history's documents: one name for a field everywhere.
for (const [language, terms] of Object.entries(HISTORY_TERMS)) (resources[language] ??= {})['historyTerms'] = terms;

/** The languages the interface itself is available in (the folders under locales/). */
export const UI_LANGUAGES = Object.keys(resources);

void i18n
  .use(initReactI18next)
  .use(pseudoLocale)
  .init({
    resources,
    lng: 'en',
    // The pseudo-locale (pseudo.ts) has no catalogue of its own: English, lengthened and marked.
    fallbackLng: { [PSEUDO_LANGUAGE]: ['en'], default: ['en'] },
    postProcess: [PSEUDO_LANGUAGE],
    ns: Object.keys(resources['en'] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export default i18n;
