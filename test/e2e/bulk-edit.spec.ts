// Bulk edits in the real renderer over the real backend: twenty activities selected with a Shift+click range get one
// owner, the table shows it, and the notice's Undo puts every old owner back; processors get a data location.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { generateRegister } from '../tools/generate-register.ts';
import { test, expect, type App } from './support/app.ts';
import { openImported } from './support/registers.ts';

/** A register of 30 generated activities (PA-0001 … PA-0030) and their processors, opened on `screen`. */
async function openGenerated(app: App, screen: 'Activities' | 'Processors') {
  const source = path.join(app.dataDir, 'generated.ropa.json');
  writeFileSync(source, serialiseExchangeDocument(generateRegister({ activities: 30, seed: 17, organisations: 1 })));
  await openImported(app, 'generated', source);
  await app.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${screen}`) })
    .click();
}

const reference = (index: number) => `PA-${String(index).padStart(4, '0')}`;
const firstReferences = (count: number) => Array.from({ length: count }, (_, index) => reference(index + 1));

/** The text of every row drawn (all 30 are: the table draws a screenful and more), by reference, in one look. */
function rowTexts(table: Locator): Promise<Record<string, string>> {
  return table
    .locator('[role="row"][data-index]')
    .evaluateAll((rows) => Object.fromEntries(rows.map((row) => [/PA-\d{4}/.exec(row.textContent ?? '')?.[0] ?? '', (row as HTMLElement).innerText])));
}

/** The references of the rows drawn whose text includes `text`, in order. */
async function referencesWith(table: Locator, text: string): Promise<string[]> {
  const texts = await rowTexts(table);
  return Object.keys(texts)
    .filter((key) => texts[key]?.includes(text) === true)
    .sort();
}

test('twenty activities selected with Shift+click get one owner, and Undo puts each old owner back', async ({ app }) => {
  // Two spawned CLI runs make the register, and twenty rows are compared twice: on a loaded two-core machine that
  // comes near the default minute, which is there to end a hang, not to judge speed.
  test.slow();
  await openGenerated(app, 'Activities');
  const { page } = app;
  const table = page.getByRole('grid', { name: 'Activities' });
  await expect(table.getByRole('row', { name: /PA-0030/ })).toBeAttached();
  // The checks' counts are in the rows too: wait for them, so that the texts compared below are whole.
  await expect(table.getByRole('row', { name: /PA-0001/ })).toContainText(/error|warning|note|No open findings/);
  const before = await rowTexts(table);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(firstReferences(30)));
  expect(await referencesWith(table, 'Data protection team')).toEqual([]);

  await table.getByRole('checkbox', { name: /^Select PA-0001 / }).click();
  await table.getByRole('row', { name: /PA-0020/ }).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('toolbar', { name: 'Bulk edit of Activities' });
  await expect(page.getByText('20 selected', { exact: true })).toBeVisible();
  await expect(table.locator('[role="row"][aria-selected="true"]')).toHaveCount(20);
  await expect(table.getByRole('checkbox', { name: /^Select PA-0021 / })).not.toBeChecked();
  // A Shift+click selects; it opens no editor.
  await expect(page.getByRole('region', { name: 'Activity editor' })).toHaveCount(0);
  await app.screenshot('bulk-edit-selected');

  await bar.getByRole('button', { name: 'Set owner…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set the owner' });
  await expect(dialog).toContainText('Changes the 20 selected activities');
  await dialog.getByRole('textbox', { name: 'Owner' }).fill('Data protection team');
  await app.screenshot('bulk-edit-dialog');
  await dialog.getByRole('button', { name: 'Apply' }).click();

  const notice = page.getByRole('group', { name: /^Bulk edit #\d+$/ });
  await expect(notice).toContainText('Owner set on 20 activities');
  await expect.poll(() => referencesWith(table, 'Data protection team')).toEqual(firstReferences(20));
  await app.screenshot('bulk-edit-owner-set');

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Bulk edit undone: 20 activities are back as they were')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => referencesWith(table, 'Data protection team')).toEqual([]);
  await expect.poll(() => rowTexts(table)).toEqual(before);
  await app.screenshot('bulk-edit-undone');
});

test('rows are selected from the keyboard: Space toggles, Shift+Down extends, and Enter still opens', { tag: '@journey' }, async ({ app }) => {
  await openGenerated(app, 'Activities');
  const { page } = app;
  const table = page.getByRole('grid', { name: 'Activities' });
  await table.getByRole('row', { name: /PA-0003/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
  await expect(table.getByRole('row', { name: /PA-0005/ })).toBeFocused();
  await expect(table.getByRole('checkbox', { name: /^Select PA-0005 / })).toBeChecked();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Activity editor' })).toBeVisible();
  // The editor beside the table leaves it narrower: the selection and its bar stay.
  await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
  await app.screenshot('bulk-edit-with-editor');
});

test('a status the drafts cannot take is refused as a whole, naming the incomplete ones', { tag: '@journey' }, async ({ app }) => {
  await openGenerated(app, 'Activities');
  const { page } = app;
  const table = page.getByRole('grid', { name: 'Activities' });
  // The generated drafts: PA-0002 and PA-0009 have no purpose and no time limit yet, PA-0007 and PA-0010 are complete.
  for (const draft of ['PA-0002', 'PA-0007', 'PA-0009', 'PA-0010']) {
    await table.getByRole('row', { name: new RegExp(draft) }).click({ modifiers: ['ControlOrMeta'] });
  }
  await expect(page.getByText('4 selected', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Set status…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set the status' });
  await dialog.getByRole('button', { name: /Status/ }).click();
  await page.getByRole('option', { name: 'Active' }).click();
  await dialog.getByRole('button', { name: 'Apply' }).click();

  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Nothing was changed: 2 activities would not be valid after the change:');
  await expect(refusal).toContainText('PA-0002 “Recruitment 1”: purposes: needs at least one purpose (Art. 30(1)(b))');
  await expect(refusal).toContainText('PA-0009 “Supplier management 1”: purposes: needs at least one purpose');
  await app.screenshot('bulk-edit-refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  for (const draft of ['PA-0002', 'PA-0007', 'PA-0009', 'PA-0010']) {
    await expect(table.getByRole('row', { name: new RegExp(draft) })).toContainText('Draft');
  }
  await expect(page.getByRole('group', { name: /^Bulk edit #/ })).toHaveCount(0);
});

test('processors selected with Ctrl+click get a data location in one change', { tag: '@journey' }, async ({ app }) => {
  await openGenerated(app, 'Processors');
  const { page } = app;
  const table = page.getByRole('treegrid', { name: 'Processors' });
  const rows = table.locator('[role="row"][aria-level="1"]');
  await expect(rows.first()).toBeVisible();
  const names = [(await rows.nth(0).getAttribute('aria-label')) ?? '', (await rows.nth(1).getAttribute('aria-label')) ?? ''];
  await rows.nth(0).click({ modifiers: ['Control'] });
  await rows.nth(1).click({ modifiers: ['Control'] });
  await expect(page.getByText('2 selected', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Data locations…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add or remove a data location' });
  await dialog.getByRole('combobox', { name: /Country where the data are kept/ }).fill('Finl');
  await page.getByRole('option', { name: /Finland/ }).click();
  await app.screenshot('bulk-edit-processors-dialog');
  await dialog.getByRole('button', { name: 'Apply' }).click();

  await expect(page.getByRole('group', { name: /^Bulk edit #\d+$/ })).toContainText(/Finland added to the data locations of [12] processors?/);
  for (const name of names) await expect(table.getByRole('row', { name, exact: true })).toContainText('Finland');
  await app.screenshot('bulk-edit-processors');
});
