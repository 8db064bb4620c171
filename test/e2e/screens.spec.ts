import { test, expect } from './support/app.ts';

// Screenshots of the main screens with a real register, for a person to look at (test-output/screenshots/).
// Each step also checks the screen shows the register's content, so a blank screen fails.
test('the main screens show the demo register', async ({ app }) => {
  await app.open();
  const { page } = app;
  await app.screenshot('01-first-run');
  await page.getByRole('button', { name: 'Open demo register' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Overview' })).toContainText('9');
  await app.screenshot('02-overview');

  const navigation = page.getByRole('navigation', { name: 'Main' });
  await navigation.getByRole('link', { name: /^Activities/ }).click();
  await expect(page.getByRole('grid', { name: 'Activities' }).getByRole('row', { name: /Personal Account/ })).toBeVisible();
  await app.screenshot('03-activities');
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: /Personal Account/ })
    .click();
  await expect(page.getByRole('region', { name: 'Activity editor' })).toBeVisible();
  await app.screenshot('04-activity-editor');

  await navigation.getByRole('link', { name: /^Processors/ }).click();
  await expect(page.getByRole('treegrid', { name: 'Processors' }).getByRole('row', { name: /DigitalOcean LLC/ })).toBeVisible();
  await app.screenshot('05-processors');

  await navigation.getByRole('link', { name: /^Transfers/ }).click();
  await expect(page.getByRole('main')).toContainText('DigitalOcean LLC');
  await app.screenshot('06-transfers');

  await navigation.getByRole('link', { name: /^Organisations/ }).click();
  await page
    .getByRole('grid', { name: 'Organisations' })
    .getByRole('row', { name: /BY THE WAY/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('BY THE WAY Limited Liability Company');
  await app.screenshot('07-organisation-editor');
});

test('a text is translated side by side with the original', { tag: '@journey' }, async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Open demo register' }).click();
  // The demo register opens on its Overview: wait for it, or that navigation would undo the click below.
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
  await page.getByRole('button', { name: 'New activity' }).first().click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Newsletter');
  await editor.getByRole('button', { name: /Show translation/ }).click();
  await page.getByRole('option', { name: /Ukrainian|українська/i }).click();
  await editor.getByRole('textbox', { name: 'Name (Ukrainian)' }).fill('Розсилка новин');
  await app.screenshot('08-translation-side-by-side');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Unsaved changes')).toBeHidden();

  await page.reload();
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: /Newsletter/ })
    .click();
  const reopened = page.getByRole('region', { name: 'Activity editor' });
  await reopened.getByRole('button', { name: /Show translation/ }).click();
  await page.getByRole('option', { name: 'Ukrainian' }).click();
  await expect(reopened.getByRole('textbox', { name: 'Name (Ukrainian)' })).toHaveValue('Розсилка новин');
  await expect(reopened.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Newsletter');
});
