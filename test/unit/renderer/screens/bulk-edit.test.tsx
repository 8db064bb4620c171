// Bulk edits in the Activities and Processors tables: selecting rows (boxes, Shift and Ctrl/Cmd+click, Space and
// Shift+arrows, select-all of the rows the search leaves), what a bulk action sends to the register, the notice with
// Undo, and a refusal shown in the dialog.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ActivitySummary } from '../../../../shared/ipc/contract.ts';
import { ActivitiesScreen } from '../../../../renderer/src/screens/activities/ActivitiesScreen.tsx';
import { ProcessorsScreen } from '../../../../renderer/src/screens/processors/ProcessorsScreen.tsx';
import { activitySummary, organisation, processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

const NAMES = ['Payroll', 'Payroll archive', 'CCTV', 'Newsletter', 'Recruitment'];
const summaries: ActivitySummary[] = NAMES.map((name, index) =>
  activitySummary({ id: recordId(400 + index), reference: `A-000${index + 1}`, name, owner: null, revision: index + 2 }),
);
const idOf = (reference: string) => summaries.find((summary) => summary.reference === reference)?.id ?? '';

function activitiesBackend(more: StandInHandlers = {}) {
  return installStandIn({
    listActivities: () => summaries,
    listOrganisations: () => [organisation()],
    checkRegister: () => registerCheck([]),
    ...more,
  });
}

async function activitiesTable() {
  renderInRegister(<ActivitiesScreen id={null} />);
  const table = within(await screen.findByRole('grid', { name: 'Activities' }));
  await table.findByRole('row', { name: /A-0005/ });
  return table;
}

const box = (table: ReturnType<typeof within>, reference: string) =>
  table.getByRole('checkbox', { name: new RegExp(`^Select ${reference} `) }) as HTMLInputElement;
const row = (table: ReturnType<typeof within>, reference: string) => table.getByRole('row', { name: new RegExp(reference) });

describe('the Activities table', () => {
  test('Shift+click selects a range; Set owner sends one change for them, with the revisions shown; Undo undoes it', async () => {
    const backend = activitiesBackend({
      bulkEditActivities: ({ ids }) => ({ id: 4, recordType: 'activity', changed: ids.length, unchanged: 0 }),
      undoBulkEdit: ({ id }) => ({ id, recordType: 'activity', restored: 3 }),
    });
    const table = await activitiesTable();

    fireEvent.click(box(table, 'A-0001'));
    fireEvent.click(box(table, 'A-0003'), { shiftKey: true });
    expect(['A-0001', 'A-0002', 'A-0003', 'A-0004'].map((reference) => box(table, reference).checked)).toEqual([true, true, true, false]);
    expect(row(table, 'A-0002').getAttribute('aria-selected')).toBe('true');
    const bar = screen.getByRole('toolbar', { name: 'Bulk edit of Activities' });
    expect(screen.getByText('3 selected')).toBeTruthy();

    fireEvent.click(within(bar).getByRole('button', { name: 'Set owner…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Set the owner' }));
    expect(dialog.getByText(/Changes the 3 selected activities/)).toBeTruthy();
    fireEvent.change(dialog.getByRole('textbox', { name: 'Owner' }), { target: { value: ' People team ' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Apply' }));

    const notice = within(await screen.findByRole('group', { name: 'Bulk edit #4' }));
    expect(notice.getByText('Owner set on 3 activities')).toBeTruthy();
    expect(backend.sent('bulkEditActivities')).toEqual([
      {
        ids: [idOf('A-0001'), idOf('A-0002'), idOf('A-0003')],
        revisions: { [idOf('A-0001')]: 2, [idOf('A-0002')]: 3, [idOf('A-0003')]: 4 },
        change: { owner: 'People team' },
      },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(notice.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Bulk edit undone: 3 activities are back as they were')).toBeTruthy();
    expect(backend.sent('undoBulkEdit')).toEqual([{ id: 4 }]);
    expect(screen.queryByRole('group', { name: 'Bulk edit #4' })).toBeNull();
  });

  test('Space toggles the focused row and Shift+Down extends; Enter still opens; Ctrl+click toggles without opening', async () => {
    activitiesBackend();
    const table = await activitiesTable();

    fireEvent.keyDown(row(table, 'A-0002'), { key: ' ' });
    expect(box(table, 'A-0002').checked).toBe(true);
    fireEvent.keyDown(row(table, 'A-0002'), { key: 'ArrowDown', shiftKey: true });
    expect(box(table, 'A-0003').checked).toBe(true);
    fireEvent.keyDown(row(table, 'A-0003'), { key: 'ArrowDown', shiftKey: true });
    expect(screen.getByText('3 selected')).toBeTruthy();
    // Back up: the range shrinks towards where it started.
    fireEvent.keyDown(row(table, 'A-0004'), { key: 'ArrowUp', shiftKey: true });
    expect(['A-0002', 'A-0003', 'A-0004'].map((reference) => box(table, reference).checked)).toEqual([true, true, false]);

    fireEvent.click(row(table, 'A-0005'), { ctrlKey: true });
    expect(box(table, 'A-0005').checked).toBe(true);
    expect(window.location.hash).not.toContain(idOf('A-0005'));
    fireEvent.keyDown(row(table, 'A-0001'), { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toContain(idOf('A-0001')));

    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/selected$/)).toBeNull();
  });

  test('the select-all box takes the rows the search leaves; rows the search hides leave the selection', async () => {
    activitiesBackend();
    const table = await activitiesTable();
    fireEvent.click(box(table, 'A-0004'));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search activities' }), { target: { value: 'payroll' } });
    await screen.findByText('2 of 5 activities');
    expect(screen.queryByText('1 selected')).toBeNull();
    const selectAll = screen.getByRole('checkbox', { name: 'Select all rows shown' }) as HTMLInputElement;
    fireEvent.click(selectAll);
    expect(await screen.findByText('2 selected')).toBeTruthy();
    expect(selectAll.checked).toBe(true);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search activities' }), { target: { value: '' } });
    await screen.findByText('5 of 5 activities');
    expect(selectAll.checked).toBe(false);
    expect(selectAll.indeterminate).toBe(true);
    expect(['A-0001', 'A-0002', 'A-0003'].map((reference) => box(table, reference).checked)).toEqual([true, true, false]);
  });

  test('a refusal is shown in the dialog, which stays open, and no notice offers an undo', async () => {
    const message = 'Nothing was changed: 1 activity would not be valid after the change: A-0003 “CCTV”: securityMeasures[0]: must not be empty';
    const backend = activitiesBackend({ bulkEditActivities: () => refuse(message, { path: 'change' }) });
    const table = await activitiesTable();
    fireEvent.click(box(table, 'A-0003'));
    fireEvent.click(screen.getByRole('button', { name: 'Security measures…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add or remove a security measure' }));

    fireEvent.click(dialog.getByRole('button', { name: 'Apply' }));
    expect(await dialog.findByText('Fill this in.')).toBeTruthy();
    expect(backend.sent('bulkEditActivities')).toEqual([]);

    fireEvent.click(dialog.getByRole('radio', { name: 'Remove from the activities' }));
    fireEvent.change(dialog.getByRole('textbox', { name: 'Security measure (Art. 32)' }), { target: { value: 'Encryption' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Apply' }));
    expect((await dialog.findByRole('alert')).textContent).toBe(message);
    expect(backend.sent('bulkEditActivities')).toEqual([
      { ids: [idOf('A-0003')], revisions: { [idOf('A-0003')]: 4 }, change: { removeSecurityMeasures: ['Encryption'] } },
    ]);
    expect(screen.queryByRole('group', { name: /^Bulk edit #/ })).toBeNull();
  });
});

describe('the Processors table', () => {
  test('Ctrl+click selects processors; Set kind sends the kind chosen; the notice words it', async () => {
    const hosting = processor({ id: recordId(520), name: 'Acme Hosting', revision: 3 });
    const mail = processor({ id: recordId(521), name: 'Beta Mail', country: 'US' });
    const backend = installStandIn({
      listProcessors: () => [hosting, mail],
      listActivities: () => [],
      listOrganisations: () => [],
      checkRegister: () => registerCheck([]),
      bulkEditProcessors: ({ ids }) => ({ id: 2, recordType: 'processor', changed: ids.length - 1, unchanged: 1 }),
    });
    renderInRegister(<ProcessorsScreen id={null} />);
    const table = within(await screen.findByRole('treegrid', { name: 'Processors' }));
    fireEvent.click(await table.findByRole('row', { name: 'Acme Hosting' }), { ctrlKey: true });
    fireEvent.click(table.getByRole('row', { name: 'Beta Mail' }), { metaKey: true });
    expect(screen.getByText('2 selected')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Set kind…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Set the kind of recipient' }));
    fireEvent.click(dialog.getByRole('button', { name: /Kind/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Independent controller' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Apply' }));

    const notice = within(await screen.findByRole('group', { name: 'Bulk edit #2' }));
    expect(notice.getByText('Kind set to Independent controller on 1 processor')).toBeTruthy();
    expect(notice.getByText('1 selected processor already was as asked.')).toBeTruthy();
    expect(backend.sent('bulkEditProcessors')).toEqual([
      { ids: [hosting.id, mail.id], revisions: { [hosting.id]: 3, [mail.id]: 1 }, change: { kind: 'independent-controller' } },
    ]);
  });
});
