// The processor editor (Processors screen, #/processors/new and #/processors/<id>): what Save sends to the register,
// and where the DPO reads why a processor was not saved.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Processor } from '../../../../shared/model/records.ts';
import { ProcessorsScreen } from '../../../../renderer/src/screens/processors/ProcessorsScreen.tsx';
import { descriptionOf } from '../../../support/renderer/queries.ts';
import { processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

/** The register behind the Processors screen: the processors given, no activities, no findings; `more` adds or replaces handlers. */
function processorsBackend(processors: Processor[], more: StandInHandlers = {}) {
  return installStandIn({
    listProcessors: () => processors,
    listActivities: () => [],
    listOrganisations: () => [],
    checkRegister: () => registerCheck([]),
    ...more,
  });
}

/** The open editor, once it shows its title. */
async function openEditor(title: string) {
  const editor = await screen.findByRole('region', { name: 'Processor editor' });
  await within(editor).findByRole('heading', { name: title });
  return within(editor);
}

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe('a new processor', () => {
  test('Save sends what the DPO typed, and says the processor was added', async () => {
    const saved = processor({ id: recordId(201), name: 'Acme Hosting', contact: 'privacy@acme.example', dpa: { reference: 'DPA-2025-07' } });
    const backend = processorsBackend([], { saveProcessor: () => saved });
    renderInRegister(<ProcessorsScreen id="new" />);
    const editor = await openEditor('New processor');

    type(editor.getByRole('textbox', { name: 'Name' }), 'Acme Hosting');
    type(editor.getByRole('textbox', { name: 'Contact' }), 'privacy@acme.example');
    fireEvent.click(editor.getByRole('checkbox', { name: 'Contract (DPA) in place' }));
    type(await editor.findByRole('textbox', { name: 'Contract reference' }), 'DPA-2025-07');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Processor “Acme Hosting” added')).toBeTruthy();
    expect(backend.sent('saveProcessor')).toEqual([
      { record: { kind: 'processor', name: 'Acme Hosting', contact: 'privacy@acme.example', dpa: { reference: 'DPA-2025-07' } } },
    ]);
  });

  test('without a name it is not sent: the Name field and the summary say why', async () => {
    const backend = processorsBackend([], { saveProcessor: () => processor() });
    renderInRegister(<ProcessorsScreen id="new" />);
    const editor = await openEditor('New processor');

    // A name typed, then wiped out again.
    const name = editor.getByRole('textbox', { name: 'Name' });
    type(name, 'Acme');
    type(name, '');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    const summary = await editor.findByRole('alert');
    expect(summary.textContent).toContain('This cannot be saved yet: one thing needs your attention.');
    expect(summary.textContent).toContain('Name: must not be empty');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(name)).toContain('Name: must not be empty');
    expect(backend.sent('saveProcessor')).toEqual([]);
  });
});

describe('the register refuses a save', () => {
  test('a refusal that names a field is shown at that field', async () => {
    processorsBackend([], {
      saveProcessor: () => refuse('The processor is not valid.', { issues: [{ path: 'record.vatId', message: 'is not a VAT number of the country given' }] }),
    });
    renderInRegister(<ProcessorsScreen id="new" />);
    const editor = await openEditor('New processor');

    type(editor.getByRole('textbox', { name: 'Name' }), 'Beta Mail');
    type(editor.getByRole('textbox', { name: 'VAT ID' }), 'XX123');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    const summary = await editor.findByRole('alert');
    expect(summary.textContent).toContain('VAT ID: is not a VAT number of the country given');
    const vatId = editor.getByRole('textbox', { name: 'VAT ID' });
    expect(vatId.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(vatId)).toContain('VAT ID: is not a VAT number of the country given');
    // Still a draft: nothing claims it was added.
    expect(screen.queryByText('Processor “Beta Mail” added')).toBeNull();
  });

  test('a refusal about no field in particular is shown above the form', async () => {
    const current = processor({ id: recordId(202), name: 'Gamma Cloud', revision: 4 });
    processorsBackend([current], {
      saveProcessor: () => refuse('Someone else changed this processor since you opened it.', { code: 'conflict' }),
    });
    renderInRegister(<ProcessorsScreen id={current.id} />);
    const editor = await openEditor('Gamma Cloud');

    type(editor.getByRole('textbox', { name: 'Contact' }), 'dpo@gamma.example');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    const summary = await editor.findByRole('alert');
    expect(summary.textContent).toContain('Not saved: Someone else changed this processor since you opened it.');
  });
});

describe('an existing processor', () => {
  test('Save sends its id and the revision it was based on, with the change', async () => {
    const current = processor({ id: recordId(203), name: 'Delta Payroll', country: 'FR', revision: 7 });
    const backend = processorsBackend([current], { saveProcessor: ({ record }) => ({ ...current, ...record, revision: 8 }) });
    renderInRegister(<ProcessorsScreen id={current.id} />);
    const editor = await openEditor('Delta Payroll');

    expect((editor.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Delta Payroll');
    type(editor.getByRole('textbox', { name: 'Registration number' }), 'RCS 123 456 789');
    fireEvent.click(editor.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Processor “Delta Payroll” saved')).toBeTruthy();
    expect(backend.sent('saveProcessor')).toEqual([{ record: { ...current, registrationNumber: 'RCS 123 456 789' } }]);
  });
});
