// A DPO's own spreadsheet, in no layout RoPA Desk knows, imported on the Import screen: the app suggests where each
// column goes, the DPO corrects one column by hand and sees the preview follow, merges the activities, and the next
// file with the same headers is read with the mapping saved by that import.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { test, expect, type App } from './support/app.ts';
import { openImported } from './support/registers.ts';
import { fixturePath } from '../support/fixtures.ts';
import type { Locator, Page } from '@playwright/test';

/**
 * How long a step that reads a file in the backend's reading thread, or merges and checks the register, may take: the
 * thread starts with the first file, and the build machines are busy. Only there to end a hang, never a judgement of speed.
 */
const BACKEND_WORK = 60_000;

/** A DPO's own words for the columns; the last header is long, as headers with instructions in them are. */
const REFERENCE = 'Internal ref (the number in the facilities team’s own tracker, please do not change it)';
const HEADERS = ['Activity', 'Why we do it', 'Lawful basis', 'Whose data', 'What data', 'Kept for', REFERENCE];

/** A CSV of activities as a DPO keeps it in their own spreadsheet, written in the test's data folder. */
function ownSpreadsheet(app: App, name: string, rows: string[][]): string {
  const file = path.join(app.dataDir, name);
  writeFileSync(file, Papa.unparse([HEADERS, ...rows]));
  return file;
}

/** The target chooser of one column (its accessible name says which column), in the mapping panel. */
function targetOf(panel: Locator, header: string): Locator {
  const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return panel.getByRole('button', { name: new RegExp(`Where “${escaped}” goes`) });
}

/** Picks `target` for the column `header`; `screenshot` names a picture of the open chooser, taken before the pick. */
async function chooseTarget(app: App, panel: Locator, header: string, target: string, screenshot?: string): Promise<void> {
  await targetOf(panel, header).click();
  const option = app.page.getByRole('option', { name: target, exact: true });
  await expect(option).toBeVisible();
  if (screenshot !== undefined) await app.screenshot(screenshot);
  await option.click();
}

async function chooseFile(page: Page, file: string): Promise<void> {
  await page.getByRole('textbox', { name: 'File', exact: true }).fill(file);
  await page.getByRole('button', { name: 'Preview the merge' }).click();
}

/** Sets the app's text sizes (its --text-size and --small-size tokens), or puts its own back. */
async function textSizes(page: Page, sizes: { text: string; small: string } | undefined): Promise<void> {
  await page.evaluate((given) => {
    const style = document.documentElement.style;
    if (given === undefined) {
      style.removeProperty('--text-size');
      style.removeProperty('--small-size');
    } else {
      style.setProperty('--text-size', given.text);
      style.setProperty('--small-size', given.small);
    }
  }, sizes);
}

/** True when nothing in the panel sticks out of it sideways (cut text, a table wider than the window). */
async function fitsSideways(panel: Locator): Promise<boolean> {
  return panel.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
}

