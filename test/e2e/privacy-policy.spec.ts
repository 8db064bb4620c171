import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, screenshotsDir, type App } from './support/app.ts';
import { openPolicyOf } from './support/registers.ts';

async function exportAs(app: App, button: string, target: string): Promise<void> {
  await app.page.getByRole('button', { name: button }).click();
  const dialog = app.page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(target);
  await dialog.getByRole('button', { name: 'Save' }).click();
  // The fixtures' errors (no contact details, no representative) hold the policy back; these tests are about the file.
  await app.page
    .getByRole('alertdialog', { name: /^The policy was not exported/ })
    .getByRole('button', { name: 'Export anyway' })
    .click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => existsSync(target)).toBe(true);
}

test('the policy of a Slovenian register is previewed live in Slovenian and Bulgarian, with its warnings linking to the records', async ({ app }) => {
  await openPolicyOf(app, 'btc-sl');
  const { page } = app;
  const preview = page.getByRole('article');
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Politika zasebnosti');
  await expect(preview.getByRole('heading', { name: /^1\. / })).toBeVisible();
  await app.screenshot('policy-sl');

  await page.getByRole('radio', { name: 'Bulgarian' }).click();
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Политика за поверителност');
  // Slovenia's authority is the one named for a Slovenian controller, in its own language.
  await expect(preview).toContainText('Informacijski pooblaščenec');
  const warnings = page.getByRole('region', { name: /things? to fix in the register/ });
  await expect(warnings).toBeVisible();
  await app.screenshot('policy-bg');

  // A warning about the organisation leads to the organisation's record.
  await warnings
    .getByRole('link', { name: /^Organisation: not recorded/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/organisations\//);
});

test('the exported HTML stands alone: headings, a working table of contents, readable on a phone', { tag: '@journey' }, async ({ app }) => {
  await openPolicyOf(app, 'btc-sl');
  const { page } = app;
  for (const [language, label] of [
    ['sl', 'Slovenian'],
    ['bg', 'Bulgarian'],
  ] as const) {
    await page.getByRole('radio', { name: label }).click();
    const target = path.join(app.dataDir, `policy-${language}.html`);
    await exportAs(app, 'Export HTML', target);

    const html = await page.context().newPage();
    await html.setViewportSize({ width: 390, height: 844 });
    await html.goto(pathToFileURL(target).href);
    await expect(html.locator('html')).toHaveAttribute('lang', language);
    await expect(html.getByRole('heading', { level: 1 })).toHaveCount(1);
    const contents = html.getByRole('navigation');
    const links = contents.getByRole('link');
    const sections = html.locator('main > section');
    await expect(links).toHaveCount(await sections.count());
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
      await expect(html.locator(`section${href ?? ''}`)).toHaveCount(1);
    }
    // The rights section, wherever the sections the register has something to say in put it.
    await contents.locator('a[href="#rights"]').click();
    await expect(html).toHaveURL(/#rights$/);
    // Nothing wider than the phone's screen.
    expect(await html.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync(screenshotsDir, { recursive: true });
    await html.screenshot({ path: path.join(screenshotsDir, `policy-html-${language}-phone.png`) });
    await html.close();
  }
});

test(
  'publishing is held back by errors in what the policy publishes; "Publish anyway" records version 1, and the preview then says so',
  { tag: '@journey' },
  async ({ app }) => {
    await openPolicyOf(app, 'bytheway-en');
    const { page } = app;
    const changes = page.getByRole('region', { name: /Not published yet|Changes since/ });
    await expect(changes).toContainText('Not published yet');
    await page.getByRole('button', { name: 'Publish version 1…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publish', exact: true }).click();
    // BY THE WAY, a Ukrainian controller, records no representative in the Union: an error in what the policy says.
    const held = page.getByRole('alertdialog', { name: /No version was published: \d+ errors? in what the policy publishes/ });
    await expect(held).toContainText('representative');
    await expect(changes).toContainText('Not published yet');
    await held.getByRole('button', { name: 'Publish anyway' }).click();
    await expect(held).toBeHidden();
    await expect(changes).toContainText('Changes since version 1');
    await expect(changes).toContainText('The policy is the same as the published version.');
    await expect(page.getByRole('article')).toContainText(/Version 1, published on/);
    await expect(page.getByRole('button', { name: 'Publish version 2…' })).toBeDisabled();
    await app.screenshot('policy-published');
  },
);
