import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type App } from './support/app.ts';
import { fixturePath } from '../support/fixtures.ts';
import { ropa } from '../support/cli.ts';
import { pdfInfo, pdfText } from '../support/pdf-tools.ts';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { displayText } from '../../shared/model/text.ts';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import { generateRegister } from '../tools/generate-register.ts';

async function openRegister(app: App, name: string, source: string): Promise<void> {
  const registerPath = path.join(app.dataDir, `${name}.ropa`);
  expect(ropa(['init', registerPath]).status).toBe(0);
  expect(ropa(['import', registerPath, source]).stderr).toBe('');
  await app.open(registerPath);
}

async function openReportDialog(app: App) {
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await app.page.getByRole('button', { name: 'Register report…' }).click();
  return app.page.getByRole('dialog', { name: 'Register report' });
}

test('the Bulgarian register report of a Slovenian register is made from the dialog, with its warnings listed', async ({ app }) => {
  await openRegister(app, 'btc', fixturePath('btc-sl'));
  const dialog = await openReportDialog(app);
  await dialog.getByRole('button', { name: /Language of the report/ }).click();
  await app.page.getByRole('option', { name: /^Bulgarian/ }).click();
  const target = path.join(app.dataDir, 'register-bg.pdf');
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(target);
  await dialog.getByRole('button', { name: 'Create report' }).click();

  await expect(dialog.getByText('Report saved')).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText(target);
  await expect(dialog).toContainText(/\d+ pages, \d+ activities/);
  // Nothing in the register is written in Bulgarian: every text printed falls back to Slovenian, and says so.
  await expect(dialog.getByRole('heading', { name: /texts? printed in the register’s default language/ })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'The register checks' })).toBeVisible();
  await app.screenshot('register-report-bg-saved');

  expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfInfo(target)['Title']).toMatch(/[А-Яа-я]/);
  const document = JSON.parse(readFileSync(fixturePath('btc-sl'), 'utf8')) as ExchangeDocument;
  const text = pdfText(target);
  expect(text).toContain('Част I.');
  const first = document.activities[0];
  if (first !== undefined) expect(text).toContain(displayText(first.name, 'sl', 'sl').slice(0, 25));

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a folder that does not exist is refused in the dialog, nothing is written, and Escape closes it', { tag: '@journey' }, async ({ app }) => {
  await openRegister(app, 'bytheway', fixturePath('bytheway-en'));
  const dialog = await openReportDialog(app);
  const nowhere = path.join(app.dataDir, 'no-such-folder', 'register.pdf');
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(nowhere);
  await dialog.getByRole('button', { name: 'Create report' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Save as' })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText(/no-such-folder/);
  // The choices are kept, so the path can be corrected rather than typed again.
  await expect(dialog.getByRole('textbox', { name: 'Save as' })).toHaveValue(nowhere);
  await app.screenshot('register-report-missing-folder');
  expect(existsSync(path.dirname(nowhere))).toBe(false);

  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a report being made of a large register of two organisations can be cancelled, and leaves no file behind', { tag: '@journey' }, async ({ app }) => {
  const source = path.join(app.dataDir, 'large.ropa.json');
  writeFileSync(source, serialiseExchangeDocument(generateRegister({ activities: 1500, seed: 3, organisations: 2 })));
  await openRegister(app, 'large', source);
  const dialog = await openReportDialog(app);
  // One report per controller: the first organisation is chosen, and the choice is offered.
  await expect(dialog.getByRole('button', { name: /Organisation/ })).toBeVisible();
  const target = path.join(app.dataDir, 'large.pdf');
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(target);
  await dialog.getByRole('button', { name: 'Create report' }).click();

  const progress = dialog.getByRole('progressbar', { name: 'Making the report' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', /Laying out the pages/, { timeout: 20_000 });
  // While it renders the window answers: Escape does not close the dialog, and the page still responds.
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await app.screenshot('register-report-progress');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await expect(dialog).toContainText('Report cancelled; nothing was written.');
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(app.dataDir).filter((name) => name.includes('.pdf'))).toEqual([]);
});
