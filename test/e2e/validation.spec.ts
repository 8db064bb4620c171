import { test, expect, type App } from './support/app.ts';

async function openDemo(app: App): Promise<void> {
  await app.open();
  await app.page.getByRole('button', { name: 'Open demo register' }).click();
  await expect(app.page).toHaveTitle(/BY THE WAY LLC/);
}

test('a date typed the wrong way is explained next to the field, and nothing is saved', { tag: '@journey' }, async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: /Personal Account/ })
    .click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  const nextReview = editor.getByRole('textbox', { name: 'Next review on' });
  // Day first, as English is written in Europe: there is no 31 February.
  await nextReview.fill('31/02/2027');
  await nextReview.blur();
  await expect(nextReview).toHaveAttribute('aria-invalid', 'true');
  await expect(nextReview).toHaveAccessibleDescription(/is not a date: type it as 31\/12\/2027 or 2027-12-31/);
  await page.mouse.wheel(0, 400);
  await app.screenshot('validation-date');

  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Unsaved changes')).toBeVisible();
  await page.reload();
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: /Personal Account/ })
    .click();
  await expect(page.getByRole('region', { name: 'Activity editor' }).getByRole('textbox', { name: 'Next review on' })).toHaveValue('');
});

test('an active activity without purposes cannot be saved, and says which article wants them', async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: /Payments for services/ })
    .click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  const purposes = editor.getByRole('group', { name: 'Purposes' });
  await purposes.getByRole('button', { name: /^Remove/ }).click();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(purposes).toContainText('at least one purpose (Art. 30(1)(b))');
  await app.screenshot('validation-purposes');
});

test('an organisation needs a name: the message stands next to the field', { tag: '@journey' }, async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Organisations/ })
    .click();
  await page
    .getByRole('grid', { name: 'Organisations' })
    .getByRole('row', { name: /BY THE WAY/ })
    .click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('');
  await name.blur();
  await expect(name).toHaveAccessibleDescription(/must not be empty/);
});