test('a spreadsheet in no known layout is mapped column by column, merged, and its mapping offered for the next file', { tag: '@journey' }, async ({ app }) => {
  // Two files read in the backend's reading thread, a merge and its backup: more than a short spec's share of a busy machine.
  test.slow();
  await openImported(app, 'bytheway', fixturePath('bytheway-en'));
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  const navigation = page.getByRole('navigation', { name: 'Main' });
  await navigation.getByRole('link', { name: 'Import' }).click();

  const first = ownSpreadsheet(app, 'facilities-activities.csv', [
    [
      'Visitor badges',
      'Let visitors into the building; Know who is on site',
      'Legitimate interests',
      'Visitors',
      'Name; Photo; Host',
      '30 days after the visit',
      'FAC-02',
    ],
    ['Staff rota planning', 'Plan shifts and cover absences', 'Contract', 'Employees', 'Name; Shift preferences', 'Two years after leaving', 'HR-07'],
    // A lawful basis in words of its own: kept as text, and said so with its row and column.
    [
      'Building newsletter',
      'Tell tenants about works in the building',
      'The tenants asked for it',
      'Tenants',
      'Email address',
      'Until they unsubscribe',
      'FAC-11',
    ],
  ]);
  await chooseFile(page, first);

  // The file is in no layout the app knows: the mapping panel opens with its suggestion.
  const panel = page.getByRole('region', { name: 'Map the columns of “facilities-activities.csv”' });
  await expect(panel).toBeVisible({ timeout: BACKEND_WORK });
  await expect(targetOf(panel, 'Activity')).toContainText('Activity name');
  await expect(targetOf(panel, 'Lawful basis')).toContainText('Legal bases (Art. 6)');
  await expect(panel.getByRole('list', { name: 'First values of “Why we do it”' })).toContainText('Plan shifts and cover absences');
  await expect(panel.getByRole('textbox', { name: 'Save this mapping as' })).toHaveValue('facilities-activities');
  await app.screenshot('import-mapping-suggested');

  // "Why we do it" says little to the app; the DPO says it holds the purposes, and the preview follows.
  await chooseTarget(app, panel, 'Why we do it', 'Purposes', 'import-mapping-target-chooser');
  await expect(targetOf(panel, 'Why we do it')).toContainText('Purposes');
  const previewTable = panel.getByRole('table', { name: /The file gives 3 activities/ });
  const badges = previewTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Visitor badges' }) });
  await expect(badges).toContainText('Let visitors into the building');
  await expect(badges).toContainText('Know who is on site');
  await expect(badges).toContainText('Legitimate interests');
  await expect(panel.getByRole('region', { name: /Values kept as text/ })).toContainText('Row 4, column “Lawful basis”');
  expect(await fitsSideways(panel)).toBe(true);
  await app.screenshot('import-mapping-retargeted');
  await previewTable.scrollIntoViewIfNeeded();
  await app.screenshot('import-mapping-preview');

  // The activity's name comes from one column: choosing it for another moves it there, and the panel says so.
  await chooseTarget(app, panel, REFERENCE, 'Activity name');
  await expect(targetOf(panel, 'Activity')).toContainText('Keep as an extra field');
  const referenceRow = panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: REFERENCE }) });
  await expect(referenceRow).toContainText('“Activity name” now comes from this column only: “Activity” is kept as an extra field.');
  await expect(previewTable.getByRole('rowheader', { name: 'FAC-02' })).toBeVisible();
  await app.screenshot('import-mapping-moved');
  await chooseTarget(app, panel, 'Activity', 'Activity name');
  await expect(targetOf(panel, REFERENCE)).toContainText('Keep as an extra field');
  await expect(previewTable.getByRole('rowheader', { name: 'Visitor badges' })).toBeVisible();

  // Text a third longer (as a longer language makes it): rows grow downwards, nothing sticks out. Set through the
  // style tokens, since the app's CSP refuses an inline style sheet.
  await textSizes(page, { text: '17px', small: '16px' });
  expect(await fitsSideways(panel)).toBe(true);
  await panel.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
  await app.screenshot('import-mapping-larger-text');
  await previewTable.scrollIntoViewIfNeeded();
  await app.screenshot('import-mapping-larger-text-preview');
  await textSizes(page, undefined);

  await panel.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByRole('heading', { name: 'What merging “facilities-activities.csv” would do' })).toBeVisible({ timeout: BACKEND_WORK });
  await expect(page.getByRole('heading', { name: 'Visitor badges' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Staff rota planning' })).toBeVisible();
  await page.getByRole('heading', { name: 'What merging “facilities-activities.csv” would do' }).scrollIntoViewIfNeeded();
  await app.screenshot('import-mapping-merge-preview');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText(/^Merged: 3 added/)).toBeVisible({ timeout: BACKEND_WORK });

  await navigation.getByRole('link', { name: /^Activities/ }).click();
  const table = page.getByRole('grid', { name: 'Activities' });
  for (const name of ['Visitor badges', 'Staff rota planning', 'Building newsletter']) {
    await expect(table.getByRole('row').filter({ hasText: name })).toHaveCount(1);
  }
  await app.screenshot('import-mapping-activities');

  // The next file with the same headers: the mapping saved by the import is offered, with the DPO's own correction.
  await navigation.getByRole('link', { name: 'Import' }).click();
  const second = ownSpreadsheet(app, 'facilities-2027.csv', [
    ['Parking permits', 'Allocate parking spaces', 'Contract', 'Employees', 'Name; Number plate', 'Until the permit ends', 'FAC-14'],
  ]);
  await chooseFile(page, second);
  const again = page.getByRole('region', { name: 'Map the columns of “facilities-2027.csv”' });
  await expect(again).toBeVisible({ timeout: BACKEND_WORK });
  await expect(again.getByText('Using the mapping saved as “facilities-activities” for files with these columns.')).toBeVisible();
  await expect(targetOf(again, 'Why we do it')).toContainText('Purposes');
  await expect(again.getByRole('textbox', { name: 'Save this mapping as' })).toHaveValue('facilities-activities');
  await expect(again.getByRole('table', { name: /The file gives 1 activity/ })).toContainText('Allocate parking spaces');
  await app.screenshot('import-mapping-saved');
});
