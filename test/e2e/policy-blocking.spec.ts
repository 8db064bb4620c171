import { existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type App } from './support/app.ts';
import { openPolicyOf } from './support/registers.ts';

/** Export HTML, the path typed in the browser's Save as dialog (the desktop app would show its native one). */
async function exportHtml(app: App, target: string): Promise<void> {
  await app.page.getByRole('button', { name: 'Export HTML' }).click();
  const dialog = app.page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(target);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

test(
  'an export held back by the checks lists the errors, each leading to its record; "Export anyway" writes the policy',
  { tag: '@journey' },
  async ({ app }) => {
    // BY THE WAY is a Ukrainian controller with no representative in the Union: an error in what the policy publishes.
    await openPolicyOf(app, 'bytheway-en');
    const { page } = app;
    const target = path.join(app.dataDir, 'policy.html');

    await exportHtml(app, target);
    const blocked = page.getByRole('alertdialog', { name: /^The policy was not exported/ });
    await expect(blocked.getByRole('heading', { level: 2 })).toHaveText(/^The policy was not exported: \d+ errors in what it publishes$/);
    const findings = blocked.getByRole('list', { name: 'Errors that held the policy back' });
    const representative = findings.locator('[data-rule="representative-missing"]');
    await expect(representative).toContainText('no representative in the Union is recorded');
    // Only what the policy publishes: a processor's missing contract is the register's business.
    await expect(findings.locator('[data-rule="processor-contract-missing"]')).toHaveCount(0);
    expect(existsSync(target)).toBe(false);
    await app.screenshot('policy-export-blocked');

    // The finding leads to the organisation's record, at the field.
    await representative.getByRole('button', { name: /^Organisation BY THE WAY/ }).click();
    await expect(blocked).toBeHidden();
    await expect(page).toHaveURL(/#\/organisations\//);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy policy' }).click();
    await exportHtml(app, target);
    await expect(blocked).toBeVisible();
    expect(existsSync(target)).toBe(false);
    await blocked.getByRole('button', { name: 'Export anyway' }).click();
    await expect(blocked).toBeHidden();
    await expect.poll(() => existsSync(target)).toBe(true);
    await expect(page.getByText(`Saved to ${target}`)).toBeVisible();
  },
);
