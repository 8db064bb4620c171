import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../support/fixtures.ts';
import { test, expect, type App } from './support/app.ts';

// The interface in Ukrainian, Bulgarian and Slovenian, chosen in the sidebar and remembered; and the pseudo-locale
// (every string 40% longer, in ⟦ ⟧), in which a text without brackets was not taken from the catalogue and a label
// that overflows would overflow in a longer language too. Screenshots of every main screen for a person to look at.

type Shell = { mainNavigation: string; nav: Record<string, string>; language: { label: string } };
const shellWords = (language: string) => JSON.parse(readFileSync(path.join(repoRoot, 'renderer/src/i18n/locales', language, 'shell.json'), 'utf8')) as Shell;
const NATIVE = { uk: 'Українська', bg: 'Български', sl: 'Slovenščina' } as const;
const SCREENS = ['overview', 'activities', 'processors', 'transfers', 'organisations', 'policy', 'reports', 'import'] as const;

async function openDemo(app: App): Promise<void> {
  await app.open();
  await app.page.getByRole('button', { name: 'Open demo register' }).click();
  await expect(app.page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
}

/** Every main screen in turn, by the navigation's names in `words`, each saved as a screenshot. */
async function tour(app: App, words: Shell, prefix: string, onScreen: (page: Page) => Promise<void> = async () => {}): Promise<void> {
  const navigation = app.page.getByRole('navigation', { name: words.mainNavigation });
  for (const screen of SCREENS) {
    await navigation.getByRole('link', { name: new RegExp(`^${words.nav[screen]}`) }).click();
    await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
    await onScreen(app.page);
    await app.screenshot(`${prefix}-${screen}`);
  }
}

for (const language of ['bg', 'uk', 'sl'] as const) {
  test(
    `the interface in ${NATIVE[language]}: chosen in the sidebar, every main screen in it, and still so after a restart`,
    { tag: '@journey' },
    async ({ app }) => {
      await openDemo(app);
      const { page } = app;
      await page.getByRole('button', { name: /Interface language/ }).click();
      await page.getByRole('option', { name: NATIVE[language] }).click();
      const words = shellWords(language);
      await expect(
        page.getByRole('navigation', { name: words.mainNavigation }).getByRole('link', { name: new RegExp(`^${words.nav['activities']}`) }),
      ).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      await tour(app, words, `language-${language}`);
      await page
        .getByRole('navigation', { name: words.mainNavigation })
        .getByRole('link', { name: new RegExp(`^${words.nav['activities']}`) })
        .click();
      await page
        .getByRole('grid')
        .getByRole('row', { name: /Personal Account/ })
        .click();
      await expect(page.getByRole('region').filter({ hasText: 'Personal Account' }).first()).toBeVisible();
      await app.screenshot(`language-${language}-activity-editor`);

      // Kept in the settings: the next start is in the same language.
      await page.reload();
      await expect(page.getByRole('navigation', { name: words.mainNavigation })).toBeVisible();
      await expect(page.getByRole('button', { name: new RegExp(words.language.label) })).toContainText(NATIVE[language]);
    },
  );
}

/** Texts of the interface's own elements that are not from the catalogue, and those that overflow their box. */
async function unmarkedAndOverflowing(page: Page): Promise<{ unmarked: string[]; overflowing: string[] }> {
  return page.evaluate(() => {
    const selectors = ['nav a', 'h1', '[role="columnheader"]', 'main button', 'label', '.field-label', '.editor-section h3', 'legend'];
    const elements = [...document.querySelectorAll<HTMLElement>(selectors.join(','))].filter((element) => element.offsetParent !== null);
    const own = (element: HTMLElement) => (element.innerText ?? '').trim();
    // Languages are named by Intl, each in the interface's language or its own: names, not catalogue text.
    const languageNames = new Set(
      ['en', 'uk', 'bg', 'sl'].flatMap((code) => ['en', code].map((name) => new Intl.DisplayNames([name], { type: 'language' }).of(code)?.toLowerCase())),
    );
    const unmarked = elements.map(own).filter((text) => /\p{L}{2,}/u.test(text) && !text.includes('⟦') && !languageNames.has(text.toLowerCase()));
    const overflowing = elements
      .filter((element) => getComputedStyle(element).textOverflow !== 'ellipsis' && element.scrollWidth > element.clientWidth + 1)
      .map((element) => own(element).slice(0, 60));
    return { unmarked: [...new Set(unmarked)], overflowing: [...new Set(overflowing)] };
  });
}

test('the pseudo-locale shows no untranslated text and nothing overflowing on the main screens', async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await page.goto(`${app.bridge.url}&pseudo`);
  const words = shellWords('en');
  const marked: Shell = {
    ...words,
    mainNavigation: `⟦${words.mainNavigation}`,
    nav: Object.fromEntries(Object.entries(words.nav).map(([key, text]) => [key, `⟦${text}`])),
  };
  const problems: Record<string, { unmarked: string[]; overflowing: string[] }> = {};
  await tour(app, marked, 'pseudo', async (shown) => {
    const found = await unmarkedAndOverflowing(shown);
    if (found.unmarked.length > 0 || found.overflowing.length > 0) problems[await shown.locator('h1').innerText()] = found;
  });
  expect(problems).toEqual({});
});
