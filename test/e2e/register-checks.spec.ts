// The register checks in the window: a finding appears beside the field as the DPO types, in the table's Checks column
// and on the Overview once saved; following it lands on the field; accepting it is kept; and "None (confirmed)" turns
// the report's red "Not recorded" into "None".
import path from 'node:path';
import { test, expect, type App } from './support/app.ts';
import { exchangeFile, openImported } from './support/registers.ts';
import { pdfText } from '../support/pdf-tools.ts';

const ORGANISATION = '6f0c2a5e-0b7e-4c55-9a0e-3f1f0b2d4c01';
const ACTIVITY = '6f0c2a5e-0b7e-4c55-9a0e-3f1f0b2d4c02';
const meta = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };

/** A Slovenian employer with one complete activity: occupational health checks, data not yet marked as health data. */
async function openAcme(app: App): Promise<void> {
  const file = exchangeFile(app, 'acme', {
    register: { id: '6f0c2a5e-0b7e-4c55-9a0e-3f1f0b2d4c00', name: 'Acme register', defaultLanguage: 'en' },
    organisations: [{ id: ORGANISATION, ...meta, name: 'Acme d.o.o.', country: 'SI', address: 'Dunajska 1, Ljubljana', email: 'dpo@acme.test' }],
    activities: [
      {
        id: ACTIVITY,
        ...meta,
        organisationId: ORGANISATION,
        role: 'controller',
        name: 'Occupational health checks',
        purposes: ['Checking fitness for work'],
        legalBases: [{ basis: 'legal-obligation', detail: 'Occupational Health and Safety Act (ZVZD-1), Art. 36' }],
        dataSubjects: ['Employees'],
        dataCategories: [{ name: 'Medical fitness certificates' }],
        retention: '10 years after the employment ends',
        securityMeasures: ['Kept in a locked cabinet in HR'],
        confirmedNone: ['recipients', 'sources', 'processors', 'automatedDecisions'],
        dpia: { required: false, reason: 'Certificates only, no diagnoses; small scale' },
        public: false,
        status: 'active',
        lastReviewedOn: '2026-06-01',
        nextReviewOn: '2027-06-01',
      },
    ],
  });
  await openImported(app, 'acme', file);
}

async function openActivity(app: App) {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Activities/ })
    .click();
  await page
    .getByRole('grid', { name: 'Activities' })
    .getByRole('row', { name: /Occupational health checks/ })
    .click();
  return page.getByRole('region', { name: 'Activity editor' });
}

async function makeReport(app: App, name: string): Promise<string> {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('button', { name: 'Register report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register report' });
  const target = path.join(app.dataDir, `${name}.pdf`);
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(target);
  await dialog.getByRole('button', { name: 'Create report' }).click();
  await expect(dialog.getByText('Report saved')).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  return target;
}

const NO_CONDITION = /“Medical fitness certificates” is marked as special \(Art\. 9 or 10\) data, but no Art\. 9\(2\) or Art\. 10 condition is recorded/;

test('special data without an Art. 9 condition is a finding in the editor as one types, then in the table and on the Overview, and leads back to the field', async ({
  app,
}) => {
  await openAcme(app);
  const { page } = app;
  const editor = await openActivity(app);
  await expect(editor.getByText(NO_CONDITION)).toHaveCount(0);

  await editor.getByRole('group', { name: 'Data category 1' }).getByRole('checkbox', { name: 'Special (Art. 9/10)' }).check();
  // Beside the field, before anything is saved.
  await expect(editor.getByText(NO_CONDITION)).toBeVisible();
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByText('Unsaved changes')).toHaveCount(0);
  await app.screenshot('checks-editor-finding');

  const row = page.getByRole('grid', { name: 'Activities' }).getByRole('row', { name: /Occupational health checks/ });
  await expect(row).toContainText('1 error');

  await editor.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  const health = page.getByRole('region', { name: 'Register health' });
  await expect(health).toContainText('1 error');
  await health.getByText('Special-category data without an Art. 9(2) condition').click();
  await expect(health.getByText(NO_CONDITION)).toBeVisible();
  await app.screenshot('checks-overview-health');

  await health.getByRole('button', { name: /Activity PA-0001 Occupational health checks/ }).click();
  // The editor opens on the record, the keyboard on the first Art. 9(2) condition.
  await expect(page.getByRole('checkbox', { name: /Art\. 9\(2\)\(a\) Explicit consent/ })).toBeFocused();
  await page.getByRole('checkbox', { name: /Art\. 9\(2\)\(h\) Health or social care, occupational medicine/ }).check();
  const reopened = page.getByRole('region', { name: 'Activity editor' });
  await expect(reopened.getByText(NO_CONDITION)).toHaveCount(0);
  await reopened.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Activities' }).getByRole('row', { name: /Occupational health checks/ })).not.toContainText('error');
});

test('a finding accepted with a reason stays listed as accepted, and reopening it counts it again', { tag: '@journey' }, async ({ app }) => {
  await openAcme(app);
  const { page } = app;
  const health = page.getByRole('region', { name: 'Register health' });
  await health.getByText('Transfers neither recorded nor confirmed none').click();
  await health.getByRole('button', { name: 'Accept…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept this finding' });
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say why the finding is accepted.');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Checked with IT: the HR system runs on premises');
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(health).toContainText('1 accepted');
  await expect(health.getByText(/Accepted by .+: Checked with IT: the HR system runs on premises/)).toBeVisible();
  await app.screenshot('checks-accepted');

  await health.getByRole('button', { name: 'Reopen' }).click();
  await expect(health).not.toContainText('accepted');
  await expect(health).toContainText('1 note');
});

test('confirming that there are no transfers turns the report’s red “Not recorded” into “None”', { tag: '@journey' }, async ({ app }) => {
  await openAcme(app);
  const before = pdfText(await makeReport(app, 'before'));
  expect(before).toMatch(/Transfers to third countries or international organisations Transfers Not recorded/);

  const editor = await openActivity(app);
  await editor.getByRole('checkbox', { name: 'No transfers outside the EEA (confirmed)' }).check();
  await expect(editor.getByRole('button', { name: 'Add transfer' })).toHaveCount(0);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByText('Unsaved changes')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Close' }).click();

  const after = pdfText(await makeReport(app, 'after'));
  expect(after).toMatch(/Transfers to third countries or international organisations Transfers None/);
  expect(after).not.toMatch(/Transfers Not recorded/);
});
