// The audit log filtered as a DPO narrows it (services/audit.ts, repositories/audit-repository.ts): to one record,
// one type of record, one person, some kinds, a range of moments with both ends included; every condition given
// holds at once, and moments written with another offset are the same instants.
import { describe, expect, it, onTestFinished } from 'vitest';
import { createBackend } from '../../../electron/main/backend/index.ts';
import type { AuditEntry, CommandInput, CommandName, CommandOutputs } from '../../../shared/ipc/contract.ts';
import { activityDraft, noDialogs, organisationDraft, processorDraft, startWithRegister } from './support.ts';

type Started = Awaited<ReturnType<typeof startWithRegister>>;

/** A register kept by the DPO from 10:00, an hour a step: an organisation, two processors, an activity using one. */
async function keptRegister(started: Started) {
  const { call, clock } = started;
  clock.set('2026-11-21T10:00:00Z');
  const organisation = await call('saveOrganisation', { record: organisationDraft() });
  clock.set('2026-11-21T11:00:00Z');
  const cloudy = await call('saveProcessor', { record: processorDraft('Cloudy GmbH') });
  const mailer = await call('saveProcessor', { record: processorDraft('Mailer Ltd') });
  clock.set('2026-11-21T12:00:00Z');
  const payroll = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll', { processorIds: [cloudy.id] }) });
  clock.set('2026-11-21T13:00:00Z');
  await call('saveProcessor', { record: { ...cloudy, name: 'Cloudy Europe GmbH' } });
  await call('bulkEditActivities', { ids: [payroll.id], change: { owner: 'People team' } });
  return { organisation, cloudy, mailer, payroll };
}

/** The same register opened by a colleague, on the same machine, once the DPO's window is closed. */
async function asColleague(started: Started, at: string) {
  started.backend.close();
  const backend = createBackend({
    dataDir: started.dataDir,
    host: noDialogs,
    actor: 'colleague@test',
    clock: () => new Date(at),
    systemLanguages: () => ['en-GB'],
  });
  onTestFinished(() => backend.close());
  await backend.openInitial(started.registerPath);
  return async <Name extends CommandName>(name: Name, input: CommandInput<Name>): Promise<CommandOutputs[Name]> => {
    const result = await backend.invoke(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as CommandOutputs[Name];
  };
}

const shown = (entries: AuditEntry[]) => entries.map((entry) => `${entry.at} ${entry.recordName ?? '?'} ${entry.action}`);

describe('the audit log filtered', () => {
  it("to one processor: its own entries, under the name each had, and nobody else's", async () => {
    const started = await startWithRegister();
    const { cloudy } = await keptRegister(started);
    const entries = await started.call('listAudit', { recordId: cloudy.id });
    expect(shown(entries)).toEqual(['2026-11-21T13:00:00Z Cloudy Europe GmbH update', '2026-11-21T11:00:00Z Cloudy GmbH create']);
  });

  it('to one type of record: every processor, and no activity or organisation; the register its own', async () => {
    const started = await startWithRegister();
    await keptRegister(started);
    const entries = await started.call('listAudit', { recordType: 'processor' });
    expect(entries.map((entry) => entry.recordName)).toEqual(['Cloudy Europe GmbH', 'Mailer Ltd', 'Cloudy GmbH']);
    expect((await started.call('listAudit', { recordType: 'register' })).map((entry) => entry.recordType)).toEqual(['register']);
  });

  it("to one person: the colleague's change only, and nothing for someone who changed nothing", async () => {
    const started = await startWithRegister();
    const { mailer } = await keptRegister(started);
    const call = await asColleague(started, '2026-11-22T09:00:00Z');
    await call('saveProcessor', { record: { ...mailer, country: 'FR' } });

    const theirs = await call('listAudit', { actor: 'colleague@test' });
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({ actor: 'colleague@test', recordName: 'Mailer Ltd', changes: [{ field: 'country', old: 'DE', new: 'FR' }] });
    expect((await call('listAudit', { actor: 'dpo@test' })).length).toBe(7);
    expect(await call('listAudit', { actor: 'auditor@test' })).toEqual([]);
  });

  it('to a range of moments, both ends included, whatever offset the moments are written with', async () => {
    const started = await startWithRegister();
    await keptRegister(started);
    const inRange = await started.call('listAudit', { since: '2026-11-21T11:00:00Z', until: '2026-11-21T12:00:00Z' });
    expect(shown(inRange)).toEqual([
      '2026-11-21T12:00:00Z Payroll create',
      '2026-11-21T11:00:00Z Mailer Ltd create',
      '2026-11-21T11:00:00Z Cloudy GmbH create',
    ]);

    // 13:00 in Kyiv (UTC+2 in November) is 11:00 UTC; 14:00 in Ljubljana (UTC+1) is 13:00 UTC.
    const offsets = await started.call('listAudit', { since: '2026-11-21T13:00:00+02:00', until: '2026-11-21T12:00:00.999Z' });
    expect(offsets).toEqual(inRange);
    expect(await started.call('listAudit', { since: '2026-11-21T14:00:00+01:00' })).toHaveLength(2);
    expect(await started.call('listAudit', { until: '2026-11-21T10:59:59Z' })).toHaveLength(2);
    expect(await started.call('listAudit', { since: '2026-11-21T13:00:01Z' })).toEqual([]);
  });

  it('to some kinds, and to all the conditions given at once', async () => {
    const started = await startWithRegister();
    const { payroll } = await keptRegister(started);
    const bulk = await started.call('listAudit', { kinds: ['bulk-edit'] });
    expect(bulk.map((entry) => [entry.kind, entry.recordName, entry.source])).toEqual([['bulk-edit', 'Payroll', 'bulk edit #1']]);
    const changes = await started.call('listAudit', { kinds: ['change'] });
    expect(changes).toHaveLength(6);
    expect(changes.every((entry) => entry.kind === 'change')).toBe(true);
    expect(await started.call('listAudit', { kinds: ['change', 'bulk-edit'] })).toHaveLength(7);

    const payrollChanges = await started.call('listAudit', { recordId: payroll.id, kinds: ['change'], recordType: 'activity', actor: 'dpo@test' });
    expect(shown(payrollChanges)).toEqual(['2026-11-21T12:00:00Z Payroll create']);
    expect(await started.call('listAudit', { recordId: payroll.id, recordType: 'processor' })).toEqual([]);
  });

  it('keeps the newest entries first, as many as the limit asks', async () => {
    const started = await startWithRegister();
    await keptRegister(started);
    const latest = await started.call('listAudit', { recordType: 'processor', limit: 2 });
    expect(latest.map((entry) => entry.recordName)).toEqual(['Cloudy Europe GmbH', 'Mailer Ltd']);
  });
});
