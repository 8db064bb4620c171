import { test, expect, type App } from './support/app.ts';

async function openDemoActivities(app: App) {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Open demo register' }).click();
  // Opening the demo ends on the Overview: wait for it, or that navigation can come after the click below.
  await expect(page.getByRole('button', { name: /^Register: BY THE WAY/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
  const table = page.getByRole('grid', { name: 'Activities' });
  await expect(table.getByRole('row', { name: /Personal Account/ })).toBeVisible();
  return { page, table, count: page.getByRole('status').filter({ hasText: /activit/ }) };
}

test('the table and the editor work with the keyboard alone', { tag: '@journey' }, async ({ app }) => {
  const { page, table } = await openDemoActivities(app);
  await table.getByRole('row', { name: /Personal Account/ }).focus();
  await expect(table.getByRole('row', { name: /Personal Account/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('row', { name: /Payments for services/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('row', { name: /Advertisements/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await expect(editor.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Advertisements');

  const owner = editor.getByRole('textbox', { name: 'Owner' });
  await owner.focus();
  await page.keyboard.type('Marketing');
  await expect(editor.getByText('Unsaved changes')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(editor.getByText('Unsaved changes')).toBeHidden();
  await expect(editor).toContainText('Revision 2');
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(table.getByRole('row', { name: /Advertisements/ })).toContainText('Marketing');
});

test('delete asks first, names the activity and offers to retire it instead', async ({ app }) => {
  const { page, table, count } = await openDemoActivities(app);
  await table.getByRole('row', { name: /Advertisements/ }).click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await editor.getByRole('button', { name: 'Delete' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('Advertisements');
  await app.screenshot('09-delete-question');
  await question.getByRole('button', { name: 'Retire instead' }).click();
  await expect(table.getByRole('row', { name: /Advertisements/ })).toContainText('Retired');
  await expect(count).toHaveText('9 of 9 activities');

  await editor.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(table.getByRole('row', { name: /Advertisements/ })).toHaveCount(0);
  await expect(count).toHaveText('8 of 8 activities');
});

test('duplicating an activity adds a draft copy to the table at once', async ({ app }) => {
  const { page, table, count } = await openDemoActivities(app);
  await table.getByRole('row', { name: /Payments for services/ }).click();
  await page.getByRole('region', { name: 'Activity editor' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(count).toHaveText('10 of 10 activities');
  await expect(table.getByRole('row', { name: /Payments for services/ })).toHaveCount(2);
  await expect(table.getByRole('row', { name: /PA-0010/ })).toContainText('Draft');
});
