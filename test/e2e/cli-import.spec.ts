import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app.ts';
import { FIXTURES, fixturePath } from '../support/fixtures.ts';
import { ropa } from '../support/cli.ts';
import { displayText } from '../../shared/model/text.ts';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';

for (const fixture of FIXTURES) {
  test(`a register imported with the CLI from ${fixture} shows every activity in the table`, { tag: '@journey' }, async ({ app }) => {
    const registerPath = path.join(app.dataDir, `${fixture}.ropa`);
    expect(ropa(['init', registerPath]).status).toBe(0);
    const imported = ropa(['import', registerPath, fixturePath(fixture)]);
    expect(imported.stderr).toBe('');

    await app.open(registerPath);
    const { page } = app;
    const document = JSON.parse(readFileSync(fixturePath(fixture), 'utf8')) as ExchangeDocument;
    const language = document.register.defaultLanguage;
    await expect(page).toHaveTitle(`${document.register.name} — RoPA Desk`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Activities/ })
      .click();

    const table = page.getByRole('grid', { name: 'Activities' });
    await expect(page.getByRole('status').filter({ hasText: /activit/ })).toHaveText(
      `${document.activities.length} of ${document.activities.length} activities`,
    );
    for (const activity of document.activities) {
      const name = displayText(activity.name, language, language);
      await expect(table.getByRole('row', { name: new RegExp(name.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toHaveCount(1);
    }
    await app.screenshot(`activities-${fixture}`);
  });
}
