// The register viewed as of a moment: chosen in the register menu, said across the top of every screen with the way
// back to today, and read-only everywhere: the editors show the records without Save, their fields take no edit, and
// the tables offer no New.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { ProcessorsScreen } from '../../../../renderer/src/screens/processors/ProcessorsScreen.tsx';
import { AsOfBanner } from '../../../../renderer/src/shell/AsOfBanner.tsx';
import { RegisterSwitcher } from '../../../../renderer/src/shell/RegisterSwitcher.tsx';
import { processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { registerInfo, renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse } from '../../../support/renderer/stand-in.ts';

const AS_OF = '2026-03-01T00:00:00Z';

test('View as of a date… asks for the moment and shows the register as it stood then', async () => {
  const standIn = installStandIn({
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: false }),
    recentFiles: () => [],
    viewAsOf: ({ at }) => registerInfo({ asOf: at ?? null, readOnly: at !== null }),
  });
  renderInRegister(<RegisterSwitcher info={registerInfo()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Register: Example Ltd register' }));
  fireEvent.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'View as of a date…' }));
  const dialog = await screen.findByRole('dialog', { name: 'View the register as of a date' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Show the register' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'View the register as of a date' })).toBeNull());
  const [sent] = standIn.sent('viewAsOf');
  // A month ago, to the minute, as the dialog offers first.
  const offered = new Date(sent?.at ?? '');
  const days = (Date.now() - offered.getTime()) / 86_400_000;
  expect(days).toBeGreaterThan(27);
  expect(days).toBeLessThan(32);
  expect(offered.getUTCSeconds()).toBe(0);
});

test('a moment before the history starts is refused in the dialog, with the reason', async () => {
  installStandIn({
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: false }),
    recentFiles: () => [],
    viewAsOf: () => refuse('The register’s history starts on 20 November 2026: there is nothing to show before', { code: 'not-found' }),
  });
  renderInRegister(<RegisterSwitcher info={registerInfo()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Register: Example Ltd register' }));
  fireEvent.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'View as of a date…' }));
  const dialog = await screen.findByRole('dialog', { name: 'View the register as of a date' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Show the register' }));
  expect(await within(dialog).findByText(/history starts on 20 November 2026/)).toBeTruthy();
});

test('the banner says the moment and goes back to today', async () => {
  const standIn = installStandIn({ viewAsOf: () => registerInfo() });
  renderInRegister(<AsOfBanner at={AS_OF} />, { register: { asOf: AS_OF, readOnly: true } });
  const banner = screen.getByRole('region', { name: 'Viewed as of a date' });
  expect(banner.textContent).toMatch(/The register as it stood on 1 March 2026, \d\d:\d\d\./);
  fireEvent.click(within(banner).getByRole('button', { name: 'Back to today' }));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(standIn.sent('viewAsOf')).toEqual([{ at: null }]);
});

test('in a register viewed as of a moment, a record is shown without Save, its fields take no edit, and there is no New', async () => {
  const hosting = processor({ id: recordId(201), name: 'Acme Hosting' });
  installStandIn({
    listProcessors: () => [hosting],
    listActivities: () => [],
    listOrganisations: () => [],
    checkRegister: () => registerCheck([]),
  });
  renderInRegister(<ProcessorsScreen id={hosting.id} />, { register: { asOf: AS_OF, readOnly: true } });
  const editor = within(await screen.findByRole('region', { name: 'Processor editor' }));
  const name = (await editor.findByRole('textbox', { name: 'Name' })) as HTMLInputElement;
  expect(name.value).toBe('Acme Hosting');
  // A disabled fieldset disables every control inside it (happy-dom does not apply that to :disabled; Chromium does, e2e).
  expect(name.closest('fieldset')?.disabled).toBe(true);
  expect(editor.queryByRole('button', { name: 'Save' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'New processor' })).toBeNull();
});
