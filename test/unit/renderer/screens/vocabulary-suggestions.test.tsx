// The activity editor's list fields suggest texts as the person types (issue 17): the built-in list in the register's
// language and what the register already uses; a data category of Art. 9/10 is marked special by itself.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { ActivitiesScreen } from '../../../../renderer/src/screens/activities/ActivitiesScreen.tsx';
import { activity, activitySummary, organisation, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse } from '../../../support/renderer/stand-in.ts';

const payroll = activity({ id: recordId(520), name: 'Payroll', dataCategories: [{ name: 'Bank details' }], retention: '6 years after leaving' });

function openPayroll() {
  return installStandIn({
    listActivities: () => [activitySummary({ id: payroll.id, name: payroll.name, revision: payroll.revision })],
    listOrganisations: () => [organisation()],
    listProcessors: () => [],
    checkRegister: () => registerCheck([]),
    getActivity: ({ id }) => (id === payroll.id ? payroll : refuse(`No activity ${id}.`, { code: 'not-found' })),
    // What the register's activities already call their data: one used twice, and one marked special there.
    listVocabulary: ({ field }) =>
      field === 'dataCategories' ? [{ text: 'Payslip archive' }, { text: 'Payslip archive' }, { text: 'Union dues deductions', special: true }] : [],
    saveActivity: ({ record }) => ({ ...payroll, ...record, revision: payroll.revision + 1 }) as ProcessingActivity,
  });
}

async function categoryField(number: number) {
  const editor = within(await screen.findByRole('region', { name: 'Activity editor' }));
  await editor.findByRole('heading', { name: 'Payroll' });
  const categories = within(editor.getByRole('group', { name: 'Categories of personal data' }));
  if (categories.queryByRole('group', { name: `Data category ${number}` }) === null) {
    fireEvent.click(categories.getByRole('button', { name: 'Add category of personal data' }));
  }
  return within(categories.getByRole('group', { name: `Data category ${number}` }));
}

function renderPayroll() {
  const backend = openPayroll();
  renderInRegister(<ActivitiesScreen id={payroll.id} />);
  return backend;
}

test("typing in a data category suggests the register's own texts and the built-in ones", async () => {
  renderPayroll();
  const row = await categoryField(2);
  const input = row.getByRole('combobox', { name: /Data category/ });
  fireEvent.change(input, { target: { value: 'pay' } });
  const options = (await screen.findAllByRole('option')).map((option) => option.textContent ?? '');
  // The register's wording first (marked as the register's), then the built-in list.
  expect(options[0]).toMatch(/^Payslip archive/);
  expect(options[0]).toContain('in this register');
  expect(options.some((text) => !text.includes('in this register'))).toBe(true);

  fireEvent.change(input, { target: { value: 'union' } });
  const union = await screen.findByRole('option', { name: /Union dues deductions/ });
  expect(union.textContent).toContain('Special category');
  expect(within(screen.getByRole('listbox')).getByRole('option', { name: /Trade union membership/ }).textContent).toContain('Special category');
});

test('a health category typed in full is marked special by itself, and unmarked when the name changes back', async () => {
  renderPayroll();
  const row = await categoryField(2);
  const input = row.getByRole('combobox', { name: /Data category/ });
  const special = row.getByRole('checkbox', { name: 'Special (Art. 9/10)' });
  expect((special as HTMLInputElement).checked).toBe(false);

  fireEvent.change(input, { target: { value: 'Health data' } });
  expect((special as HTMLInputElement).checked).toBe(true);
  expect(row.getByText(/Marked special: this names a category of Art\. 9 or Art\. 10/)).toBeTruthy();

  fireEvent.change(input, { target: { value: 'Home address' } });
  expect((special as HTMLInputElement).checked).toBe(false);
});

test('a special mark the person set stays when the name is an ordinary one', async () => {
  renderPayroll();
  const row = await categoryField(1);
  const special = row.getByRole('checkbox', { name: 'Special (Art. 9/10)' });
  fireEvent.click(special);
  expect((special as HTMLInputElement).checked).toBe(true);
  fireEvent.change(row.getByRole('combobox', { name: /Data category/ }), { target: { value: 'Bank account details' } });
  expect((special as HTMLInputElement).checked).toBe(true);
});

test('a built-in category comes in the four languages of the documents, and its translations go when the name changes', async () => {
  const backend = renderPayroll();
  const row = await categoryField(2);
  const input = row.getByRole('combobox', { name: /Data category/ });
  fireEvent.change(input, { target: { value: 'e-mail addr' } });
  fireEvent.click(await screen.findByRole('option', { name: /^E-mail address/ }));
  expect(row.getByText('Also written in: Ukrainian, Bulgarian, Slovenian')).toBeTruthy();
  const editor = within(screen.getByRole('region', { name: 'Activity editor' }));
  fireEvent.click(editor.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(backend.sent('saveActivity')).toHaveLength(1));
  const saved = backend.sent('saveActivity')[0]?.record as ProcessingActivity;
  expect(saved.dataCategories[1]?.name).toEqual({
    en: 'E-mail address',
    uk: 'Адреса електронної пошти',
    bg: 'Адрес на електронна поща',
    sl: 'E-poštni naslov',
  });

  fireEvent.change(input, { target: { value: 'E-mail address of a relative' } });
  expect(row.queryByText(/^Also written in/)).toBeNull();
});
