// The History screen (#/history) and the editors' History tab: the register's audit log, filtered by the register
// (the stand-in answers as the backend does: only the entries that pass the filter sent), each entry said in words,
// with its changes before and after, and exported with the filter shown.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import type { AuditEntry, CommandInput } from '../../../../shared/ipc/contract.ts';
import i18n from '../../../../renderer/src/i18n/index.ts';
import { parseHash } from '../../../../renderer/src/navigation/routing.ts';
import { HistoryScreen } from '../../../../renderer/src/screens/history/HistoryScreen.tsx';
import { OverviewScreen } from '../../../../renderer/src/screens/overview/OverviewScreen.tsx';
import { ProcessorsScreen } from '../../../../renderer/src/screens/processors/ProcessorsScreen.tsx';
import { activitySummary, auditEntry, organisation, processor, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

/** An entry of the log: by default Dana DPO's change to the purposes of Payroll, named as it then was. */
function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return auditEntry({ recordName: 'Payroll', ...overrides });
}

/** The entries that pass listAudit's filter, as the backend chooses them. */
function passing(entries: readonly AuditEntry[], filter: CommandInput<'listAudit'>): AuditEntry[] {
  return entries.filter(
    (candidate) =>
      (filter.recordId === undefined || candidate.recordId === filter.recordId) &&
      (filter.recordType === undefined || candidate.recordType === filter.recordType) &&
      (filter.actor === undefined || candidate.actor === filter.actor) &&
      (filter.kinds === undefined || filter.kinds.includes(candidate.kind)),
  );
}

/** A register of an organisation, a processor and an activity whose audit log holds `entries`, newest first. */
function withLog(entries: AuditEntry[], more: StandInHandlers = {}) {
  return installStandIn({
    listOrganisations: () => [organisation()],
    listProcessors: () => [processor()],
    listActivities: () => [activitySummary()],
    listAudit: (filter) => passing(entries, filter),
    checkRegister: () => registerCheck([]),
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: true }),
    ...more,
  });
}

/** The entries shown, once there are `count` of them. */
async function shownEntries(count: number, name = 'Entries of the history, newest first'): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name });
  await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(count));
  return within(list).getAllByRole('listitem');
}

