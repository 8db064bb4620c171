// The Overview's latest changes: each line is one message of the catalogue per action and record type, worded as its
// language needs (a Ukrainian or Bulgarian line cannot be pieced together from a verb and a record type), with the
// record's name a link to the record.
import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { AuditEntry } from '../../../../shared/ipc/outputs.ts';
import i18n from '../../../../renderer/src/i18n/index.ts';
import { OverviewScreen } from '../../../../renderer/src/screens/overview/OverviewScreen.tsx';
import { activitySummary, auditEntry, organisation, processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn } from '../../../support/renderer/stand-in.ts';

/** A register of an organisation, a processor and an activity, whose audit log holds `entries`, newest first. */
function withAudit(entries: AuditEntry[]) {
  installStandIn({
    listOrganisations: () => [organisation()],
    listActivities: () => [activitySummary()],
    listProcessors: () => [processor()],
    listAudit: () => entries,
    checkRegister: () => registerCheck([]),
  });
}

/** The "What" cell of each line of the latest changes, once they are shown. */
async function changeLines() {
  const table = await screen.findByRole('table', { name: /Latest changes|Останні зміни/ });
  await within(table).findAllByRole('link');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!);
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

test('in Ukrainian a line reads as one message, the record’s name linked to the record', async () => {
  await i18n.changeLanguage('uk');
  withAudit([
    auditEntry({ action: 'update', recordType: 'activity', recordId: recordId(300) }),
    auditEntry({ action: 'accept-finding', recordType: 'processor', recordId: recordId(200), changes: [] }),
    auditEntry({ action: 'create', recordType: 'organisation', recordId: recordId(100), changes: [] }),
    auditEntry({ action: 'update', recordType: 'register', recordId: 'register', changes: [] }),
  ]);
  renderInRegister(<OverviewScreen />);
  const [activity, finding, created, register] = await changeLines();

  expect(activity!.textContent).toBe('Змінено операцію з обробки Payroll');
  const link = within(activity!).getByRole('link', { name: 'Payroll' });
  expect(link.getAttribute('href')).toBe(`#/activities/${recordId(300)}`);

  expect(finding!.textContent).toBe('Прийнято зауваження щодо розпорядника Acme Hosting');
  expect(within(finding!).getByRole('link', { name: 'Acme Hosting' }).getAttribute('href')).toBe(`#/processors/${recordId(200)}`);

  expect(created!.textContent).toBe('Додано організацію Example Ltd');
  expect(within(created!).getByRole('link', { name: 'Example Ltd' })).toBeTruthy();

  // The register names no record: its line is the message alone, nothing linked.
  expect(register!.textContent).toBe('Змінено відомості про реєстр');
  expect(within(register!).queryByRole('link')).toBeNull();
});

test('a record since removed is named as such, unlinked, within the same message', async () => {
  withAudit([
    auditEntry({ action: 'delete', recordType: 'processor', recordId: recordId(999), changes: [] }),
    auditEntry({ action: 'update', recordType: 'activity', recordId: recordId(300) }),
  ]);
  renderInRegister(<OverviewScreen />);
  const [deleted, changed] = await changeLines();

  expect(deleted!.textContent).toBe('Deleted processor (removed record)');
  expect(within(deleted!).queryByRole('link')).toBeNull();
  expect(changed!.textContent).toBe('Changed activity Payroll');
  expect(within(changed!).getByRole('link', { name: 'Payroll' })).toBeTruthy();
});
