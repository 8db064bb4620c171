// Changes between two dates: the register compared at the two moments the DPO picks, the material changes (a new
// purpose, a longer retention) before the rest, each record named and its changes shown field by field in words, the
// comparison exported as a PDF in the interface's language, and a refusal of the register said where the result would be.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { AuditEntry, ComparedRecord, RegisterComparison } from '../../../../shared/ipc/outputs.ts';
import { timestamp } from '../../../../shared/model/dates.ts';
import i18n from '../../../../renderer/src/i18n/index.ts';
import { ComparisonScreen } from '../../../../renderer/src/screens/comparison/ComparisonScreen.tsx';
import { activitySummary, processor, recordId } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

const payroll = recordId(300);
const cctv = recordId(301);
const acme = recordId(200);
const oldHosting = recordId(201);

/** A record that differs between the two moments; changed, with no material change, unless told. */
function compared(overrides: Partial<ComparedRecord> & Pick<ComparedRecord, 'id' | 'name'>): ComparedRecord {
  return { recordType: 'activity', reference: null, change: 'changed', material: [], fields: [], ...overrides };
}

/** What `compareRegister` answers for `records`, counted as the backend counts them. */
function comparison(input: { from: string; to?: string | undefined }, records: ComparedRecord[]): RegisterComparison {
  const count = (change: ComparedRecord['change']) => records.filter((record) => record.change === change).length;
  return {
    from: input.from,
    to: input.to ?? timestamp(new Date()),
    revisions: { from: 12, to: records.length === 0 ? 12 : 40 },
    records,
    counts: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      material: records.filter((record) => record.material.length > 0).length,
    },
  };
}

const newPurpose = compared({
  id: payroll,
  name: 'Payroll',
  reference: 'PA-0001',
  material: ['purposes', 'retention'],
  fields: [
    { field: 'purposes', before: ['Paying salaries'], after: ['Paying salaries', 'Pension reporting'], material: 'purposes' },
    { field: 'retention', before: '1 year after leaving', after: '7 years after leaving', material: 'retention' },
    { field: 'processorIds', before: [acme], after: [acme, oldHosting], material: null },
    { field: 'status', before: 'draft', after: 'active', material: null },
  ],
});
const newDescription = compared({
  id: cctv,
  name: 'CCTV',
  reference: 'PA-0002',
  fields: [{ field: 'description', before: 'Cameras at the gate', after: 'Cameras at the gate and in the car park', material: null }],
});
const removedProcessor = compared({ recordType: 'processor', id: oldHosting, name: 'Old Hosting GmbH', change: 'removed' });

/** An entry of the audit log about the register itself or an organisation, made `daysAgo`. */
function auditEntry(recordType: 'register' | 'organisation', daysAgo: number, kind: AuditEntry['kind'] = 'change'): AuditEntry {
  const at = timestamp(new Date(Date.now() - daysAgo * 24 * 3_600_000));
  return {
    id: 1,
    at,
    actor: 'Dana DPO',
    recordType,
    recordId: recordType === 'register' ? 'register' : recordId(100),
    recordName: null,
    kind,
    action: 'create',
    changes: [],
    source: null,
  };
}

/** A log that started three years ago: a year ago can be compared from. */
const longHistory: StandInHandlers['listAudit'] = ({ recordType }) => [auditEntry(recordType === 'register' ? 'register' : 'organisation', 3 * 365)];

/**
 * A register of two activities and one processor (Old Hosting GmbH was removed since), whose history is years long
 * unless told, and whose comparison answers as given.
 */
function comparisonBackend(compareRegister: StandInHandlers['compareRegister'], more: StandInHandlers = {}) {
  return installStandIn({
    listAudit: longHistory,
    listActivities: () => [activitySummary({ id: payroll, name: 'Payroll' }), activitySummary({ id: cctv, reference: 'PA-0002', name: 'CCTV' })],
    listProcessors: () => [processor({ id: acme, name: 'Acme Hosting' })],
    listOrganisations: () => [],
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: true }),
    compareRegister,
    ...more,
  });
}

const showing = (records: ComparedRecord[]) => comparisonBackend((input) => comparison(input, records));

/** Types digits into a date segment as the keyboard does (react-aria reads them from `beforeinput`). */
function typeDigits(segment: HTMLElement, digits: string) {
  for (const digit of digits) fireEvent(segment, new InputEvent('beforeinput', { data: digit, inputType: 'insertText', bubbles: true, cancelable: true }));
}

