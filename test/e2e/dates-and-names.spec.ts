// Dates typed as English is written in Europe (day first) or as YYYY-MM-DD, or picked from a calendar, saved as
// YYYY-MM-DD and shown in full; a name nearly another's asked about before saving; a name too long refused with its
// limit stated; and a toast about a long name that never covers the editor's Save and Close.
import type { Locator, Page } from '@playwright/test';
import { test, expect, type App } from './support/app.ts';
import type { ActivitySummary } from '../../shared/ipc/contract.ts';

async function openDemo(app: App): Promise<void> {
  await app.open();
  await app.page.getByRole('button', { name: 'Open demo register' }).click();
  await expect(app.page).toHaveTitle(/BY THE WAY LLC/);
}

async function goTo(page: Page, screen: 'Activities' | 'Processors'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${screen}`) })
    .click();
}

async function openActivity(page: Page, name: string): Promise<Locator> {
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: new RegExp(name) })
    .click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await expect(editor.getByRole('heading', { name })).toBeVisible();
  return editor;
}

async function newProcessor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New processor' }).click();
  const editor = page.getByRole('region', { name: 'Processor editor' });
  await expect(editor.getByRole('heading', { name: 'New processor' })).toBeVisible();
  return editor;
}

/** True when the two boxes share any point. */
function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('01/12/2027 typed into the next review is saved as 2027-12-01 and shown as 1 December 2027', { tag: '@journey' }, async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await goTo(page, 'Activities');
  const editor = await openActivity(page, 'Personal Account');
  const nextReview = editor.getByRole('textbox', { name: 'Next review on' });
  await expect(nextReview).toHaveAttribute('placeholder', 'DD/MM/YYYY');
  await nextReview.fill('01/12/2027');
  await nextReview.blur();
  await expect(nextReview).toHaveAccessibleDescription('1 December 2027');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Unsaved changes')).toBeHidden();
  await nextReview.evaluate((element) => element.scrollIntoView({ block: 'center' }));

  const listed = (await app.bridge.backend.invoke('listActivities', {})) as { ok: true; value: ActivitySummary[] };
  expect(listed.value.find((activity) => activity.name === 'Personal Account')?.nextReviewOn).toBe('2027-12-01');
  await app.screenshot('dates-typed');

  // The calendar opens on the month of the date, weeks from Monday; a day picked fills in the field.
  await editor.getByRole('button', { name: 'Open the calendar for “Next review on”' }).click();
  const calendar = page.getByRole('dialog');
  await expect(calendar.getByRole('heading', { name: 'December 2027' })).toBeVisible();
  await app.screenshot('dates-calendar');
  await calendar.getByRole('button', { name: /15 December 2027/ }).click();
  await expect(nextReview).toHaveValue('15/12/2027');
  await expect(nextReview).toHaveAccessibleDescription('15 December 2027');

  // The table (all its columns once the editor is closed) shows the saved date in full too.
  await editor.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  const row = page.getByRole('grid', { name: 'Activities' }).getByRole('row', { name: /Personal Account/ });
  await expect(row).toContainText('1 December 2027');
  await app.screenshot('dates-table');
});

test('setting the last review proposes the next a year later; a next review before the last is refused', { tag: '@journey' }, async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await goTo(page, 'Activities');
  const editor = await openActivity(page, 'Payments for services');
  const lastReview = editor.getByRole('textbox', { name: 'Last reviewed on' });
  const nextReview = editor.getByRole('textbox', { name: 'Next review on' });
  await lastReview.fill('2026-03-15');
  await lastReview.blur();
  await expect(lastReview).toHaveValue('15/03/2026');
  await expect(nextReview).toHaveValue('15/03/2027');

  await nextReview.fill('1/3/2026');
  await nextReview.blur();
  await expect(nextReview).toHaveAttribute('aria-invalid', 'true');
  await expect(nextReview).toHaveAccessibleDescription(/Next review on: is before the last review \(15 March 2026\)/);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText('Next review on: is before the last review (15 March 2026)');
  await nextReview.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await app.screenshot('dates-next-before-last');
});

test('a processor named nearly as another asks first: Cancel keeps the draft, Save anyway saves it', { tag: '@journey' }, async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await goTo(page, 'Processors');
  const editor = await newProcessor(page);
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Digital Ocean, L.L.C.');
  await editor.getByRole('button', { name: 'Save' }).click();
  const question = page.getByRole('alertdialog', { name: 'Already in the register?' });
  await expect(question).toContainText('A processor named “DigitalOcean LLC” already exists: save anyway, or open it?');
  await expect(question.getByRole('button', { name: 'Open the other' })).toBeVisible();
  await app.screenshot('duplicate-question');

  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(editor.getByText('Unsaved changes')).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await question.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByText('Processor “Digital Ocean, L.L.C.” added')).toBeVisible();
  await expect(page.getByRole('treegrid', { name: 'Processors' }).getByRole('row', { name: /Digital Ocean, L\.L\.C\./ })).toBeVisible();
});

test('a 5,000-character name is refused with the limit stated', { tag: '@journey' }, async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  await goTo(page, 'Processors');
  const editor = await newProcessor(page);
  const name = editor.getByRole('textbox', { name: 'Name', exact: true });
  // A paragraph pasted into the name by mistake.
  const pasted = 'Cloud hosting and backups under the data processing agreement of 2025. '.repeat(80).slice(0, 5000);
  await name.fill(pasted);
  await name.blur();
  await expect(name).toHaveAccessibleDescription(/Name: is 5,000 characters long; a name is at most 200/);
  await expect(editor.getByText('5,000 of 200 characters: 4,800 too many')).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText('Name: is 5,000 characters long; a name is at most 200');
  await app.screenshot('long-name-refused');
});

test('the toast about a long name never covers the editor’s Save and Close, and has the whole name on hover', { tag: '@journey' }, async ({ app }) => {
  await openDemo(app);
  const { page } = app;
  // A laptop's small window: less room between the toasts and the editor's buttons.
  await page.setViewportSize({ width: 1024, height: 640 });
  await goTo(page, 'Processors');
  const editor = await newProcessor(page);
  const name = editor.getByRole('textbox', { name: 'Name', exact: true });
  const longest = 'Regional cloud hosting and managed backup services provider '.repeat(4).slice(0, 200);
  await name.fill(longest);
  await editor.getByRole('button', { name: 'Save' }).click();
  const toasts = page.getByRole('region', { name: 'Notifications' });
  const title = toasts.getByText(/^Processor “/);
  await expect(title).toBeVisible();
  // The pointer on the toast keeps it (react-aria pauses its timer) while it is measured.
  await title.hover();
  await expect(title).toHaveAttribute('title', `Processor “${longest}” added`);

  const region = await toasts.boundingBox();
  for (const button of [editor.getByRole('button', { name: 'Save' }), editor.getByRole('button', { name: 'Close' })]) {
    const box = await button.boundingBox();
    expect(region).not.toBeNull();
    expect(box).not.toBeNull();
    if (region !== null && box !== null) expect(overlap(region, box)).toBe(false);
  }
  await app.screenshot('long-toasts');
  // Not covered: Playwright clicks only what is on top at the button's place.
  await editor.getByRole('button', { name: 'Close' }).click({ timeout: 5000 });
  await expect(editor).toBeHidden();
});
