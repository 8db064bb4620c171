// Activity templates (issue 17): "From a template…" on the Activities screen adds a standard activity as a draft and
// opens it; a DPO takes the payroll template to a saved, active activity the register checks find nothing wrong
// with in a handful of clicks, typing only the owner. A Bulgarian register gets the template's Bulgarian texts.
import type { Locator } from '@playwright/test';
import type { ActivitySummary } from '../../shared/ipc/contract.ts';
import type { RegisterCheck } from '../../shared/checks/register-check.ts';
import { test, expect, type App } from './support/app.ts';
import { exchangeFile, openImported } from './support/registers.ts';

const ORGANISATION = '7a1d3b6e-2c4f-4d8a-9b0e-5f6a7b8c9d01';
const meta = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };

/** A register of one organisation and no activities yet, in `language`, opened in the app. */
async function openEmptyRegister(app: App, language: string, organisation: string): Promise<void> {
  const file = exchangeFile(app, `templates-${language}`, {
    register: { id: `7a1d3b6e-2c4f-4d8a-9b0e-5f6a7b8c9d1${language === 'en' ? '0' : '1'}`, name: `Register (${language})`, defaultLanguage: language },
    organisations: [
      { id: ORGANISATION, ...meta, name: organisation, country: language === 'bg' ? 'BG' : 'SI', address: 'Main street 1', email: 'dpo@example.test' },
    ],
    activities: [],
  });
  await openImported(app, `templates-${language}`, file);
}

/** That register, open on its (empty) activities table. */
async function openEmptyActivities(app: App, language: string, organisation: string): Promise<void> {
  await openEmptyRegister(app, language, organisation);
  await app.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
}

/** Clicks, counting: the test says how many clicks the whole flow took. */
function clickCounter() {
  let count = 0;
  return {
    click: async (target: Locator) => {
      count += 1;
      await target.click();
    },
    get count() {
      return count;
    },
  };
}

