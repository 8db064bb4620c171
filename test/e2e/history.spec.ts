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

test('the History screen filtered to one processor lists only its entries, each with its fields before and after', async ({ app }) => {
  await app.open(await registerWithAPast(app));
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByText('Added activity Hiring').first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Record' }).fill('CloudPay');
  await page.getByRole('option', { name: /CloudPay GmbH/ }).click();
  await expect(page.getByText('Changed processor CloudPay GmbH')).toBeVisible();
  await expect(page.getByText('Added processor CloudPay GmbH')).toBeVisible();
  await expect(page.getByText(/activity (Payroll|Hiring)/)).toHaveCount(0);

  await page.getByRole('button', { name: /^Before and after: Contact/i }).click();
  const change = page.getByRole('table').filter({ hasText: 'dpo@cloudpay.example' });
  await expect(change).toContainText('privacy@cloudpay.example');
  await app.screenshot('history-one-processor');
});

test('the changes between two dates list the material ones first, each record field by field', async ({ app }) => {
  await app.open(await registerWithAPast(app));
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('link', { name: 'Compare two dates…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Changes between two dates' })).toBeVisible();
  // The register's history is younger than a year: it is compared from where its history starts, up to now.
  await page.getByRole('button', { name: 'Compare' }).click();
  const material = page.getByRole('region', { name: 'Material changes' });
  await expect(material.getByRole('heading', { name: /Payroll/ })).toBeVisible();
  await expect(material).toContainText('New purpose');
  await expect(material).toContainText('Paying pensions');
  const other = page.getByRole('region', { name: 'Other changes' });
  await expect(other.getByRole('heading', { name: /CloudPay GmbH/ })).toBeVisible();
  await expect(other).toContainText('dpo@cloudpay.example');
  await app.screenshot('comparison-two-dates');
});
