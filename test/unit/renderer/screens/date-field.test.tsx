// The date fields of the editors (DateField): a date typed as the interface writes it (01/12/2027, day first in
// English as written in Europe) or as YYYY-MM-DD, or picked from the calendar, saved as YYYY-MM-DD and shown in full;
// the next review proposed a year after the last; a next review before the last refused next to the field.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { ActivitiesScreen } from '../../../../renderer/src/screens/activities/ActivitiesScreen.tsx';
import { descriptionOf } from '../../../support/renderer/queries.ts';
import { activity, activitySummary, organisation, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn } from '../../../support/renderer/stand-in.ts';

const payroll = activity({ id: recordId(340), name: 'Payroll', revision: 3, retention: '7 years after leaving' });

/** The activity editor on `record`, with a register that saves what it is sent. */
async function openEditor(record: ProcessingActivity) {
  const backend = installStandIn({
    listActivities: () => [activitySummary({ id: record.id, name: record.name, revision: record.revision })],
    listOrganisations: () => [organisation()],
    listProcessors: () => [],
    checkRegister: () => registerCheck([]),
    getActivity: () => record,
    saveActivity: ({ record: sent }) => ({ ...record, ...sent, revision: record.revision + 1 }) as ProcessingActivity,
  });
  renderInRegister(<ActivitiesScreen id={record.id} />);
  const region = await screen.findByRole('region', { name: 'Activity editor' });
  await within(region).findByRole('heading', { name: record.name as string });
  return { backend, editor: within(region) };
}

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

const savedRecord = (backend: Awaited<ReturnType<typeof openEditor>>['backend']) => backend.sent('saveActivity').at(-1)?.record;

describe('a date typed into the editor', () => {
  test('01/12/2027 is 1 December 2027: shown in full under the field, and saved as 2027-12-01', async () => {
    const { backend, editor } = await openEditor(payroll);
    const next = editor.getByRole('textbox', { name: 'Next review on' });
    expect(next.getAttribute('placeholder')).toBe('DD/MM/YYYY');

    type(next, '01/12/2027');
    expect(descriptionOf(next)).toContain('1 December 2027');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Activity “Payroll” saved')).toBeTruthy();
    expect(savedRecord(backend)).toMatchObject({ nextReviewOn: '2027-12-01' });
  });

  test('as YYYY-MM-DD, or day first in short, it is rewritten the way the interface writes dates', async () => {
    const { editor } = await openEditor(payroll);
    const next = editor.getByRole('textbox', { name: 'Next review on' }) as HTMLInputElement;
    type(next, '2027-12-01');
    expect(next.value).toBe('01/12/2027');
    type(next, '5.3.28');
    expect(next.value).toBe('05/03/2028');
    expect(descriptionOf(next)).toContain('5 March 2028');
  });

  test('something that is no date is explained next to the field, and not sent', async () => {
    const { backend, editor } = await openEditor(payroll);
    const next = editor.getByRole('textbox', { name: 'Next review on' });
    type(next, '31/02/2027');
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(next)).toContain('Next review on: is not a date: type it as 31/12/2027 or 2027-12-31');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));
    expect(await editor.findByRole('alert')).toBeTruthy();
    expect(backend.sent('saveActivity')).toEqual([]);
  });

  test('a day picked from the calendar fills in the field', async () => {
    const { editor } = await openEditor({ ...payroll, nextReviewOn: '2027-12-01' });
    fireEvent.click(editor.getByRole('button', { name: 'Open the calendar for “Next review on”' }));
    const calendar = await screen.findByRole('dialog');
    // The calendar opens on the month of the date in the field, weeks from Monday.
    expect(within(calendar).getByRole('heading').textContent).toBe('December 2027');
    expect(calendar.querySelector('th')?.textContent).toBe('M');
    fireEvent.click(within(calendar).getByRole('button', { name: /15 December 2027/ }));

    const next = editor.getByRole('textbox', { name: 'Next review on' }) as HTMLInputElement;
    expect(next.value).toBe('15/12/2027');
    expect(descriptionOf(next)).toContain('15 December 2027');
  });
});

describe('the review dates', () => {
  test('setting the last review proposes the next one a year later, when none is set', async () => {
    const { editor } = await openEditor(payroll);
    type(editor.getByRole('textbox', { name: 'Last reviewed on' }), '15/03/2026');
    expect((editor.getByRole('textbox', { name: 'Next review on' }) as HTMLInputElement).value).toBe('15/03/2027');
  });

  test('a next review already set is kept when the last review is set', async () => {
    const { editor } = await openEditor({ ...payroll, nextReviewOn: '2026-09-30' });
    type(editor.getByRole('textbox', { name: 'Last reviewed on' }), '15/03/2026');
    expect((editor.getByRole('textbox', { name: 'Next review on' }) as HTMLInputElement).value).toBe('30/09/2026');
  });

  test('a next review before the last one is refused next to it, with the last review in full', async () => {
    const { backend, editor } = await openEditor({ ...payroll, lastReviewedOn: '2026-06-01', nextReviewOn: '2027-06-01' });
    const next = editor.getByRole('textbox', { name: 'Next review on' });
    type(next, '01/05/2026');
    expect(descriptionOf(next)).toContain('Next review on: is before the last review (1 June 2026)');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));
    expect((await editor.findByRole('alert')).textContent).toContain('Next review on: is before the last review (1 June 2026)');
    expect(backend.sent('saveActivity')).toEqual([]);
  });
});
