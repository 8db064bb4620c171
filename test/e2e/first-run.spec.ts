import { test, expect } from './support/app.ts';

test('a first run creates the default register and asks for the organisation', async ({ app }) => {
  await app.open();
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Set up your register' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open demo register' })).toBeVisible();
  await expect(page).toHaveTitle(/Register of processing activities — RoPA Desk/);
});
