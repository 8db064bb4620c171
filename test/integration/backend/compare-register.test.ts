// The register compared between two moments, both rebuilt from its audit log: what was added, removed and changed,
// the material changes first; the end absent is now; a start after the end or before the history is refused; and
// the comparison written as a PDF for the annual review.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../../support/pdf-tools.ts';
import { activityDraft, noDialogs, organisationDraft, processorDraft, startWithRegister } from './support.ts';

/** A register kept from 20 November 2026, changed on 25 November and again on 1 December. */
async function registerWithAPast(options: Parameters<typeof startWithRegister>[0] = {}) {
  const started = await startWithRegister(options);
  const { call, clock } = started;
  const organisation = await call('saveOrganisation', { record: organisationDraft() });
  const mailer = await call('saveProcessor', { record: processorDraft('MailBox GmbH') });
  const payroll = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
  const hiring = await call('saveActivity', { record: activityDraft(organisation.id, 'Hiring', { processorIds: [mailer.id] }) });
  clock.set('2026-11-25T09:00:00Z');
  await call('saveActivity', { record: { ...payroll, name: 'Payroll and pensions', purposes: ['Paying salaries', 'Paying pensions'] } });
  await call('saveActivity', { record: { ...hiring, processorIds: [] } });
  await call('deleteProcessor', { id: mailer.id });
  await call('saveActivity', { record: { ...(await call('getActivity', { id: hiring.id })), owner: 'HR' } });
  clock.set('2026-12-01T10:00:00Z');
  await call('saveProcessor', { record: processorDraft('CloudPay GmbH') });
  return { ...started, payroll, hiring, mailer };
}

describe('compareRegister', () => {
  it('lists what changed between two moments, the material changes first, each record named as at the end', async () => {
    const { call, payroll, mailer, hiring } = await registerWithAPast();
    const references = Object.fromEntries((await call('listActivities', {})).map((activity) => [activity.id, activity.reference]));
    const comparison = await call('compareRegister', { from: '2026-11-22T00:00:00Z', to: '2026-11-30T00:00:00Z' });
    expect(comparison).toMatchObject({ from: '2026-11-22T00:00:00Z', to: '2026-11-30T00:00:00Z', counts: { added: 0, removed: 1, changed: 2, material: 1 } });
    expect(comparison.records.map((record) => [record.recordType, record.name, record.change, record.material])).toEqual([
      ['activity', 'Payroll and pensions', 'changed', ['purposes']],
      ['processor', 'MailBox GmbH', 'removed', []],
      ['activity', 'Hiring', 'changed', []],
    ]);
    const [changed] = comparison.records;
    expect(changed).toMatchObject({ id: payroll.id, reference: references[payroll.id] });
    expect(changed?.fields).toEqual([
      { field: 'name', before: 'Payroll', after: 'Payroll and pensions', material: null },
      { field: 'purposes', before: ['Paying salaries'], after: ['Paying salaries', 'Paying pensions'], material: 'purposes' },
    ]);
    expect(comparison.records[1]).toMatchObject({ id: mailer.id, reference: null });
    expect(comparison.records[2]?.fields.map((field) => field.field)).toEqual(['processorIds', 'owner']);
    expect(comparison.records[2]).toMatchObject({ id: hiring.id });
    expect(comparison.revisions.to).toBeGreaterThan(comparison.revisions.from);
  });

  it('compares with the register now when no end is given', async () => {
    const { call } = await registerWithAPast();
    const comparison = await call('compareRegister', { from: '2026-11-26T00:00:00Z' });
    expect(comparison.to).toBe('2026-12-01T10:00:00Z');
    expect(comparison.records.map((record) => [record.name, record.change])).toEqual([['CloudPay GmbH', 'added']]);
    expect(comparison.revisions.to).toBe((await call('registerInfo', {})).revision);
  });

  it('refuses a start after the end, a start after now, and a start before the register’s history, naming the start', async () => {
    const { failure } = await registerWithAPast();
    const backwards = await failure('compareRegister', { from: '2026-11-30T00:00:00Z', to: '2026-11-22T00:00:00Z' });
    expect(backwards).toMatchObject({ code: 'invalid-input', path: 'from' });
    expect(backwards.message).toBe(
      'The comparison would start after it ends: 30 November 2026 at 00:00 UTC is later than 22 November 2026 at 00:00 UTC. Give the earlier moment as the start',
    );
    expect((await failure('compareRegister', { from: '2027-01-01T00:00:00Z' })).message).toMatch(
      /1 January 2027 at 00:00 UTC is later than 1 December 2026 at 10:00 UTC/,
    );
    const early = await failure('compareRegister', { from: '2020-01-01T00:00:00+02:00' });
    expect(early).toMatchObject({ code: 'not-found', path: 'from' });
    expect(early.message).toMatch(
      /history is kept in full from 20 November 2026 at 12:00 UTC: it cannot be compared from 31 December 2019 at 22:00 UTC, which is earlier/,
    );
    expect((await failure('compareRegister', { from: 'last year' })).code).toBe('invalid-input');
  });

  it('compares the register itself while it is viewed as of a date (the view’s copy has no history of its own)', async () => {
    const { call } = await registerWithAPast();
    const now = await call('compareRegister', { from: '2026-11-22T00:00:00Z' });
    await call('viewAsOf', { at: '2026-11-26T00:00:00Z' });
    expect(await call('compareRegister', { from: '2026-11-22T00:00:00Z' })).toEqual(now);
  });

  it('counts a record a colleague’s merge added as added at the merge, whatever time its file gives it', async () => {
    const { call, clock } = await registerWithAPast();
    const exported = await call('exportRegister', {});
    const [organisation] = exported.organisations;
    const fromColleague = {
      ...activityDraft(organisation?.id ?? '', 'Ride safety checks'),
      id: '7d0b8a7e-9f57-4c1e-9a51-2b3c4d5e6f70',
      revision: 1,
      updatedAt: '2026-11-01T08:00:00Z',
    };
    clock.set('2026-12-02T09:00:00Z');
    await call('applyMerge', {
      text: JSON.stringify({ ...exported, activities: [...exported.activities, fromColleague] }),
      fileName: 'hr.ropa.json',
      resolutions: {},
    });
    const comparison = await call('compareRegister', { from: '2026-12-01T12:00:00Z' });
    expect(comparison.records.map((record) => [record.name, record.change])).toEqual([['Ride safety checks', 'added']]);
    expect(comparison.revisions.to).toBeGreaterThan(comparison.revisions.from);
  });

  it('refuses in the interface’s language', async () => {
    const { failure } = await registerWithAPast({ systemLanguages: ['uk-UA'] });
    const refused = await failure('compareRegister', { from: '2026-11-30T00:00:00Z', to: '2026-11-22T00:00:00Z' });
    expect(refused.message).toBe(
      'Порівняння почалося б після того, як закінчилося: 30 листопада 2026 р. о 00:00 UTC пізніше за 22 листопада 2026 р. о 00:00 UTC. Укажіть початком раніший момент',
    );
  });
});

