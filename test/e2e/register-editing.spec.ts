import { test, expect, type App } from './support/app.ts';
import type { Locator, Page } from '@playwright/test';

/** Picks an option in a react-aria select (a button that opens a listbox). */
async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option }).click();
}

/** Types into a country picker and takes the country offered. */
async function pickCountry(page: Page, combobox: Locator, country: string): Promise<void> {
  await combobox.fill(country);
  await page
    .getByRole('option', { name: new RegExp(`^${country}`) })
    .first()
    .click();
}

async function setUpOrganisation(app: App): Promise<void> {
  const { page } = app;
  await page.getByLabel('Legal name').fill('Kmetija Zelena dolina d.o.o.');
  await pickCountry(page, page.getByRole('combobox', { name: 'Country of establishment' }), 'Slovenia');
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
}

async function addProcessorWithSubProcessor(app: App): Promise<void> {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Processors/ })
    .click();
  await page.getByRole('button', { name: 'New processor' }).click();
  const editor = page.getByRole('region', { name: 'Processor editor' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Oblak Hosting GmbH');
  await pickCountry(page, editor.getByRole('combobox', { name: 'Country', exact: true }), 'Germany');
  await editor.getByRole('button', { name: 'Save' }).click();
  const tree = page.getByRole('treegrid', { name: 'Processors' });
  await expect(tree.getByRole('row', { name: /Oblak Hosting GmbH/ })).toBeVisible();

  await tree.getByRole('row', { name: /Oblak Hosting GmbH/ }).click();
  await page.getByRole('button', { name: 'Add sub-processor' }).click();
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Varnostne kopije AB');
  await pickCountry(page, editor.getByRole('combobox', { name: 'Country', exact: true }), 'Sweden');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(tree.getByRole('row', { name: /Varnostne kopije AB/ })).toBeVisible();
}

async function addActivityWithTransfer(app: App): Promise<void> {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
  await page.getByRole('button', { name: 'New activity' }).first().click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Payroll');

  const purposes = editor.getByRole('group', { name: 'Purposes' });
  await purposes.getByRole('button', { name: 'Add purpose' }).click();
  await purposes.getByRole('textbox').last().fill('Paying salaries and social contributions');

  const bases = editor.getByRole('group', { name: 'Legal bases (Art. 6)' });
  await bases.getByRole('button', { name: 'Add legal basis' }).click();
  await choose(page, bases.getByRole('button', { name: /Art\. 6 basis/ }).first(), /^Contract/);

  const subjects = editor.getByRole('group', { name: 'Categories of data subjects' });
  await subjects.getByRole('button', { name: 'Add category of data subjects' }).click();
  await subjects.getByRole('combobox').last().fill('Employees');
  // The field suggests texts as one types ("Employees" is one): Escape closes the suggestions and keeps the text.
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  const categories = editor.getByRole('group', { name: 'Categories of personal data' });
  await categories.getByRole('button', { name: 'Add category of personal data' }).click();
  const processors = editor.getByRole('group', { name: 'Processors used' }).first();
  const transfers = editor.getByRole('group', { name: 'Transfers' });
  await categories.getByRole('combobox', { name: 'Data category' }).fill('Bank account number');
  await processors.getByRole('combobox', { name: 'Add processor' }).pressSequentially('Oblak');
  await page.getByRole('option', { name: /Oblak Hosting GmbH/ }).click();
  await editor.getByRole('textbox', { name: 'Time limit for erasure' }).fill('10 years after the end of employment');
  await transfers.getByRole('button', { name: 'Add transfer' }).click();
  const transfer = transfers.getByRole('group', { name: 'Transfer 1' });
  await pickCountry(page, transfer.getByRole('combobox', { name: 'Country' }), 'United States');
  await choose(page, transfer.getByRole('button', { name: /Processor$/ }), /Oblak Hosting GmbH/);
  await choose(page, transfer.getByRole('button', { name: /Transfer tool$/ }), /Standard contractual clauses/);
  await transfer.getByRole('textbox', { name: 'Safeguards' }).fill('SCC module 3, signed 2026-03-01');
  await editor.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'Active' }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Unsaved changes')).toBeHidden();
  await expect(page.getByRole('grid', { name: 'Activities' }).getByRole('row', { name: /Payroll/ })).toBeVisible();
}

test('an organisation, a processor with a sub-processor and an activity with a transfer survive a reload', { tag: '@journey' }, async ({ app }) => {
  await app.open();
  await setUpOrganisation(app);
  await addProcessorWithSubProcessor(app);
  await addActivityWithTransfer(app);
  await app.screenshot('activity-editor-saved');

  await app.page.reload();
  const { page } = app;
  const activities = page.getByRole('grid', { name: 'Activities' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
  await activities.getByRole('row', { name: /Payroll/ }).click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await expect(editor.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Payroll');
  const transfer = editor.getByRole('group', { name: 'Transfer 1' });
  await expect(transfer.getByRole('combobox', { name: 'Country' })).toHaveValue(/United States/);
  await expect(transfer.getByRole('button', { name: /Transfer tool$/ })).toContainText('Standard contractual clauses');
  await expect(editor.getByRole('group', { name: 'Processors used' }).first()).toContainText('Oblak Hosting GmbH');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Processors/ })
    .click();
  const tree = page.getByRole('treegrid', { name: 'Processors' });
  await expect(tree.getByRole('row', { name: /Oblak Hosting GmbH/ })).toHaveAttribute('aria-level', '1');
  await expect(tree.getByRole('row', { name: /Varnostne kopije AB/ })).toHaveAttribute('aria-level', '2');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Organisations/ })
    .click();
  await expect(page.getByRole('grid', { name: 'Organisations' }).getByRole('row', { name: /Kmetija Zelena dolina/ })).toBeVisible();
});
