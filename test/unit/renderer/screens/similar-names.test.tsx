// Saving a processor or an activity whose name is nearly another's of the same type (ignoring case, spacing,
// punctuation, accents and legal forms) asks first: Save anyway, Open the other, or Cancel. Only a new or renamed
// record is asked about.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ProcessingActivity, Processor } from '../../../../shared/model/records.ts';
import { ActivitiesScreen } from '../../../../renderer/src/screens/activities/ActivitiesScreen.tsx';
import { ProcessorsScreen } from '../../../../renderer/src/screens/processors/ProcessorsScreen.tsx';
import { activity, activitySummary, organisation, processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn } from '../../../support/renderer/stand-in.ts';

const hetzner = processor({ id: recordId(401), name: 'Hetzner Online GmbH' });

function processorsBackend(processors: Processor[]) {
  return installStandIn({
    listProcessors: () => processors,
    listActivities: () => [],
    listOrganisations: () => [],
    checkRegister: () => registerCheck([]),
    saveProcessor: ({ record }) => ({ ...processor({ id: recordId(499) }), ...record }) as Processor,
  });
}

async function openProcessor(id: string, title: string) {
  renderInRegister(<ProcessorsScreen id={id} />);
  const region = await screen.findByRole('region', { name: 'Processor editor' });
  await within(region).findByRole('heading', { name: title });
  return within(region);
}

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

/** Saves a new processor named `name`, and waits for the question. */
async function saveNewNamed(name: string) {
  const editor = await openProcessor('new', 'New processor');
  type(editor.getByRole('textbox', { name: 'Name' }), name);
  fireEvent.click(editor.getByRole('button', { name: 'Save' }));
  return screen.findByRole('alertdialog');
}

describe('a new processor named nearly as another', () => {
  test('asks first, naming the other; Save anyway saves it', async () => {
    const backend = processorsBackend([hetzner]);
    const question = await saveNewNamed('hetzner online');
    expect(within(question).getByRole('heading').textContent).toBe('Already in the register?');
    expect(question.textContent).toContain('A processor named “Hetzner Online GmbH” already exists: save anyway, or open it?');
    expect(backend.sent('saveProcessor')).toEqual([]);

    fireEvent.click(within(question).getByRole('button', { name: 'Save anyway' }));
    expect(await screen.findByText('Processor “hetzner online” added')).toBeTruthy();
    expect(backend.sent('saveProcessor')).toEqual([{ record: { kind: 'processor', name: 'hetzner online' } }]);
  });

  test('Cancel saves nothing and says nothing more: the draft stays as typed', async () => {
    const backend = processorsBackend([hetzner]);
    const question = await saveNewNamed('Hetzner Online, GmbH.');
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const editor = within(screen.getByRole('region', { name: 'Processor editor' }));
    expect(editor.queryByRole('alert')).toBeNull();
    expect(editor.getByText('Unsaved changes')).toBeTruthy();
    expect(backend.sent('saveProcessor')).toEqual([]);
  });

  test('Open the other goes to it, once the person agrees to leave the draft', async () => {
    processorsBackend([hetzner]);
    const question = await saveNewNamed('HETZNER ONLINE');
    fireEvent.click(within(question).getByRole('button', { name: 'Open the other' }));
    const discard = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    fireEvent.click(within(discard).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/processors/${hetzner.id}`));
  });

  test('a name that is only alike in part is saved without a question', async () => {
    const backend = processorsBackend([hetzner]);
    const editor = await openProcessor('new', 'New processor');
    type(editor.getByRole('textbox', { name: 'Name' }), 'Hetzner Cloud');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Processor “Hetzner Cloud” added')).toBeTruthy();
    expect(backend.sent('saveProcessor')).toHaveLength(1);
  });
});

describe('an existing record', () => {
  test('is not asked about when its name is unchanged, even if alike another', async () => {
    const twin = processor({ id: recordId(402), name: 'HETZNER ONLINE' });
    const backend = processorsBackend([hetzner, twin]);
    const editor = await openProcessor(twin.id, 'HETZNER ONLINE');
    type(editor.getByRole('textbox', { name: 'Contact' }), 'dpo@hetzner.example');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Processor “HETZNER ONLINE” saved')).toBeTruthy();
    expect(backend.sent('saveProcessor')).toHaveLength(1);
  });

  test('is asked about when renamed to nearly another activity’s name', async () => {
    const payroll = activity({ id: recordId(410), name: 'Payroll', retention: '7 years after leaving' });
    const backend = installStandIn({
      listActivities: () => [
        activitySummary({ id: payroll.id, name: 'Payroll' }),
        activitySummary({ id: recordId(411), reference: 'A-0002', name: 'Recruitment' }),
      ],
      listOrganisations: () => [organisation()],
      listProcessors: () => [],
      checkRegister: () => registerCheck([]),
      getActivity: () => payroll,
      saveActivity: ({ record }) => ({ ...payroll, ...record, revision: 2 }) as ProcessingActivity,
    });
    renderInRegister(<ActivitiesScreen id={payroll.id} />);
    const region = await screen.findByRole('region', { name: 'Activity editor' });
    const editor = within(region);
    await editor.findByRole('heading', { name: 'Payroll' });
    type(editor.getByRole('textbox', { name: 'Name' }), 'recruitment.');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toContain('An activity named “Recruitment” already exists: save anyway, or open it?');
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(backend.sent('saveActivity')).toEqual([]);
  });
});