test('payroll from the template to a saved, active activity without findings in at most 12 clicks, typing only the owner', async ({ app }) => {
  await openEmptyRegister(app, 'en', 'Acme Ltd');
  const { page } = app;
  const clicks = clickCounter();

  await clicks.click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Activities/ }));
  await clicks.click(page.getByRole('button', { name: 'From a template…' }));
  const dialog = page.getByRole('dialog', { name: 'New activity from a template' });
  await clicks.click(dialog.getByRole('option', { name: 'Payroll and benefits' }));
  // The preview shows what the activity will hold, the special categories marked.
  const preview = dialog.getByRole('article', { name: 'Preview of Payroll and benefits' });
  await expect(preview.getByRole('heading', { name: 'Purposes' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Retention' })).toBeVisible();
  // Payroll periods are national: the retention says so rather than citing a source for a period.
  await expect(preview.getByText(/^No source sets a period: decide it\./)).toBeVisible();
  await expect(preview.getByText('Special category').first()).toBeVisible();
  await app.screenshot('templates-en');
  await clicks.click(dialog.getByRole('button', { name: 'Add as a draft' }));
  await expect(dialog).toBeHidden();

  const editor = page.getByRole('region', { name: 'Activity editor' });
  await expect(editor.getByRole('heading', { name: 'Payroll and benefits' })).toBeVisible();
  const owner = editor.getByRole('textbox', { name: 'Owner' });
  await clicks.click(owner);
  await owner.fill('HR department');
  await clicks.click(editor.getByRole('radio', { name: 'Active' }));
  await clicks.click(editor.getByRole('button', { name: 'Save', exact: true }));
  await expect(editor.getByText('Unsaved changes')).toHaveCount(0);
  await app.screenshot('templates-en-saved');

  expect(clicks.count).toBeLessThanOrEqual(12);
  const listed = (await app.bridge.backend.invoke('listActivities', {})) as { ok: true; value: ActivitySummary[] };
  expect(listed.value).toHaveLength(1);
  const saved = listed.value[0] as ActivitySummary;
  expect(saved.status).toBe('active');
  expect(saved.owner).toBe('HR department');
  const check = (await app.bridge.backend.invoke('checkRegister', {})) as { ok: true; value: RegisterCheck };
  const errors = check.value.findings.filter((finding) => finding.severity === 'error' && finding.record.id === saved.id);
  expect(errors.map((finding) => finding.message)).toEqual([]);
  await expect(page.getByRole('row', { name: /Payroll and benefits/ })).not.toContainText('error');
});

test('the keyboard alone: type to filter, arrows to move, Enter to add', { tag: '@journey' }, async ({ app }) => {
  await openEmptyActivities(app, 'en', 'Acme Ltd');
  const { page } = app;
  await page.getByRole('button', { name: 'From a template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New activity from a template' });
  const search = dialog.getByRole('searchbox', { name: 'Search templates' });
  await expect(search).toBeFocused();
  await search.pressSequentially('cust');
  await expect(dialog.getByRole('option', { name: 'Customer support' })).toBeVisible();
  expect(await dialog.getByRole('option').count()).toBeGreaterThan(1);
  // Typing puts the list's focus on the first match; the arrow moves it on, and the preview follows.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = (await dialog.getByRole('option').nth(1).textContent()) ?? '';
  await expect(dialog.getByRole('article', { name: `Preview of ${second}` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await expect(editor.getByRole('heading', { name: second })).toBeVisible();
  const listed = (await app.bridge.backend.invoke('listActivities', {})) as { ok: true; value: ActivitySummary[] };
  expect(listed.value.map((activity) => activity.status)).toEqual(['draft']);
});

test("a register whose default language is Bulgarian gets the template's Bulgarian texts", { tag: '@journey' }, async ({ app }) => {
  await openEmptyActivities(app, 'bg', 'Акме ЕООД');
  const { page } = app;
  await page.getByRole('button', { name: 'From a template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New activity from a template' });
  const payroll = 'Възнаграждения и социални придобивки на служителите';
  await dialog.getByRole('option', { name: payroll }).click();
  const preview = dialog.getByRole('article', { name: `Preview of ${payroll}` });
  await expect(preview.getByRole('heading', { name: payroll })).toBeVisible();
  await app.screenshot('templates-bg');
  await dialog.getByRole('button', { name: 'Add as a draft' }).click();

  const editor = page.getByRole('region', { name: 'Activity editor' });
  await expect(editor.getByRole('heading', { name: payroll })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(payroll);
  // The lists' texts are Bulgarian too: the first data subject is written in Cyrillic.
  const subject = editor.getByRole('group', { name: 'Categories of data subjects' }).getByRole('combobox').first();
  await expect(subject).toHaveValue(/[А-Яа-я]/);
  await app.screenshot('templates-bg-editor');
});

test(
  'a data category suggests as one types and marks a health category special; a new processor fills from the catalogue',
  { tag: '@journey' },
  async ({ app }) => {
    await openEmptyActivities(app, 'en', 'Acme Ltd');
    const { page } = app;
    await page.getByRole('button', { name: 'New activity' }).click();
    const editor = page.getByRole('region', { name: 'Activity editor' });
    const categories = editor.getByRole('group', { name: 'Categories of personal data' });
    await categories.getByRole('button', { name: 'Add category of personal data' }).click();
    await categories.getByRole('combobox', { name: 'Data category' }).pressSequentially('heal');
    await page.getByRole('option', { name: /^Health data/ }).click();
    await expect(categories.getByRole('combobox', { name: 'Data category' })).toHaveValue('Health data');
    await expect(categories.getByRole('checkbox', { name: 'Special (Art. 9/10)' })).toBeChecked();
    await categories.getByRole('button', { name: 'Add category of personal data' }).click();
    await categories.getByRole('group', { name: 'Data category 2' }).getByRole('combobox').pressSequentially('bank');
    await expect(page.getByRole('option').first()).toBeVisible();
    await app.screenshot('templates-suggestions');
    await page.keyboard.press('Escape');

    await editor.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Processors/ })
      .click();
    await page.getByRole('button', { name: 'New processor' }).click();
    const processor = page.getByRole('region', { name: 'Processor editor' });
    await processor.getByRole('button', { name: 'Fill from the catalogue…' }).click();
    const chooser = page.getByRole('dialog', { name: 'Fill from the catalogue' });
    await chooser.getByRole('searchbox', { name: 'Search providers' }).pressSequentially('microsoft 365');
    await app.screenshot('templates-catalogue');
    await chooser.getByRole('option', { name: /^Microsoft 365/ }).click();
    await expect(chooser).toBeHidden();
    await expect(processor.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Microsoft Ireland Operations Limited');
    await expect(processor.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('Ireland');
    await expect(processor.getByRole('checkbox', { name: 'Certified under the EU–US Data Privacy Framework' })).toBeChecked();
    await processor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('treegrid', { name: 'Processors' }).getByRole('row', { name: /Microsoft Ireland Operations Limited/ })).toBeVisible();
    // Only while creating: a saved processor's editor does not offer it.
    await expect(processor.getByRole('button', { name: 'Fill from the catalogue…' })).toHaveCount(0);
  },
);
