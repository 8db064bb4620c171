// The pseudo-locale, for testing the layout and finding untranslated text: every string of the catalogues in English,
// lengthened by 40% and wrapped in ⟦ ⟧. A text on screen without the brackets was not taken from the catalogue; a
// label cut or overflowing would be cut in a longer language too. Shown only where the page is opened with
// `?pseudo` (the test bridge, `npm run dev:web`); the desktop app never offers it.
import type { PostProcessorModule } from 'i18next';

export const PSEUDO_LANGUAGE = 'pseudo';
/** How much longer than English: Bulgarian and Ukrainian are often a third longer. */
const LENGTHENING = 0.4;

function lengthened(text: string): string {
  const letters = text.replace(/\s/g, '').length;
  return `⟦${text}${'·'.repeat(Math.ceil(letters * LENGTHENING))}⟧`;
}

export const pseudoLocale: PostProcessorModule = {
  type: 'postProcessor',
  name: PSEUDO_LANGUAGE,
  process: (value: string, _keys: string[], options: { lng?: string }, translator: { language?: string }) =>
    (options.lng ?? translator.language) === PSEUDO_LANGUAGE && value !== '' ? lengthened(value) : value,
};

/** True when the page was opened to test with the pseudo-locale. */
export function pseudoLocaleRequested(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has(PSEUDO_LANGUAGE);
}