/** Sets a moment field, segment by segment: day, month, year, hours, minutes (English as written in Europe). */
function pickMoment(label: string, parts: { day: string; month: string; year: string; hour: string; minute: string }) {
  const field = within(screen.getByRole('group', { name: label }));
  const segment = (name: RegExp) => field.getByRole('spinbutton', { name });
  typeDigits(segment(/^day/), parts.day);
  typeDigits(segment(/^month/), parts.month);
  typeDigits(segment(/^year/), parts.year);
  typeDigits(segment(/^hour/), parts.hour);
  typeDigits(segment(/^minute/), parts.minute);
}

/** The record's part of the screen, found by its heading. */
async function recordNamed(name: string) {
  const heading = await screen.findByRole('heading', { name: new RegExp(name), level: 3 });
  return heading.closest('article') as HTMLElement;
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the two moments', () => {
  test('the screen opens on the last year, up to now, and the moments chosen are the ones compared', async () => {
    const backend = showing([]);
    const opened = Date.now();
    renderInRegister(<ComparisonScreen />);
    await screen.findByText(/The register did not change between/);

    const [first] = backend.sent('compareRegister');
    const to = Date.parse(first?.to ?? '');
    expect(Math.abs(to - opened)).toBeLessThan(60_000);
    const aYearBefore = new Date(to);
    aYearBefore.setFullYear(aYearBefore.getFullYear() - 1);
    expect(Math.abs(Date.parse(first?.from ?? '') - aYearBefore.getTime())).toBeLessThan(60_000);

    pickMoment('From', { day: '01', month: '03', year: '2025', hour: '09', minute: '30' });
    pickMoment('To', { day: '28', month: '02', year: '2026', hour: '17', minute: '05' });
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));

    await waitFor(() => expect(backend.sent('compareRegister')).toHaveLength(2));
    expect(backend.sent('compareRegister')[1]).toEqual({
      from: timestamp(new Date(2025, 2, 1, 9, 30)),
      to: timestamp(new Date(2026, 1, 28, 17, 5)),
    });
  });

  test('a register younger than a year is compared from where its history can be rebuilt, not refused for the year', async () => {
    // The register was made 60 days ago and its organisation added the day after; both were changed since.
    const organisationAdded = auditEntry('organisation', 59);
    const backend = comparisonBackend((input) => comparison(input, []), {
      listAudit: ({ recordType }) =>
        recordType === 'register' ? [auditEntry('register', 10), auditEntry('register', 60)] : [auditEntry('organisation', 2), organisationAdded],
    });
    renderInRegister(<ComparisonScreen />);
    await screen.findByText(/The register did not change between/);

    expect(backend.sent('compareRegister')[0]?.from).toBe(organisationAdded.at);
    expect(backend.sent('listAudit')).toEqual(expect.arrayContaining([{ recordType: 'register' }, { recordType: 'organisation' }]));
  });

  test('"To" before "From" is refused in place, and the register is not asked', async () => {
    const backend = showing([]);
    renderInRegister(<ComparisonScreen />);
    await screen.findByText(/The register did not change between/);

    pickMoment('From', { day: '01', month: '03', year: '2026', hour: '09', minute: '00' });
    pickMoment('To', { day: '01', month: '03', year: '2025', hour: '09', minute: '00' });
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));

    expect(await screen.findByText('“To” must be later than “From”.')).toBeTruthy();
    expect(backend.sent('compareRegister')).toHaveLength(1);
  });
});

