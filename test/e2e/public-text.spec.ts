// What the privacy policy publishes is written for the public in the editor: the activity's public description and
// the structured answer on automated decisions reach the policy's preview; internal notes never do.
import { test, expect, type App } from './support/app.ts';
import { exchangeFile, openImported } from './support/registers.ts';

const ORGANISATION = '7a0c2a5e-0b7e-4c55-9a0e-3f1f0b2d4c01';
const ACTIVITY = '7a0c2a5e-0b7e-4c55-9a0e-3f1f0b2d4c02';
const meta = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };

/** A Slovenian webshop with one public activity whose automated processing is described only in free text. */
async function openShop(app: App): Promise<void> {
  const file = exchangeFile(app, 'shop', {
    register: { id: '7a0c2a5e-0b7e-4c55-9a0e-3f1f0b2d4c00', name: 'Shop register', defaultLanguage: 'en' },
    organisations: [{ id: ORGANISATION, ...meta, name: 'Shop d.o.o.', country: 'SI', address: 'Dunajska 1, Ljubljana', email: 'dpo@shop.test' }],
    activities: [
      {
        id: ACTIVITY,
        ...meta,
        organisationId: ORGANISATION,
        role: 'controller',
        name: 'Product recommendations',
        description: 'Moved from the old CRM in 2024',
        purposes: ['Recommending products'],
        legalBases: [{ basis: 'legitimate-interests', detail: 'Showing customers products they may like' }],
        dataSubjects: ['Customers'],
        dataCategories: [{ name: 'Order history' }],
        retention: '24 months after the last order',
        automatedDecisions: 'Recommendations from the order history',
        confirmedNone: ['recipients', 'sources', 'processors', 'transfers'],
        public: true,
        status: 'active',
      },
    ],
  });
  await openImported(app, 'shop', file);
}

test('the public description and the profiling answer written in the editor appear in the policy; notes and the internal description do not', async ({
  app,
}) => {
  await openShop(app);
  const { page } = app;
  const main = page.getByRole('navigation', { name: 'Main' });
  await main.getByRole('link', { name: 'Privacy policy' }).click();
  // Until the screen has changed, the Overview's cards are articles too.
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy policy' })).toBeVisible();
  const preview = page.getByRole('article');
  await expect(preview.getByRole('heading', { name: /^1\. / })).toBeVisible();
  // A free-text description alone claims nothing: no section on automated decisions yet.
  await expect(preview.getByRole('heading', { name: /Automated decision-making/ })).toHaveCount(0);

  await main.getByRole('link', { name: /^Activities/ }).click();
  // In the activities table: the policy's own rows name the activity too until the screen has changed.
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: /Product recommendations/ })
    .click();
  const editor = page.getByRole('region', { name: 'Activity editor' });
  await editor.getByRole('textbox', { name: /Public description/ }).fill('We suggest products from what you bought before.');
  await editor.getByRole('textbox', { name: /Internal notes/ }).fill('Ask marketing whether this still runs');
  await editor.getByRole('checkbox', { name: /profiling, Art\. 4\(4\)/ }).check();
  await editor.getByRole('textbox', { name: /How it works/ }).fill('Products bought together by other customers are suggested.');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByText('Unsaved changes')).toHaveCount(0);
  await app.screenshot('activity-public-text');

  await main.getByRole('link', { name: 'Privacy policy' }).click();
  await expect(preview).toContainText('We suggest products from what you bought before.');
  await expect(preview).toContainText('We use profiling');
  await expect(preview).toContainText('Products bought together by other customers are suggested.');
  await expect(preview).not.toContainText('Ask marketing');
  await expect(preview).not.toContainText('Moved from the old CRM');
  // Profiling without solely automated decisions: no Art. 22 right.
  await expect(preview).not.toContainText('Not to be subject to a decision based solely on automated processing');
});