/** Types into the record filter (as a person does, with the focus in it), and returns the option named `name`. */
async function recordOption(typed: string, name: RegExp, label = 'Record') {
  const input = screen.getByRole('combobox', { name: label });
  input.focus();
  fireEvent.change(input, { target: { value: typed } });
  return screen.findByRole('option', { name });
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const acme = entry({
  recordType: 'processor',
  recordId: recordId(200),
  recordName: 'Acme Hosting',
  changes: [{ field: 'dataLocations', old: ['DE'], new: ['DE', 'US'] }],
});
const payroll = entry({});
const organisationRenamed = entry({
  recordType: 'organisation',
  recordId: recordId(100),
  recordName: 'Example Ltd',
  changes: [{ field: 'name', old: 'Example', new: 'Example Ltd' }],
});

describe('filtered to one processor', () => {
  test('the register is asked for that processor’s entries, and only they are shown', async () => {
    const backend = withLog([acme, payroll, organisationRenamed]);
    renderInRegister(<HistoryScreen id={null} />);
    expect(await shownEntries(3)).toHaveLength(3);

    const option = await recordOption('acme', /Acme Hosting/);
    expect(option.textContent).toContain('Processor');
    fireEvent.click(option);

    const [only, ...others] = await shownEntries(1);
    expect(others).toEqual([]);
    expect(only!.textContent).toContain('Changed processor Acme Hosting');
    expect(backend.sent('listAudit')).toContainEqual(expect.objectContaining({ recordId: recordId(200) }));
    expect(screen.getByText('1 of 3 entries')).toBeTruthy();
  });

  test('the editors’ “Open in History” address starts the screen filtered to the record', () => {
    const route = parseHash(`#/history?record=${recordId(200)}`);
    expect(route).toEqual({ screen: 'history', id: null, query: { record: recordId(200) } });
  });
});

test('an entry opens to each field before and after, the field named as its editor names it', async () => {
  withLog([acme, payroll]);
  renderInRegister(<HistoryScreen id={null} />);
  const [processorEntry] = await shownEntries(2);
  const line = within(processorEntry!);

  fireEvent.click(line.getByRole('button', { name: 'Before and after: data locations' }));
  const table = line.getByRole('table');
  const row = within(table).getByRole('row', { name: /Data locations/ });
  expect(within(row).getByRole('rowheader').textContent).toBe('Data locations');
  expect(
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Germany', 'Germany\nUnited States']);
  expect(table.textContent).not.toContain('dataLocations');
  expect(line.getByRole('button', { name: 'Hide before and after' }).getAttribute('aria-expanded')).toBe('true');
});

test('a record deleted since is named as it was, unlinked, and can still be chosen by that name', async () => {
  const deleted = entry({ recordType: 'processor', recordId: recordId(999), recordName: 'Old Hosting Ltd', action: 'delete', changes: [] });
  const earlier = entry({ recordType: 'processor', recordId: recordId(999), recordName: null, changes: [{ field: 'country', old: 'FR', new: 'DE' }] });
  withLog([deleted, earlier, payroll]);
  renderInRegister(<HistoryScreen id={null} />);
  const [deletion, change, stillThere] = await shownEntries(3);

  expect(within(deletion!).getByText(/^Deleted processor/).textContent).toBe('Deleted processor Old Hosting Ltd');
  // An entry that kept no name is named as the log last named the record.
  expect(within(change!).getByText(/^Changed processor/).textContent).toBe('Changed processor Old Hosting Ltd');
  for (const gone of [deletion!, change!]) expect(within(gone).queryByRole('link')).toBeNull();
  expect(within(stillThere!).getByRole('link', { name: 'Payroll' }).getAttribute('href')).toBe(`#/activities/${recordId(300)}`);

  expect((await recordOption('old', /Old Hosting Ltd/)).textContent).toContain('Processor, deleted');
});

test('filters that match nothing say so, and offer to clear them', async () => {
  withLog([payroll]);
  renderInRegister(<HistoryScreen id={null} />);
  await shownEntries(1);

  fireEvent.click(await recordOption('example', /Example Ltd/));
  expect(await screen.findByText('No entries match these filters.')).toBeTruthy();
  const clear = screen.getAllByRole('button', { name: 'Clear filters' });
  fireEvent.click(clear[clear.length - 1]!);
  expect(await shownEntries(1)).toHaveLength(1);
});

test('Export CSV writes the entries of the filter shown, in the interface’s language, and offers to open the file', async () => {
  await i18n.changeLanguage('uk');
  const backend = withLog([acme, payroll], {
    exportAudit: (input) => ({ path: `/home/dpo/history.${input.format}`, format: input.format, entries: 1, bytes: 512 }),
    revealFile: () => ({ revealed: true }),
  });
  renderInRegister(<HistoryScreen id={null} />);
  await shownEntries(2, 'Записи історії, спершу новіші');

  fireEvent.click(await recordOption('acme', /Acme Hosting/, 'Запис реєстру'));
  await shownEntries(1, 'Записи історії, спершу новіші');
  fireEvent.click(screen.getByRole('button', { name: 'Експортувати в CSV' }));

  expect(await screen.findByText('Експортовано 1 запис історії')).toBeTruthy();
  expect(backend.sent('exportAudit')).toEqual([{ recordId: recordId(200), format: 'csv', language: 'uk' }]);
  fireEvent.click(screen.getByRole('button', { name: 'Показати в папці' }));
  await expect.poll(() => backend.sent('revealFile')).toEqual([{ path: '/home/dpo/history.csv', how: 'show-in-folder' }]);
});

describe('a restore and an undone import', () => {
  const restored = entry({ kind: 'restore', action: 'update', source: 'example-2025-03-01.ropa' });
  const removed = entry({ kind: 'undo-import', action: 'delete', recordType: 'processor', recordId: recordId(200), source: 'example-before-import.ropa' });
  const merged = entry({
    kind: 'merge',
    action: 'create',
    recordType: 'organisation',
    recordId: recordId(100),
    source: `hr.ropa.json (sha256 ${'a'.repeat(64)})`,
  });

  test('say what they did to the record, and which backup or file it came from', async () => {
    withLog([restored, removed, merged]);
    renderInRegister(<HistoryScreen id={null} />);
    const [restore, undo, merge] = await shownEntries(3);

    expect(within(restore!).getByText(/put back/).textContent).toBe('Activity Payroll put back as it was in the backup');
    expect(restore!.textContent).toContain('From the backup example-2025-03-01.ropa');
    expect(within(undo!).getByText(/removed/).textContent).toBe('Processor Acme Hosting removed by undoing the import');
    expect(within(merge!).getByText(/merging/).textContent).toBe('Added organisation Example Ltd by merging a file');
    expect(merge!.textContent).toContain('From the file hr.ropa.json');
  });

  test('read so in the Overview’s latest changes too', async () => {
    withLog([restored, removed]);
    renderInRegister(<OverviewScreen />);
    const table = await screen.findByRole('table', { name: 'Latest changes' });
    await within(table).findAllByRole('link');
    const lines = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(lines).toEqual(['Activity Payroll put back as it was in the backup', 'Processor Acme Hosting removed by undoing the import']);
  });
});

test('a processor’s History tab lists its entries, and opens the History screen filtered to it', async () => {
  const backend = withLog([acme, payroll, organisationRenamed]);
  renderInRegister(<ProcessorsScreen id={recordId(200)} />);
  const editor = within(await screen.findByRole('region', { name: 'Processor editor' }));
  await editor.findByRole('heading', { name: 'Acme Hosting' });
  expect(backend.sent('listAudit')).toEqual([]);

  fireEvent.click(editor.getByRole('tab', { name: 'History' }));
  const [only, ...others] = await shownEntries(1, 'This record’s history, newest first');
  expect(others).toEqual([]);
  expect(only!.textContent).toContain('Changed processor Acme Hosting');
  expect(backend.sent('listAudit')).toEqual([{ recordId: recordId(200), limit: 1_000_000 }]);
  expect(editor.getByRole('link', { name: 'Open in History' }).getAttribute('href')).toBe(`#/history?record=${recordId(200)}`);

  // The form is still there behind its tab, as it was.
  fireEvent.click(editor.getByRole('tab', { name: 'Details' }));
  expect((editor.getAllByRole('textbox', { name: 'Name' })[0] as HTMLInputElement).value).toBe('Acme Hosting');
});

describe('a long history', () => {
  const log = Array.from({ length: 50_000 }, (_, index) =>
    entry({ id: 50_000 - index, at: new Date(Date.UTC(2025, 0, 1) + (50_000 - index) * 60_000).toISOString() }),
  );

  test('of 50,000 entries draws only those in view, and says how many there are', async () => {
    withLog(log);
    renderInRegister(<HistoryScreen id={null} />);
    const list = await screen.findByRole('list', { name: 'Entries of the history, newest first' });
    const drawn = await within(list).findAllByRole('listitem');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]!.getAttribute('aria-setsize')).toBe('50000');
    expect(screen.getByText('50,000 entries')).toBeTruthy();
  });

  test('#/history/<entry> brings that entry into view, opened', async () => {
    // happy-dom lays nothing out: the list's scroll area is as tall as the list inside says it is, and scrolling it
    // tells the list, as a browser does.
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0;
      },
    });
    onTestFinished(() => {
      delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
    });
    withLog(log);
    renderInRegister(<HistoryScreen id="30000" />);
    const list = await screen.findByRole('list', { name: 'Entries of the history, newest first' });
    await within(list).findAllByRole('listitem');
    await waitFor(() => expect(list.parentElement!.scrollTop).toBeGreaterThan(0));
    fireEvent.scroll(list.parentElement!);
    const chosen = await within(list).findByRole('listitem', { current: true });
    expect(chosen.getAttribute('aria-posinset')).toBe('20001');
    expect(within(chosen).getByRole('table')).toBeTruthy();
  });
});
