// Importing a colleague's edited file through the Import screen: the preview shows what changes and the one
// conflict, the conflict is resolved, the table shows the merged register, and Undo last import brings back the
// register as it was before.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type App } from './support/app.ts';
import { fixturePath } from '../support/fixtures.ts';
import { ropa } from '../support/cli.ts';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import type { ProcessingActivity } from '../../shared/model/records.ts';
import type { Result } from '../../shared/result.ts';

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The BY THE WAY register, imported with the CLI, opened on the Import screen. */
async function openOnImportScreen(app: App): Promise<void> {
  const registerPath = path.join(app.dataDir, 'bytheway.ropa');
  expect(ropa(['init', registerPath]).status).toBe(0);
  expect(ropa(['import', registerPath, fixturePath('bytheway-en')]).status).toBe(0);
  await app.open(registerPath);
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
}

test('a colleague’s edited file is merged on the Import screen, a conflict resolved, and Undo brings back the state before', async ({ app }) => {
  const registerPath = path.join(app.dataDir, 'bytheway.ropa');
  expect(ropa(['init', registerPath]).status).toBe(0);
  expect(ropa(['import', registerPath, fixturePath('bytheway-en')]).status).toBe(0);
  await app.open(registerPath);
  const { page } = app;
  const backend = app.bridge.backend;

  // HR gets an export, changes one activity's retention and another's owner; the DPO changes that owner meanwhile.
  const exported = valueOf<ExchangeDocument>(await backend.invoke('exportRegister', {}));
  const [retained, owned] = exported.activities as [ProcessingActivity, ProcessingActivity];
  const theirs = structuredClone(exported);
  theirs.activities[0] = { ...retained, retention: 'Six years after the end of the contract' };
  theirs.activities[1] = { ...owned, owner: 'HR department' };
  const colleagueFile = path.join(app.dataDir, 'hr-update.ropa.json');
  writeFileSync(colleagueFile, JSON.stringify(theirs, null, 2));
  const ours = valueOf<ProcessingActivity>(await backend.invoke('getActivity', { id: owned.id }));
  valueOf(await backend.invoke('saveActivity', { record: { ...ours, owner: 'Legal team' } }));

  const navigation = page.getByRole('navigation', { name: 'Main' });
  await navigation.getByRole('link', { name: 'Import' }).click();
  await page.getByRole('textbox', { name: 'File' }).fill(colleagueFile);
  await page.getByRole('button', { name: 'Preview the merge' }).click();

  const counts = page.getByRole('definition');
  await expect(page.getByRole('heading', { name: 'What merging “hr-update.ropa.json” would do' })).toBeVisible();
  await expect(page.getByText(/exported from this register/)).toBeVisible();
  await expect(counts).toHaveText([
    '0',
    '1',
    '1',
    '0',
    '0',
    String(exported.activities.length + exported.processors.length + exported.organisations.length - 2),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'conflict left' })).toHaveText('1 conflict left to decide.');
  const apply = page.getByRole('button', { name: 'Apply' });
  await expect(apply).toBeDisabled();
  await app.screenshot('import-preview-conflict');

  // The owner: theirs. The retention was changed only on their side and is taken without asking.
  const ownerChoice = page.getByRole('radiogroup', { name: /^Owner of/ });
  await ownerChoice.getByRole('radio', { name: 'Theirs' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Ready' })).toBeVisible();
  await apply.click();
  await expect(page.getByText('Merged: 0 added, 2 updated, 0 deleted')).toBeVisible();

  await navigation.getByRole('link', { name: /^Activities/ }).click();
  const table = page.getByRole('grid', { name: 'Activities' });
  await expect(table.getByRole('row').filter({ hasText: 'HR department' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Legal team' })).toHaveCount(0);
  await app.screenshot('import-merged-table');
  const merged = valueOf<ProcessingActivity>(await backend.invoke('getActivity', { id: retained.id }));
  expect(merged.retention).toBe('Six years after the end of the contract');

  await navigation.getByRole('link', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Undo last import…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('The last import was undone')).toBeVisible();

  await navigation.getByRole('link', { name: /^Activities/ }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Legal team' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'HR department' })).toHaveCount(0);
  const restored = valueOf<ProcessingActivity>(await backend.invoke('getActivity', { id: retained.id }));
  expect(restored.retention).toEqual(retained.retention);
});

test('a spreadsheet for a colleague is saved from the Import screen, and previewing it back changes nothing', { tag: '@journey' }, async ({ app }) => {
  await openOnImportScreen(app);
  const { page } = app;
  await app.screenshot('import-screen');

  const exportPanel = page.getByRole('region', { name: 'Send a part of the register to a colleague' });
  const spreadsheet = path.join(app.dataDir, 'for-hr.xlsx');
  await exportPanel.getByRole('textbox', { name: 'Save as' }).fill(spreadsheet);
  await exportPanel.getByRole('button', { name: 'Save the file' }).click();
  await expect(page.getByText('Saved 9 activities for your colleague')).toBeVisible();
  expect(existsSync(spreadsheet)).toBe(true);

  await page.getByRole('textbox', { name: 'File', exact: true }).fill(spreadsheet);
  await page.getByRole('button', { name: 'Preview the merge' }).click();
  await expect(page.getByText('The register already holds everything in this file: there is nothing to merge.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
});

test('chosen activities are sent to a colleague: searched, ticked, and only they are in the file', { tag: '@journey' }, async ({ app }) => {
  await openOnImportScreen(app);
  const { page } = app;
  const exportPanel = page.getByRole('region', { name: 'Send a part of the register to a colleague' });
  await exportPanel.getByRole('button', { name: /Format$/ }).click();
  await page.getByRole('option', { name: 'RoPA exchange file (.ropa.json)' }).click();
  await exportPanel.getByRole('button', { name: /Activities$/ }).click();
  await page.getByRole('option', { name: 'Chosen activities…' }).click();
  const file = path.join(app.dataDir, 'two.ropa.json');
  await exportPanel.getByRole('textbox', { name: 'Save as' }).fill(file);
  await exportPanel.getByRole('button', { name: 'Save the file' }).click();
  await expect(exportPanel.getByRole('alert')).toHaveText('Choose at least one activity to send.');

  const list = exportPanel.getByRole('listbox');
  await exportPanel.getByRole('searchbox', { name: 'Search activities' }).fill('payment');
  await list.getByRole('option', { name: /Payments for services/ }).click();
  await exportPanel.getByRole('searchbox', { name: 'Search activities' }).fill('');
  await list.getByRole('option', { name: /Personal Account/ }).click();
  await expect(exportPanel.getByRole('status')).toHaveText('2 activities chosen');
  await app.screenshot('export-chosen-activities');
  await exportPanel.getByRole('button', { name: 'Save the file' }).click();
  await expect(page.getByText('Saved 2 activities for your colleague')).toBeVisible();
  const written = JSON.parse(readFileSync(file, 'utf8')) as ExchangeDocument;
  expect(written.activities.map((activity) => activity.name).sort()).toEqual(['Payments for services', 'Personal Account']);
});
