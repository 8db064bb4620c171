// Back up now, in the register menu and from the desktop menu (File › Back up now): it asks the backend for a backup
// and says which one was made, by its name and folder, or why none was.
import { fireEvent, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { BackupInfo } from '../../../../shared/ipc/contract.ts';
import { RegisterSwitcher } from '../../../../renderer/src/shell/RegisterSwitcher.tsx';
import { registerInfo, renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

const made: BackupInfo = {
  name: '20261120T120130000Z-manual.ropa',
  path: '/home/dpo/example.backups/20261120T120130000Z-manual.ropa',
  takenAt: '2026-11-20T12:01:30Z',
  reason: 'manual',
  bytes: 212_992,
  counts: { organisations: 1, processors: 2, activities: 9 },
};

function backend(createBackup: StandInHandlers['createBackup']) {
  return installStandIn({
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: false }),
    recentFiles: () => [],
    createBackup,
  });
}

async function chooseBackUpNow() {
  renderInRegister(<RegisterSwitcher info={registerInfo()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Register: Example Ltd register' }));
  const menu = await screen.findByRole('menu');
  fireEvent.click(within(menu).getByRole('menuitem', { name: 'Back up now' }));
}

/** The notifications shown (the region appears with the first). */
async function notifications() {
  return within(await screen.findByRole('region', { name: 'Notifications' }));
}

test('Back up now in the register menu takes a backup and says which, and where', async () => {
  const standIn = backend(() => made);
  await chooseBackUpNow();
  const shown = await notifications();
  expect(await shown.findByText('The register was backed up')).toBeTruthy();
  expect(shown.getByText('20261120T120130000Z-manual.ropa in /home/dpo/example.backups')).toBeTruthy();
  expect(standIn.sent('createBackup')).toEqual([{}]);
});

test('a backup refused (a register open read-only) is said with the reason', async () => {
  const reason = 'No backup was taken: example.ropa is open read-only (another RoPA Desk is writing to it, or the file is write-protected)';
  backend(() => refuse(reason, { code: 'in-use' }));
  await chooseBackUpNow();
  const shown = await notifications();
  expect(await shown.findByText('No backup was made')).toBeTruthy();
  expect(shown.getByText(reason)).toBeTruthy();
});

test('File › Back up now in the desktop menu does the same', async () => {
  const standIn = backend(() => made);
  renderInRegister(<RegisterSwitcher info={registerInfo()} />);
  await screen.findByRole('button', { name: 'Register: Example Ltd register' });
  standIn.emit({ type: 'menu', command: 'back-up-now' });
  expect(await (await notifications()).findByText('The register was backed up')).toBeTruthy();
  expect(standIn.sent('createBackup')).toEqual([{}]);
});