describe('what changed', () => {
  test('a record with a new purpose is listed under material changes, before one whose description alone changed', async () => {
    // The backend puts material changes first; the screen keeps them first whatever the order it is given.
    showing([newDescription, newPurpose]);
    renderInRegister(<ComparisonScreen />);

    const material = await screen.findByRole('region', { name: /^Material changes/ });
    const other = screen.getByRole('region', { name: /^Other changes/ });
    const payrollRecord = await recordNamed('Payroll');
    const cctvRecord = await recordNamed('CCTV');
    expect(material.contains(payrollRecord)).toBe(true);
    expect(other.contains(cctvRecord)).toBe(true);
    expect(payrollRecord.compareDocumentPosition(cctvRecord) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(payrollRecord).getAllByText('New purpose').length).toBeGreaterThan(0);
    expect(within(payrollRecord).getAllByText('Longer retention').length).toBeGreaterThan(0);
    expect(within(cctvRecord).queryByText('New purpose')).toBeNull();

    const summary = within(screen.getByRole('region', { name: /^Between/ }));
    expect(summary.getByText('2 records changed')).toBeTruthy();
    expect(summary.getByText('1 record with material changes')).toBeTruthy();
    expect(summary.getByText('Register revision 12 at the first moment, 40 at the second.')).toBeTruthy();
    // The summary leads to each section, for a keyboard or a screen reader.
    fireEvent.click(summary.getByRole('button', { name: 'Other changes (1 record)' }));
    expect(document.activeElement).toBe(other);
    fireEvent.click(summary.getByRole('button', { name: 'Material changes (1 record)' }));
    expect(document.activeElement).toBe(material);
  });

  test('a removed processor is named, and said to be no longer in the register', async () => {
    showing([removedProcessor, newDescription]);
    renderInRegister(<ComparisonScreen />);

    const removed = within(await recordNamed('Old Hosting GmbH'));
    expect(removed.getByText('Processor')).toBeTruthy();
    expect(removed.getByText('Removed')).toBeTruthy();
    expect(removed.getByText(/^In the register on .*; no longer in it on .*\.$/)).toBeTruthy();
    // Gone from the register: no editor to open. A record still there links to its own.
    expect(removed.queryByRole('link')).toBeNull();
    const cctvLink = within(await recordNamed('CCTV')).getByRole('link', { name: 'Open “CCTV” in its editor' });
    expect(cctvLink.getAttribute('href')).toBe(`#/activities/${cctv}`);
    expect(screen.getByText('1 record removed')).toBeTruthy();
  });

  test('each change is shown before and after, the field named in words and processors by name', async () => {
    showing([newPurpose, removedProcessor]);
    renderInRegister(<ComparisonScreen />);

    const table = within(within(await recordNamed('Payroll')).getByRole('table', { name: 'What changed in “Payroll”, field by field' }));
    const cells = (field: string) => within(table.getByRole('rowheader', { name: new RegExp(`^${field}`) }).closest('tr') as HTMLElement).getAllByRole('cell');

    const [retentionBefore, retentionAfter] = cells('Time limit for erasure');
    expect(retentionBefore?.textContent).toBe('1 year after leaving');
    expect(retentionAfter?.textContent).toBe('7 years after leaving');
    const [purposesBefore, purposesAfter] = cells('Purposes');
    expect(purposesBefore?.textContent).toBe('Paying salaries');
    expect(within(purposesAfter as HTMLElement).getByRole('insertion').textContent).toBe('new: Pension reporting');
    const [processorsBefore, processorsAfter] = cells('Processors used');
    expect(processorsBefore?.textContent).toBe('Acme Hosting');
    expect(processorsAfter?.textContent).toContain('Old Hosting GmbH');
    expect(cells('Status').map((cell) => cell.textContent)).toEqual(['Draft', 'Active']);
    expect(table.queryByText('retention')).toBeNull();
    expect(table.queryByText(oldHosting)).toBeNull();
  });

  test('when nothing differs, the screen says the register did not change between the two moments', async () => {
    showing([]);
    renderInRegister(<ComparisonScreen />);

    const status = await screen.findByRole('status', { name: 'No differences' });
    expect(status.textContent).toMatch(/The register did not change between \d+ \w+ \d{4}, \d\d:\d\d and \d+ \w+ \d{4}, \d\d:\d\d\./);
    expect(screen.queryByRole('region', { name: /^Material changes/ })).toBeNull();
  });

  test('a refusal of the register is said in place of the result', async () => {
    comparisonBackend(() => refuse('The register’s history starts on 1 May 2026: there is nothing to compare before it.', { code: 'not-found', path: 'from' }));
    renderInRegister(<ComparisonScreen />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The register could not be compared: The register’s history starts on 1 May 2026: there is nothing to compare before it.');
    expect(screen.getByRole('button', { name: 'Export PDF' }).hasAttribute('disabled')).toBe(true);
    // The moment refused is marked; the other is not.
    const invalid = (label: string) =>
      within(screen.getByRole('group', { name: label }))
        .getAllByRole('spinbutton')[0]
        ?.getAttribute('aria-invalid');
    expect(invalid('From')).toBe('true');
    expect(invalid('To')).not.toBe('true');
  });
});

describe('the PDF for the annual review', () => {
  test('is made of the moments compared, in the interface language, and can then be opened', async () => {
    await act(() => i18n.changeLanguage('uk'));
    const backend = comparisonBackend((input) => comparison(input, [newPurpose]), {
      exportComparison: () => ({ path: '/home/dpo/changes.pdf', pages: 3, bytes: 48_000 }),
      revealFile: () => ({ revealed: true }),
    });
    renderInRegister(<ComparisonScreen />);
    await recordNamed('Payroll');

    fireEvent.click(screen.getByRole('button', { name: 'Експортувати в PDF' }));

    expect(await screen.findByText('Порівняння збережено')).toBeTruthy();
    const [compared] = backend.sent('compareRegister');
    expect(backend.sent('exportComparison')).toEqual([{ from: compared?.from, to: compared?.to, language: 'uk' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Відкрити PDF' }));
    await waitFor(() => expect(backend.sent('revealFile')).toEqual([{ path: '/home/dpo/changes.pdf', how: 'open' }]));
  });
});
