// The Processors screen's table (#/processors): every processor the register holds, its sub-processors beneath it,
// and at a glance its country, its Art. 28 contract and how many activities use it.
import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { ProcessorsScreen } from '../../../../renderer/src/screens/processors/ProcessorsScreen.tsx';
import { cellUnder } from '../../../support/renderer/queries.ts';
import { activity, activitySummary, finding, processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

const hosting = processor({ id: recordId(220), name: 'Acme Hosting', country: 'DE', dpa: { signedOn: '2024-03-12', reference: 'DPA-17' } });
const backup = processor({ id: recordId(221), name: 'Acme Backup', country: 'FR', parentId: hosting.id, dpa: {} });
const mail = processor({ id: recordId(222), name: 'Beta Mail', country: 'US' });
const network = processor({ id: recordId(223), name: 'Social Network', kind: 'independent-controller', country: undefined });

/** A register holding `processors`, with no activities and no findings unless `more` says otherwise. */
function processorsBackend(processors: StandInHandlers['listProcessors'], more: StandInHandlers = {}) {
  return installStandIn({
    listProcessors: processors,
    listActivities: () => [],
    listOrganisations: () => [],
    checkRegister: () => registerCheck([]),
    ...more,
  });
}

async function processorsTable() {
  renderInRegister(<ProcessorsScreen id={null} />);
  return within(await screen.findByRole('treegrid', { name: 'Processors' }));
}

test('lists every processor with its kind, country and contract at a glance', async () => {
  processorsBackend(() => [mail, hosting, network]);
  const table = await processorsTable();

  const hostingRow = await table.findByRole('row', { name: 'Acme Hosting' });
  expect(cellUnder(hostingRow, 'Country').textContent).toContain('Germany');
  expect(cellUnder(hostingRow, 'Contract (DPA)').textContent).toMatch(/^Signed .*2024$/);
  const mailRow = table.getByRole('row', { name: 'Beta Mail' });
  expect(cellUnder(mailRow, 'Country').textContent).toContain('United States');
  expect(cellUnder(mailRow, 'Contract (DPA)').textContent).toBe('No contract');
  const networkRow = table.getByRole('row', { name: 'Social Network' });
  expect(cellUnder(networkRow, 'Kind').textContent).toBe('Independent controller');
  expect(cellUnder(networkRow, 'Country').textContent).toBe('Not stated');
  expect(cellUnder(networkRow, 'Contract (DPA)').textContent).toBe('No DPA (not a processor)');
  expect(screen.getByText('3 of 3 processors')).toBeTruthy();
});

test('shows a sub-processor beneath the processor that engaged it', async () => {
  processorsBackend(() => [backup, mail, hosting]);
  const table = await processorsTable();

  const parent = await table.findByRole('row', { name: 'Acme Hosting' });
  const child = table.getByRole('row', { name: 'Acme Backup' });
  expect(parent.getAttribute('aria-level')).toBe('1');
  expect(parent.getAttribute('aria-expanded')).toBe('true');
  expect(child.getAttribute('aria-level')).toBe('2');
  const rows = table.getAllByRole('row').filter((row) => row.getAttribute('aria-level') !== null);
  expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual(['Acme Hosting', 'Acme Backup', 'Beta Mail']);
});

test('counts the activities that use each processor, as processor or as transfer recipient', async () => {
  const payroll = activity({ id: recordId(310), name: 'Payroll', processorIds: [hosting.id] });
  const newsletter = activity({
    id: recordId(311),
    name: 'Newsletter',
    processorIds: [hosting.id],
    transfers: [{ country: 'US', processorId: mail.id, mechanism: 'scc' }],
  });
  const records = new Map([payroll, newsletter].map((record) => [record.id, record]));
  const backend = processorsBackend(() => [hosting, mail, network], {
    listActivities: () => [activitySummary({ id: payroll.id }), activitySummary({ id: newsletter.id, reference: 'A-0002', name: 'Newsletter' })],
    getActivity: ({ id }) => records.get(id) ?? refuse(`No activity ${id}.`, { code: 'not-found' }),
  });
  const table = await processorsTable();

  const hostingRow = await table.findByRole('row', { name: 'Acme Hosting' });
  await within(cellUnder(hostingRow, 'Activities')).findByText('2');
  expect(cellUnder(table.getByRole('row', { name: 'Beta Mail' }), 'Activities').textContent).toBe('1');
  expect(cellUnder(table.getByRole('row', { name: 'Social Network' }), 'Activities').textContent).toBe('0');
  expect(backend.sent('getActivity')).toEqual(expect.arrayContaining([{ id: payroll.id }, { id: newsletter.id }]));
});

test('shows the open findings of each processor', async () => {
  const missingContract = finding('processor-contract-missing', { record: { type: 'processor', id: mail.id, name: 'Beta Mail' } });
  processorsBackend(() => [hosting, mail], { checkRegister: () => registerCheck([missingContract]) });
  const table = await processorsTable();

  const mailRow = await table.findByRole('row', { name: 'Beta Mail' });
  await within(cellUnder(mailRow, 'Checks')).findByText('1 error');
  expect(cellUnder(table.getByRole('row', { name: 'Acme Hosting' }), 'Checks').textContent).toBe('No open findings');
});

test('a list the register could not read says why', async () => {
  processorsBackend(() => refuse('The register file is locked by another program.', { code: 'io' }));
  renderInRegister(<ProcessorsScreen id={null} />);

  expect((await screen.findByRole('alert')).textContent).toBe('Could not load: The register file is locked by another program.');
});
