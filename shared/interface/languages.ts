// The languages the app's interface speaks (screens, menus, dialogs, messages): the four its documents are written in.
// Which one a person sees: the one they chose (View › Language, or the switch in the sidebar), else the first of the
// system's preferred languages the interface has, else English. The choice is kept in the settings of the data folder.

export const INTERFACE_LANGUAGES = ['en', 'uk', 'bg', 'sl'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export const FALLBACK_INTERFACE_LANGUAGE: InterfaceLanguage = 'en';

/** Each language's name in itself, as a language menu lists them: a person finds their own without reading English. */
export const NATIVE_LANGUAGE_NAMES: Readonly<Record<InterfaceLanguage, string>> = {
  en: 'English',
  uk: 'Українська',
  bg: 'Български',
  sl: 'Slovenščina',
};

export function isInterfaceLanguage(code: unknown): code is InterfaceLanguage {
  return typeof code === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(code);
}

/** The first of the person's languages (most preferred first, as `uk-UA`, `sl`, `en-GB`) the interface has; else English. */
export function pickInterfaceLanguage(preferred: readonly string[]): InterfaceLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isInterfaceLanguage(base)) return base;
  }
  return FALLBACK_INTERFACE_LANGUAGE;
}

/** The language to show: the person's choice, or (none made) the system's. */
export function interfaceLanguageOf(chosen: InterfaceLanguage | null, systemPreferred: readonly string[]): InterfaceLanguage {
  return chosen ?? pickInterfaceLanguage(systemPreferred);
}
