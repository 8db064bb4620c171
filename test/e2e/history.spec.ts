// History in the app, on a register with two months of history: the register as it stood last month (read-only, with
// the records it had then), the History screen filtered to one processor, and the changes between two dates.
import { test, expect } from './support/app.ts';
import { registerWithAPast } from './support/register-with-a-past.ts';

test('the register as it stood last month is shown read-only, with the records it had then, until Back to today', async ({ app }) => {
  await app.open(await registerWithAPast(app));
  const { page } = app;
  const navigation = page.getByRole('navigation', { name: 'Main' });
  await expect(navigation.getByRole('link', { name: /^Activities/ })).toContainText('1');

  await page.getByRole('button', { name: /^Register:/ }).click();
  await page.getByRole('menuitem', { name: 'View as of a date…' }).click();
  const dialog = page.getByRole('dialog', { name: 'View the register as of a date' });
  // The dialog offers a month ago: between the register's first records and last week's changes.
  await app.screenshot('as-of-dialog');
  await dialog.getByRole('button', { name: 'Show the register' }).click();
  const banner = page.getByRole('region', { name: 'Viewed as of a date' });
  await expect(banner).toContainText('The register as it stood on');
  await expect(navigation.getByRole('link', { name: /^Activities/ })).toContainText('2');
  await expect(page.getByRole('button', { name: /^Register:/ })).toContainText('As of a date');

  await navigation.getByRole('link', { name: /^Activities/ }).click();
  await expect(page.getByRole('row', { name: /Hiring/ })).toBeVisible();
  await page.getByRole('row', { name: /Payroll/ }).click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await expect(editor.getByRole('textbox', { name: 'Name' }).first()).toHaveValue('Payroll');
  await expect(editor.getByRole('textbox', { name: 'Name' }).first()).toBeDisabled();
  await expect(editor.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(editor).not.toContainText('Paying pensions');
  await expect(page.getByRole('button', { name: 'New activity' })).toHaveCount(0);
  await app.screenshot('as-of-activity-editor');

  await navigation.getByRole('link', { name: /^Overview/ }).click();
  await app.screenshot('as-of-overview');

  await banner.getByRole('button', { name: 'Back to today' }).click();
  await expect(banner).toHaveCount(0);
  await expect(navigation.getByRole('link', { name: /^Activities/ })).toContainText('1');
});
