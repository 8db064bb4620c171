// Long texts in the editors: a counter once a text nears its limit, a refusal that states the limit, and a toast that
// cuts a long name (whole on hover) rather than growing over the editor.
import { fireEvent, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { Processor } from '../../../../shared/model/records.ts';
import { ProcessorsScreen } from '../../../../renderer/src/screens/processors/ProcessorsScreen.tsx';
import { descriptionOf } from '../../../support/renderer/queries.ts';
import { processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn } from '../../../support/renderer/stand-in.ts';

function processorsBackend() {
  return installStandIn({
    listProcessors: () => [],
    listActivities: () => [],
    listOrganisations: () => [],
    checkRegister: () => registerCheck([]),
    saveProcessor: ({ record }) => ({ ...processor({ id: recordId(501) }), ...record }) as Processor,
  });
}

async function newProcessor() {
  renderInRegister(<ProcessorsScreen id="new" />);
  const region = await screen.findByRole('region', { name: 'Processor editor' });
  await within(region).findByRole('heading', { name: 'New processor' });
  return within(region);
}

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

test('a name nearing its limit shows how long it is, out of how much', async () => {
  processorsBackend();
  const editor = await newProcessor();
  const name = editor.getByRole('textbox', { name: 'Name' });
  type(name, 'x'.repeat(150));
  expect(editor.queryByText(/of 200 characters/)).toBeNull();
  type(name, 'x'.repeat(190));
  expect(editor.getByText('190 of 200 characters')).toBeTruthy();
});

test('a 5,000-character name is refused with the limit stated, and not sent', async () => {
  const backend = processorsBackend();
  const editor = await newProcessor();
  const name = editor.getByRole('textbox', { name: 'Name' });
  type(name, 'x'.repeat(5000));
  expect(editor.getByText('5,000 of 200 characters: 4,800 too many')).toBeTruthy();
  expect(descriptionOf(name)).toContain('Name: is 5,000 characters long; a name is at most 200');
  fireEvent.click(editor.getByRole('button', { name: 'Save' }));
  expect((await editor.findByRole('alert')).textContent).toContain('Name: is 5,000 characters long; a name is at most 200');
  expect(backend.sent('saveProcessor')).toEqual([]);
});

test('the toast of a long name has the whole name on hover', async () => {
  processorsBackend();
  const editor = await newProcessor();
  const long = `Processor ${'with a very long name '.repeat(8)}`.trim();
  type(editor.getByRole('textbox', { name: 'Name' }), long);
  fireEvent.click(editor.getByRole('button', { name: 'Save' }));
  const toast = await screen.findByText(`Processor “${long}” added`);
  expect(toast.getAttribute('title')).toBe(`Processor “${long}” added`);
  expect(toast.className).toContain('toast-title');
});
