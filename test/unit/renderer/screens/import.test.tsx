// The Import screen: a colleague's file previewed before anything is written (what changes, every conflict side by
// side, what blocks the merge), and Apply sending the DPO's choices.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { MergePreview } from '../../../../shared/ipc/contract.ts';
import { ImportScreen } from '../../../../renderer/src/screens/import/ImportScreen.tsx';
import { mergePreview, recordId } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

const payrollId = recordId(300);

/** HR's file: Payroll's time limit changed on both sides since the export (a conflict), its owner only in theirs, and a new processor. */
const hrUpdate: MergePreview = mergePreview({
  counts: { new: 1, changed: 0, conflict: 1, 'delete-conflict': 0, removed: 0, unchanged: 4 },
  records: [
    {
      type: 'activity',
      id: payrollId,
      name: 'Payroll',
      outcome: 'conflict',
      fields: [
        {
          field: 'retention',
          base: '6 years',
          ours: '7 years after leaving',
          theirs: '10 years after leaving',
          outcome: 'conflict',
          merged: '7 years after leaving',
        },
        { field: 'owner', base: 'HR', ours: 'HR', theirs: 'People team', outcome: 'theirs', merged: 'People team' },
      ],
    },
    { type: 'processor', id: recordId(210), name: 'Zeta Payroll Services', outcome: 'new', fields: [] },
  ],
});

/** A desktop register (files are chosen in the native dialog) whose preview of the chosen file is `preview`. */
function importBackend(preview: StandInHandlers['previewMerge'], more: StandInHandlers = {}) {
  return installStandIn({
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: true }),
    listActivities: () => [],
    listProcessors: () => [],
    listOrganisations: () => [],
    previewMerge: preview,
    ...more,
  });
}

/** Chooses the file (the stand-in answers for the native dialog) and waits for the preview of `fileName`. */
async function preview(fileName: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'Choose a file…' }));
  return within(await screen.findByRole('region', { name: `What merging “${fileName}” would do` }));
}

describe('the preview of a colleague’s file', () => {
  test('shows each conflict side by side, and Apply waits until every conflict is decided', async () => {
    const backend = importBackend(() => hrUpdate);
    renderInRegister(<ImportScreen />);
    const panel = await preview('hr-update.ropa.json');

    expect(backend.sent('previewMerge')).toEqual([{ matches: {} }]);
    const conflict = panel.getByRole('row', { name: /Time limit for erasure/ });
    for (const side of ['6 years', '7 years after leaving', '10 years after leaving']) expect(within(conflict).getByText(side)).toBeTruthy();
    expect(panel.getByRole('row', { name: /Owner/ }).textContent).toContain('Take theirs');
    expect(panel.getByRole('heading', { name: 'Zeta Payroll Services' })).toBeTruthy();
    expect(panel.getByText('Only in their file: it will be added.')).toBeTruthy();
    expect(panel.getByRole('status').textContent).toBe('1 conflict left to decide.');
    expect((panel.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('once the conflict is decided, Apply sends the file, its checksum and the choice', async () => {
    const backend = importBackend(() => hrUpdate, {
      applyMerge: () => ({ created: 1, updated: 1, deleted: 0, backupPath: '/home/dpo/backups/before-import.ropa', source: 'hr-update.ropa.json' }),
    });
    renderInRegister(<ImportScreen />);
    const panel = await preview('hr-update.ropa.json');

    const choice = panel.getByRole('radiogroup', { name: 'Time limit for erasure of “Payroll”' });
    fireEvent.click(within(choice).getByRole('radio', { name: 'Theirs' }));
    expect(panel.getByRole('status').textContent).toBe('Ready: a copy of the register is taken before anything is written.');
    fireEvent.click(panel.getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText('Merged: 1 added, 1 updated, 0 deleted')).toBeTruthy();
    expect(screen.getByText('A copy of the register before the merge: /home/dpo/backups/before-import.ropa')).toBeTruthy();
    expect(backend.sent('applyMerge')).toEqual([
      { path: hrUpdate.path, sha256: hrUpdate.sha256, matches: {}, resolutions: { fields: { [`${payrollId} retention`]: 'theirs' } } },
    ]);
  });

  test('references to records neither side holds block the merge, and say which', async () => {
    const missing = recordId(299);
    importBackend(() =>
      mergePreview({
        counts: { new: 0, changed: 1, conflict: 0, 'delete-conflict': 0, removed: 0, unchanged: 0 },
        records: [
          {
            type: 'activity',
            id: payrollId,
            name: 'Payroll',
            outcome: 'changed',
            fields: [{ field: 'processorIds', ours: [], theirs: [missing], outcome: 'theirs', merged: [missing] }],
          },
        ],
        dangling: [{ type: 'activity', id: payrollId, field: 'processorIds', missing }],
      }),
    );
    renderInRegister(<ImportScreen />);
    const panel = await preview('hr-update.ropa.json');

    expect(panel.getByRole('alert').textContent).toContain(`Activity “Payroll”, processorIds: names ${missing}`);
    expect(panel.getByRole('status').textContent).toBe('References to missing records block the merge.');
    expect((panel.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('says where reading a large file has got to while the preview is prepared', async () => {
    let answer: (preview: MergePreview) => void = () => {};
    const backend = importBackend(() => new Promise<MergePreview>((resolve) => (answer = resolve)));
    renderInRegister(<ImportScreen />);

    fireEvent.click(await screen.findByRole('button', { name: 'Choose a file…' }));
    // The backend reports its progress once it is reading the file.
    await waitFor(() => expect(backend.sent('previewMerge')).toHaveLength(1));
    backend.emit({ type: 'import-progress', progress: { stage: 'comparing', fraction: 0.4 } });
    expect(await screen.findByText('Comparing it with this register… 40 %')).toBeTruthy();

    answer(hrUpdate);
    expect(await screen.findByRole('region', { name: 'What merging “hr-update.ropa.json” would do' })).toBeTruthy();
  });
});

test('a file the register cannot read is named, with the reason', async () => {
  const backend = importBackend(() => refuse('is not a file RoPA Desk can read', { code: 'invalid-file' }), {
    // A browser window (the test bridge) has no native dialog: the path is typed.
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: false }),
  });
  renderInRegister(<ImportScreen />);

  fireEvent.change(await screen.findByRole('textbox', { name: 'File' }), { target: { value: '/home/dpo/notes.txt' } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview the merge' }));

  const file = screen.getByRole('textbox', { name: 'File' });
  await screen.findByText('/home/dpo/notes.txt: is not a file RoPA Desk can read');
  expect(file.getAttribute('aria-invalid')).toBe('true');
  expect(backend.sent('previewMerge')).toEqual([{ path: '/home/dpo/notes.txt', matches: {} }]);
});