describe('exportComparison', () => {
  it('writes the comparison as a PDF: the title, the two moments, the material changes first, fields before and after', async () => {
    const { call, dataDir } = await registerWithAPast();
    const target = path.join(dataDir, 'changes.pdf');
    const written = await call('exportComparison', { from: '2026-11-22T00:00:00Z', to: '2026-11-30T00:00:00Z', language: 'en', path: target });
    expect(written).toMatchObject({ path: target });
    if ('cancelled' in written) throw new Error('not written');
    expect(written.pages).toBeGreaterThanOrEqual(1);
    expect(pdfInfo(target)['Pages']).toBe(String(written.pages));
    // Written in this session: the page may open it (here no host can, so nothing is opened, and nothing refused).
    expect(await call('revealFile', { path: target, how: 'open' })).toEqual({ revealed: false });
    const text = pdfText(target);
    expect(text).toContain('Changes to the register “Register of processing activities”');
    expect(text).toContain('From 22 November 2026, 00:00 UTC to 30 November 2026, 00:00 UTC');
    expect(text.indexOf('Material changes')).toBeLessThan(text.indexOf('Other changes'));
    expect(text).toMatch(/Activity PA-\d+ “Payroll and pensions” changed · new purpose Field Before After Name Payroll Payroll and pensions Purposes/);
    expect(text).toContain('new purpose Paying pensions');
    expect(text).toContain('Processor “MailBox GmbH” removed Field Before Name MailBox GmbH Country Germany');
    // A processor is shown by its name, also where it is gone at the end.
    expect(text).toContain('Activity PA-0002 “Hiring” changed Field Before After Processors MailBox GmbH — Owner — HR');
  });

  it('writes it in Ukrainian, and refuses a file that is not a PDF and a command line without a path', async () => {
    const { call, failure, dataDir } = await registerWithAPast();
    const target = path.join(dataDir, 'зміни.pdf');
    await call('exportComparison', { from: '2026-11-22T00:00:00Z', language: 'uk', path: target });
    const text = pdfText(target);
    expect(text).toContain('Зміни в реєстрі «Register of processing activities»');
    expect(text).toContain('З 22 листопада 2026 р., 00:00 UTC до 1 грудня 2026 р., 10:00 UTC');
    expect(text).toContain('Розпорядник «CloudPay GmbH» додано');
    expect((await failure('exportComparison', { from: '2026-11-22T00:00:00Z', language: 'en', path: path.join(dataDir, 'changes.txt') })).message).toMatch(
      /written as a PDF/,
    );
    expect((await failure('exportComparison', { from: '2026-11-22T00:00:00Z', language: 'en' })).message).toMatch(/Say where to save it/);
  });

  it('asks the desktop where to save, suggesting a name in the document’s language, and writes nothing when cancelled', async () => {
    const asked: unknown[] = [];
    let answer: string | null = null;
    const host = {
      ...noDialogs,
      chooseDocumentDestination: async (...question: unknown[]) => {
        asked.push(question);
        return answer;
      },
    };
    const { call, dataDir } = await registerWithAPast({ host });
    expect(await call('exportComparison', { from: '2026-11-22T00:00:00Z', language: 'bg' })).toEqual({ cancelled: true });
    expect(asked).toEqual([['report', 'Register of processing activities – промени 2026-11-22 – 2026-12-01 (bg).pdf', 'pdf']]);
    answer = path.join(dataDir, 'промени.pdf');
    expect(await call('exportComparison', { from: '2026-11-22T00:00:00Z', language: 'bg' })).toMatchObject({ path: answer, pages: 1 });
    expect(pdfText(answer)).toContain('Промени в регистъра „Register of processing activities“');
  });
});
