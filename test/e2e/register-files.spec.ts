import path from 'node:path';
import { existsSync } from 'node:fs';
import { test, expect } from './support/app.ts';

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
