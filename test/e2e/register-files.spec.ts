import path from 'node:path';
import { existsSync } from 'node:fs';
import { test, expect } from './support/app.ts';
import { createBackend } from '../../electron/main/backend/index.ts';
import { ropa } from '../support/cli.ts';
import { fixturePath } from '../support/fixtures.ts';

test('a new register is created, opened and named in the title; the previous one stays in Recent', async ({ app }) => {
  await app.open();
  const { page } = app;
  await expect(page).toHaveTitle('Register of processing activities — RoPA Desk');

  const newPath = path.join(app.dataDir, 'hr.ropa');
  await page.getByRole('button', { name: /^Register:/ }).click();
  await page.getByRole('menuitem', { name: 'New register…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New register' });
  await dialog.getByRole('textbox', { name: 'Register name' }).fill('HR records of processing');
  await dialog.getByRole('textbox', { name: 'File path' }).fill(newPath);
  await dialog.getByRole('button', { name: 'Create register' }).click();

  await expect(page).toHaveTitle('HR records of processing — RoPA Desk');
  await expect(page.getByRole('heading', { name: 'Set up your register' })).toBeVisible();
  expect(existsSync(newPath)).toBe(true);

  await page.getByRole('button', { name: /^Register:/ }).click();
  await page.getByRole('menuitem', { name: /Register\.ropa/ }).click();
  await expect(page).toHaveTitle('Register of processing activities — RoPA Desk');
});

test('a path that does not exist is refused in the Open dialog, which says why', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: /^Register:/ }).click();
  await page.getByRole('menuitem', { name: 'Open register…' }).click();
  const dialog = page.getByRole('dialog');
  const filePath = dialog.getByRole('textbox', { name: 'File path' });
  await filePath.fill(path.join(app.dataDir, 'nowhere.ropa'));
  await dialog.getByRole('button', { name: /^Open/ }).click();
  await expect(dialog).toContainText(/does not exist|no such|not found/i);
  await expect(page).toHaveTitle('Register of processing activities — RoPA Desk');
});

test('a register another RoPA Desk is writing to is offered read-only, and saying so in the sidebar', async ({ app }) => {
  await app.open();
  const { page } = app;
  // Another RoPA Desk (here a second backend) has the register open for writing.
  const busy = path.join(app.dataDir, 'busy.ropa');
  expect(ropa(['init', busy]).status).toBe(0);
  expect(ropa(['import', busy, fixturePath('btc-sl')]).status).toBe(0);
  const other = createBackend({
    dataDir: path.join(app.dataDir, 'other'),
    host: { nativeDialogs: false, chooseRegisterToOpen: async () => null, chooseRegisterToCreate: async () => null },
  });
  await other.openInitial(busy);
  try {
    await page.getByRole('button', { name: /^Register:/ }).click();
    await page.getByRole('menuitem', { name: 'Open register…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open register' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(busy);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    const question = page.getByRole('alertdialog', { name: 'The register is in use' });
    await expect(question).toContainText(/is open in another RoPA Desk \(process \d+/);
    await app.screenshot('register-in-use');
    await question.getByRole('button', { name: 'Open read-only' }).click();
    await expect(page.getByText(/read-only: another RoPA Desk is writing to it/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Register:/ })).toContainText('Read-only');
  } finally {
    other.close();
  }
});
