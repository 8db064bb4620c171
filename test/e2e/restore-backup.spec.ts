// Restore from backup… in the register menu: the backups are listed newest first with why they were taken and what
// they hold; the one taken before an import is restored, and the state it replaced is kept as a backup too.
import path from 'node:path';
import { test, expect } from './support/app.ts';
import { fixturePath } from '../support/fixtures.ts';
import { ropa } from '../support/cli.ts';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';

test('a backup taken before an import is restored from the register menu, after a backup of the present state', async ({ app }) => {
  const registerPath = path.join(app.dataDir, 'bytheway.ropa');
  expect(ropa(['init', registerPath]).status).toBe(0);
  expect(ropa(['import', registerPath, fixturePath('bytheway-en')]).status).toBe(0);
  await app.open(registerPath);
  const { page } = app;
  // A colleague's file that deletes three activities, merged through the backend: a backup is taken before it.
  const exported = (await app.bridge.backend.invoke('exportRegister', {})) as { ok: true; value: ExchangeDocument };
  const merged = await app.bridge.backend.invoke('applyMerge', {
    text: JSON.stringify({ ...exported.value, activities: exported.value.activities.slice(3) }),
    fileName: 'hr.ropa.json',
    resolutions: {},
  });
  expect(merged.ok).toBe(true);
  await page.reload();
  const navigation = page.getByRole('navigation', { name: 'Main' });
  await expect(navigation.getByRole('link', { name: /^Activities/ })).toContainText('6');

  await page.getByRole('button', { name: /^Register:/ }).click();
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByText(/bytheway\.backups/)).toBeVisible();
  const choices = dialog.getByRole('radio');
  await expect(choices.first()).toHaveAccessibleName(/Before an import.*9 activities/);
  await app.screenshot('restore-backup-dialog');
  await choices.first().check();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The backup was restored')).toBeVisible();
  await expect(navigation.getByRole('link', { name: /^Activities/ })).toContainText('9');

  await page.getByRole('button', { name: /^Register:/ }).click();
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
  await expect(page.getByRole('dialog').getByRole('radio').first()).toHaveAccessibleName(/Before a restore.*6 activities/);
});

test('Back up now in the register menu makes a backup, says which, and the restore dialog lists it first', { tag: '@journey' }, async ({ app }) => {
  const registerPath = path.join(app.dataDir, 'acme.ropa');
  expect(ropa(['init', registerPath]).status).toBe(0);
  expect(ropa(['import', registerPath, fixturePath('bytheway-en')]).status).toBe(0);
  await app.open(registerPath);
  const { page } = app;
  await page.getByRole('button', { name: /^Register:/ }).click();
  await app.screenshot('register-menu-back-up-now');
  await page.getByRole('menuitem', { name: 'Back up now' }).click();
  await expect(page.getByText('The register was backed up')).toBeVisible();
  await expect(page.getByText(/-manual\.ropa in .*acme\.backups/)).toBeVisible();
  await app.screenshot('back-up-now-toast');
  await page.getByRole('button', { name: /^Register:/ }).click();
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
  await expect(page.getByRole('dialog').getByRole('radio').first()).toHaveAccessibleName(/9 activities/);
});
