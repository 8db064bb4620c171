// The interface's language in the window: the person's choice kept in the settings (`interfaceLanguage`), else the
// first of the browser's (the system's) languages the interface has. A choice made in View › Language arrives as an
// `interface-language` event. Switching re-renders in place: no screen is left, no draft is lost.
import { useCallback, useEffect, useState } from 'react';
import { interfaceLanguageOf, type InterfaceLanguage } from '../../../shared/interface/languages.ts';
import { call, onRopaEvent } from '../api/index.ts';
import i18n from './index.ts';
import { PSEUDO_LANGUAGE, pseudoLocaleRequested } from './pseudo.ts';

/** The system's languages as the window knows them (Electron passes the system's own). */
function systemLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

function show(chosen: InterfaceLanguage | null): void {
  const language = pseudoLocaleRequested() ? PSEUDO_LANGUAGE : interfaceLanguageOf(chosen, systemLanguages());
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language === PSEUDO_LANGUAGE ? 'en' : language;
}

/**
 * The language chosen (null: the system's) and the function that chooses another; the window follows the choice,
 * wherever it was made. Used once, by the shell.
 */
export function useInterfaceLanguage(): { chosen: InterfaceLanguage | null; choose: (language: InterfaceLanguage | null) => void } {
  const [chosen, setChosen] = useState<InterfaceLanguage | null>(null);
  const apply = useCallback((language: InterfaceLanguage | null) => {
    setChosen(language);
    show(language);
  }, []);

  useEffect(() => {
    let current = true;
    show(null);
    void call('interfaceLanguage', {}).then((result) => {
      if (current && result.ok) apply(result.value.language);
    });
    const stop = onRopaEvent((event) => {
      if (event.type === 'interface-language') apply(event.language);
    });
    return () => {
      current = false;
      stop();
    };
  }, [apply]);

  const choose = useCallback(
    (language: InterfaceLanguage | null) => {
      // Shown at once; the backend keeps it and tells the shell (menus), whose event confirms it here.
      apply(language);
      void call('chooseInterfaceLanguage', { language });
    },
    [apply],
  );
  return { chosen, choose };
}
