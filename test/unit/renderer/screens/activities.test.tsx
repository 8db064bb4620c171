// The Activities screen (#/activities, #/activities/<id>): the table of the register's processing activities, and
// the activity editor beside it: what it shows of the record, what Save, Retire and Delete send to the register.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { ActivitiesScreen } from '../../../../renderer/src/screens/activities/ActivitiesScreen.tsx';
import { cellUnder, descriptionOf } from '../../../support/renderer/queries.ts';
import { activity, activitySummary, organisation, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

const payroll = activity({ id: recordId(320), name: 'Payroll', owner: 'HR', retention: '7 years after leaving', revision: 5 });

/** A register of one organisation whose only activity is `record`, read with `getActivity`. */
function activitiesBackend(record: ProcessingActivity, more: StandInHandlers = {}) {
  return installStandIn({
    listActivities: () => [activitySummary({ id: record.id, reference: 'A-0007', name: record.name, owner: record.owner ?? null, revision: record.revision })],
    listOrganisations: () => [organisation()],
    listProcessors: () => [],
    checkRegister: () => registerCheck([]),
    getActivity: ({ id }) => (id === record.id ? record : refuse(`No activity ${id}.`, { code: 'not-found' })),
    ...more,
  });
}

/** Opens the activity `id` (as #/activities/<id> does) and waits for its editor titled `title`. */
async function openActivity(id: string, title: string) {
  renderInRegister(<ActivitiesScreen id={id} />);
  const editor = await screen.findByRole('region', { name: 'Activity editor' });
  await within(editor).findByRole('heading', { name: title });
  return within(editor);
}

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

test('the table lists each activity with its reference, organisation, owner and status', async () => {
  installStandIn({
    listActivities: () => [
      activitySummary({ id: recordId(330), reference: 'A-0002', name: 'CCTV', owner: 'Facilities', status: 'draft' }),
      activitySummary({ id: recordId(331), reference: 'A-0001', name: 'Payroll', owner: 'HR', status: 'active' }),
    ],
    listOrganisations: () => [organisation({ name: 'Example Ltd' })],
    checkRegister: () => registerCheck([]),
  });
  renderInRegister(<ActivitiesScreen id={null} />);
  const table = within(await screen.findByRole('grid', { name: 'Activities' }));

  const payrollRow = await table.findByRole('row', { name: /A-0001/ });
  expect(cellUnder(payrollRow, 'Name').textContent).toBe('Payroll');
  expect(cellUnder(payrollRow, 'Organisation').textContent).toBe('Example Ltd');
  expect(cellUnder(payrollRow, 'Owner').textContent).toBe('HR');
  expect(cellUnder(payrollRow, 'Status').textContent).toBe('Active');
  expect(cellUnder(table.getByRole('row', { name: /A-0002/ }), 'Status').textContent).toBe('Draft');
  // Sorted by reference at first.
  const references = table.getAllByRole('row').flatMap((row) => /A-\d{4}/.exec(row.textContent ?? '') ?? []);
  expect(references).toEqual(['A-0001', 'A-0002']);
});

describe('the activity editor', () => {
  test('shows the activity as the register holds it', async () => {
    const backend = activitiesBackend(payroll);
    const editor = await openActivity(payroll.id, 'Payroll');

    expect(editor.getByText('A-0007')).toBeTruthy();
    expect(editor.getByText('Revision 5')).toBeTruthy();
    expect((editor.getByRole('textbox', { name: 'Owner' }) as HTMLInputElement).value).toBe('HR');
    expect((editor.getByRole('textbox', { name: 'Time limit for erasure' }) as HTMLInputElement).value).toBe('7 years after leaving');
    expect(backend.sent('getActivity')).toContainEqual({ id: payroll.id });
  });

  test('Save sends the activity with the change, based on the revision opened', async () => {
    const backend = activitiesBackend(payroll, { saveActivity: ({ record }) => ({ ...payroll, ...record, revision: 6 }) as ProcessingActivity });
    const editor = await openActivity(payroll.id, 'Payroll');

    type(editor.getByRole('textbox', { name: 'Owner' }), 'People team');
    expect(editor.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Activity “Payroll” saved')).toBeTruthy();
    expect(backend.sent('saveActivity')).toEqual([{ record: { ...payroll, owner: 'People team' } }]);
    expect(editor.queryByText('Unsaved changes')).toBeNull();
  });

  test('a refusal that names a field is shown at that field', async () => {
    activitiesBackend(payroll, {
      saveActivity: () => refuse('The activity is not valid.', { issues: [{ path: 'record.retention', message: 'names no period: say how long' }] }),
    });
    const editor = await openActivity(payroll.id, 'Payroll');

    type(editor.getByRole('textbox', { name: 'Time limit for erasure' }), 'as long as needed');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    expect((await editor.findByRole('alert')).textContent).toContain('Time limit for erasure: names no period: say how long');
    expect(descriptionOf(editor.getByRole('textbox', { name: 'Time limit for erasure' }))).toContain('Time limit for erasure: names no period: say how long');
    expect(editor.getByText('Unsaved changes')).toBeTruthy();
  });

  test('Delete asks first and offers to retire instead; retiring sends the new status', async () => {
    const backend = activitiesBackend(payroll, {
      setActivityStatus: ({ status }) => ({ ...payroll, status, revision: 6 }),
      deleteActivity: ({ id }) => ({ id }),
    });
    const editor = await openActivity(payroll.id, 'Payroll');

    fireEvent.click(editor.getByRole('button', { name: 'Delete' }));
    const question = await screen.findByRole('alertdialog', { name: 'Delete this activity?' });
    expect(question.textContent).toContain('“Payroll” (A-0007) will be removed from the register');
    fireEvent.click(within(question).getByRole('button', { name: 'Retire instead' }));

    expect(await screen.findByText('Activity “Payroll” retired')).toBeTruthy();
    expect(backend.sent('setActivityStatus')).toEqual([{ id: payroll.id, status: 'retired' }]);
    expect(backend.sent('deleteActivity')).toEqual([]);
    expect(editor.getByRole('button', { name: 'Set active' })).toBeTruthy();
  });

  test('Delete, once confirmed, sends the activity’s id and says it is gone', async () => {
    const backend = activitiesBackend(payroll, { deleteActivity: ({ id }) => ({ id }) });
    const editor = await openActivity(payroll.id, 'Payroll');

    fireEvent.click(editor.getByRole('button', { name: 'Delete' }));
    const question = await screen.findByRole('alertdialog', { name: 'Delete this activity?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Delete activity' }));

    expect(await screen.findByText('Activity “Payroll” deleted')).toBeTruthy();
    expect(backend.sent('deleteActivity')).toEqual([{ id: payroll.id }]);
  });

  test('an activity no longer in the register says so', async () => {
    activitiesBackend(payroll);
    renderInRegister(<ActivitiesScreen id={recordId(399)} />);

    const editor = within(await screen.findByRole('region', { name: 'Activity editor' }));
    expect(await editor.findByText('This activity is no longer in the register.')).toBeTruthy();
  });
});
