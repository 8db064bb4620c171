// The register viewed as it stood at a moment: every command reads that register (its records, their references, the
// findings it had), nothing can be changed in it, the report made from it says so on its cover, and going back to
// today shows the register as it is, its file untouched.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../support/pdf-tools.ts';
import { activityDraft, organisationDraft, processorDraft, startWithRegister } from './support.ts';

async function registerWithAPast() {
  const started = await startWithRegister();
  const { call, clock } = started;
  const organisation = await call('saveOrganisation', { record: organisationDraft() });
  const payroll = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
  const hiring = await call('saveActivity', { record: activityDraft(organisation.id, 'Hiring') });
  clock.set('2026-11-25T09:00:00Z');
  await call('saveActivity', { record: { ...payroll, name: 'Payroll and pensions', purposes: ['Paying salaries', 'Paying pensions'] } });
  await call('deleteActivity', { id: hiring.id });
  await call('saveProcessor', { record: processorDraft('CloudPay GmbH') });
  return { ...started, payroll, hiring };
}

describe('the register viewed as of a moment', () => {
  it('shows the records as they stood, with their references, and read-only', async () => {
    const { call, payroll, registerPath } = await registerWithAPast();
    const references = Object.fromEntries((await call('listActivities', {})).map((activity) => [activity.id, activity.reference]));

    const info = await call('viewAsOf', { at: '2026-11-22T00:00:00Z' });
    expect(info).toMatchObject({ asOf: '2026-11-22T00:00:00Z', readOnly: true, counts: { activities: 2, processors: 0 } });
    // The file is still the register's own, whatever copy the view reads.
    expect((await call('currentFile', {})).path).toBe(info.filePath);
    expect(info.filePath).toBe(registerPath);
    const then = await call('listActivities', {});
    expect(then.map((activity) => activity.name).sort()).toEqual(['Hiring', 'Payroll']);
    expect(then.find((activity) => activity.id === payroll.id)?.reference).toBe(references[payroll.id]);
    expect((await call('getActivity', { id: payroll.id })).purposes).toEqual(['Paying salaries']);
  });

  it('refuses every change while viewed, saying why, and changes nothing', async () => {
    const { call, failure, payroll, registerPath } = await registerWithAPast();
    await call('viewAsOf', { at: '2026-11-22T00:00:00Z' });
    const refused = await failure('saveActivity', { record: { ...payroll, name: 'Renamed in the past' } });
    expect(refused.message).toMatch(/shown as it stood on .*nothing can be changed/);
    expect((await failure('createBackup', {})).message).toMatch(/shown as it stood on/);
    expect((await failure('restoreBackup', { name: 'x.ropa' })).message).toMatch(/shown as it stood on/);

    // Its history is the register's own, up to the moment viewed.
    const history = await call('listAudit', {});
    expect(history.length).toBeGreaterThan(3);
    expect(history.every((entry) => entry.at <= '2026-11-22T00:00:00Z')).toBe(true);
    const now = await call('viewAsOf', { at: null });
    expect(now).toMatchObject({ asOf: null, readOnly: false, filePath: registerPath, counts: { activities: 1, processors: 1 } });
    expect((await call('getActivity', { id: payroll.id })).name).toBe('Payroll and pensions');
  });

  it('makes the report of the register as it stood, and says so on its cover', async () => {
    const { call, dataDir } = await registerWithAPast();
    await call('viewAsOf', { at: '2026-11-22T00:00:00Z' });
    const target = path.join(dataDir, 'then.pdf');
    const report = await call('createReport', { language: 'en', includeDrafts: true, path: target });
    expect(report).toMatchObject({ activities: 2 });
    const text = pdfText(target);
    expect(text).toContain('Hiring');
    expect(text).not.toContain('CloudPay');
    expect(text).toMatch(/22 November 2026/);
  });

  it('leaves no file behind once the view is left, and another register opened ends it', async () => {
    const { call, dataDir, registerPath } = await registerWithAPast();
    await call('viewAsOf', { at: '2026-11-22T00:00:00Z' });
    const views = path.join(dataDir, 'as-of-views');
    expect(readdirSync(views).length).toBeGreaterThan(0);
    await call('viewAsOf', { at: '2026-11-26T00:00:00Z' });
    expect((await call('registerInfo', {})).counts).toMatchObject({ activities: 1, processors: 1 });
    await call('openFile', { path: registerPath });
    expect(await call('registerInfo', {})).toMatchObject({ asOf: null, readOnly: false });
    expect(readdirSync(views)).toEqual([]);
    expect(existsSync(registerPath)).toBe(true);
  });

  it('refuses a moment before the register’s history starts', async () => {
    const { failure } = await registerWithAPast();
    expect((await failure('viewAsOf', { at: '2020-01-01T00:00:00Z' })).message).toMatch(/history/i);
  });
});
