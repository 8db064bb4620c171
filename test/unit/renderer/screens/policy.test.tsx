// The privacy policy screen when the register checks hold the public policy back: the errors are listed before
// anything is written, and the DPO can still go ahead ("Export anyway", "Publish anyway") or leave it.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { PolicyPreview } from '../../../../shared/ipc/contract.ts';
import { PolicyScreen } from '../../../../renderer/src/screens/policy/PolicyScreen.tsx';
import { finding, organisation, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

/** A policy with nothing to show but its title: these tests are about what happens around it. */
const policyPreview: PolicyPreview = {
  policy: {
    language: 'en',
    organisation: 'Example Ltd',
    title: 'Privacy notice of Example Ltd',
    subtitle: 'How we use your personal data',
    versionLine: 'Prepared on 14 March 2025',
    intro: 'This notice says what we do with your data.',
    contentsTitle: 'Contents',
    sections: [],
    warnings: [],
  },
  changes: { since: null, text: [], material: [] },
};

const noPurpose = finding('purpose-missing', { message: 'Payroll states no purpose.', field: 'purposes' });
const noContract = finding('processor-contract-missing', {
  record: { type: 'processor', id: recordId(200), name: 'Acme Hosting' },
  message: 'Acme Hosting works without an Art. 28 contract.',
});

/** The desktop app (native Save dialogs) with one organisation, whose policy exports and publications answer as given. */
function policyBackend(more: StandInHandlers) {
  return installStandIn({
    listOrganisations: () => [organisation()],
    previewPolicy: () => policyPreview,
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: true }),
    checkRegister: () => registerCheck([]),
    listPolicyVersions: () => [],
    ...more,
  });
}

async function openPolicyScreen() {
  renderInRegister(<PolicyScreen />);
  await screen.findByRole('heading', { name: 'Privacy notice of Example Ltd' });
}

describe('an export held back by the checks', () => {
  test('lists the errors in what the policy publishes, each naming its record', async () => {
    policyBackend({ exportPolicy: () => ({ blocked: [noPurpose, noContract] }) });
    await openPolicyScreen();

    fireEvent.click(screen.getByRole('button', { name: 'Export HTML' }));

    const dialog = within(await screen.findByRole('alertdialog', { name: 'The policy was not exported: 2 errors in what it publishes' }));
    const errors = within(dialog.getByRole('list', { name: 'Errors that held the policy back' }));
    expect(errors.getAllByRole('listitem')).toHaveLength(2);
    expect(errors.getByText('Payroll states no purpose.')).toBeTruthy();
    expect(errors.getByRole('button', { name: 'Activity A-0001 Payroll' })).toBeTruthy();
    expect(errors.getByText('Acme Hosting works without an Art. 28 contract.')).toBeTruthy();
    expect(errors.getByRole('button', { name: 'Processor Acme Hosting' })).toBeTruthy();
  });

  test('Export anyway repeats the export with the checks ignored, and says where the file is', async () => {
    const backend = policyBackend({
      exportPolicy: ({ ignoreChecks }) =>
        ignoreChecks === true ? { path: '/home/dpo/privacy-notice.html', bytes: 18_204, format: 'html', warnings: [] } : { blocked: [noPurpose] },
    });
    await openPolicyScreen();

    fireEvent.click(screen.getByRole('button', { name: 'Export HTML' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'The policy was not exported: 1 error in what it publishes' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export anyway' }));

    expect(await screen.findByText('Saved to /home/dpo/privacy-notice.html')).toBeTruthy();
    expect(screen.queryByRole('alertdialog', { name: /^The policy was not exported/ })).toBeNull();
    expect(backend.sent('exportPolicy')).toEqual([
      { language: 'en', format: 'html' },
      { language: 'en', format: 'html', ignoreChecks: true },
    ]);
  });

  test('Cancel writes nothing', async () => {
    const backend = policyBackend({ exportPolicy: () => ({ blocked: [noPurpose] }) });
    await openPolicyScreen();

    fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'The policy was not exported: 1 error in what it publishes' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: /^The policy was not exported/ })).toBeNull());
    expect(backend.sent('exportPolicy')).toEqual([{ language: 'en', format: 'pdf' }]);
  });
});

test('a publication held back by the checks lists the errors, and Publish anyway records the version', async () => {
  const backend = policyBackend({
    publishPolicy: ({ ignoreChecks }) =>
      ignoreChecks === true ? { version: 1, publishedAt: '2025-03-14T12:00:00.000Z', registerRevision: 12 } : { blocked: [noContract] },
  });
  await openPolicyScreen();

  fireEvent.click(screen.getByRole('button', { name: 'Publish version 1…' }));
  const question = await screen.findByRole('alertdialog', { name: 'Publish version 1 of the privacy policy?' });
  fireEvent.click(within(question).getByRole('button', { name: 'Publish' }));

  const dialog = await screen.findByRole('alertdialog', { name: 'No version was published: 1 error in what the policy publishes' });
  expect(within(dialog).getByText('Acme Hosting works without an Art. 28 contract.')).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Publish anyway' }));

  expect(await screen.findByText('Version 1 published')).toBeTruthy();
  expect(backend.sent('publishPolicy')).toEqual([
    { language: 'en', ignoreChecks: false },
    { language: 'en', ignoreChecks: true },
  ]);
});
