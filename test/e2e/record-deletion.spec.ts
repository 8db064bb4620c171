import { test, expect, type App } from './support/app.ts';

async function openDemoProcessors(app: App) {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Open demo register' }).click();
  // Opening the demo ends on the Overview: wait for it, or that navigation can come after the click below.
  await expect(page.getByRole('button', { name: /^Register: BY THE WAY/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Processors/ })
    .click();
  return { page, tree: page.getByRole('treegrid', { name: 'Processors' }), editor: page.getByRole('region', { name: 'Processor editor' }) };
}

test('a processor used by activities is not deleted, and the person is told why', async ({ app }) => {
  const { page, tree, editor } = await openDemoProcessors(app);
  await tree.getByRole('row', { name: /DigitalOcean LLC/ }).click();
  await editor.getByRole('button', { name: 'Delete' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('DigitalOcean LLC');
  await question.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByText(/cannot be deleted: it is used by 9 activities/)).toBeVisible();
  await expect(tree.getByRole('row', { name: /DigitalOcean LLC/ })).toBeVisible();
});

test('an unused processor is deleted after confirmation and leaves the tree at once', async ({ app }) => {
  const { page, tree, editor } = await openDemoProcessors(app);
  await page.getByRole('button', { name: 'New processor' }).click();
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Short-lived Ltd');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(tree.getByRole('row', { name: /Short-lived Ltd/ })).toBeVisible();

  await editor.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(tree.getByRole('row', { name: /Short-lived Ltd/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /processors/ })).toHaveText('2 of 2 processors');
});
