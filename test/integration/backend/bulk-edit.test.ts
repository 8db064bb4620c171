// Bulk edits (services/bulk-edits.ts, bulk-edit-undo.ts): one change to many records in one transaction, checked as
// a save would be, audited per record as "bulk edit #N", and undone as one unless a record changed since.
import { openSync, readSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProcessingActivity } from '../../../shared/model/records.ts';
import { activityDraft, organisationDraft, processorDraft, startWithRegister } from './support.ts';

type Started = Awaited<ReturnType<typeof startWithRegister>>;

/**
 * SQLite's file change counter (bytes 24–27 of the header): in a rollback-journal database, +1 for every
 * transaction that wrote to the file. The number of transactions a command took, seen from outside.
 */
function changeCounter(registerPath: string): number {
  const header = Buffer.alloc(4);
  const file = openSync(registerPath, 'r');
  try {
    readSync(file, header, 0, 4, 24);
  } finally {
    closeSync(file);
  }
  return header.readUInt32BE(0);
}

/** `count` activities named "Activity 1" … (PA-0001 …); every third one owned by HR, the rest with no owner. */
async function withActivities(started: Started, count: number, extra: (index: number) => Record<string, unknown> = () => ({})) {
  const organisation = await started.call('saveOrganisation', { record: organisationDraft() });
  const activities: ProcessingActivity[] = [];
  for (let index = 1; index <= count; index++) {
    const owner = index % 3 === 0 ? { owner: 'HR' } : {};
    activities.push(await started.call('saveActivity', { record: activityDraft(organisation.id, `Activity ${index}`, { ...owner, ...extra(index) }) }));
  }
  return activities;
}

const idsOf = (records: ReadonlyArray<{ id: string }>) => records.map((record) => record.id);

describe('a bulk edit of activities', () => {
  it('sets the owner of 20 activities in one transaction, with one audit row per activity under one source', async () => {
    const started = await startWithRegister();
    const { call, clock, registerPath } = started;
    const activities = await withActivities(started, 20);
    const revision = (await call('registerInfo', {})).revision;
    clock.advance(60);

    const transactionsBefore = changeCounter(registerPath);
    const outcome = await call('bulkEditActivities', { ids: idsOf(activities), change: { owner: 'People team' } });
    expect(changeCounter(registerPath)).toBe(transactionsBefore + 1);

    expect(outcome).toEqual({ id: 1, recordType: 'activity', changed: 20, unchanged: 0 });
    expect((await call('listActivities', {})).map((summary) => summary.owner)).toEqual(activities.map(() => 'People team'));
    expect((await call('registerInfo', {})).revision).toBe(revision + 20);

    const audit = await call('listAudit', { limit: 21 });
    const rows = audit.slice(0, 20);
    expect(new Set(rows.map((row) => row.recordId))).toEqual(new Set(idsOf(activities)));
    for (const row of rows) {
      expect(row).toMatchObject({ action: 'update', recordType: 'activity', source: 'bulk edit #1', actor: 'dpo@test', at: '2026-11-20T12:01:00Z' });
      const before = activities.find((activity) => activity.id === row.recordId);
      expect(row.changes).toEqual([{ field: 'owner', old: before?.owner ?? null, new: 'People team' }]);
    }
    expect(audit[20]).toMatchObject({ action: 'create', source: null });
    // Each activity is at its next revision, as after a save.
    expect((await call('getActivity', { id: activities[0]?.id ?? '' })).revision).toBe(2);
  });

  it('counts the records that already were as asked, writes nothing for them, and numbers the next bulk edit on', async () => {
    const started = await startWithRegister();
    const { call } = started;
    const activities = await withActivities(started, 6);
    const outcome = await call('bulkEditActivities', { ids: idsOf(activities), change: { owner: 'HR' } });
    expect(outcome).toEqual({ id: 1, recordType: 'activity', changed: 4, unchanged: 2 });
    expect(await call('bulkEditActivities', { ids: idsOf(activities), change: { owner: 'HR' } })).toEqual({
      id: null,
      recordType: 'activity',
      changed: 0,
      unchanged: 6,
    });
    expect((await call('bulkEditActivities', { ids: idsOf(activities), change: { owner: null } })).id).toBe(2);
    expect((await call('listActivities', {})).every((summary) => summary.owner === null)).toBe(true);
  });

  it('is undone as one: every field back as it was, audited per record, and only once', async () => {
    const started = await startWithRegister();
    const { call, failure, clock, registerPath } = started;
    const activities = await withActivities(started, 20);
    const { id } = await call('bulkEditActivities', { ids: idsOf(activities), change: { owner: 'People team', nextReviewOn: '2027-06-30' } });
    clock.advance(120);

    const transactionsBefore = changeCounter(registerPath);
    expect(await call('undoBulkEdit', { id: id ?? 0 })).toEqual({ id: 1, recordType: 'activity', restored: 20 });
    expect(changeCounter(registerPath)).toBe(transactionsBefore + 1);

    for (const activity of activities) {
      const now = await call('getActivity', { id: activity.id });
      expect(now.owner).toBe(activity.owner);
      expect('nextReviewOn' in now).toBe(false);
      expect(now.revision).toBe(3);
    }
    const audit = await call('listAudit', { limit: 20 });
    expect(audit.every((row) => row.source === 'undo of bulk edit #1' && row.action === 'update' && row.at === '2026-11-20T12:02:00Z')).toBe(true);
    expect(audit.find((row) => row.recordId === activities[2]?.id)?.changes).toEqual([
      { field: 'owner', old: 'People team', new: 'HR' },
      { field: 'nextReviewOn', old: '2027-06-30', new: null },
    ]);

    expect(await failure('undoBulkEdit', { id: 1 })).toEqual({
      code: 'conflict',
      message: 'Bulk edit #1 was already undone (at 2026-11-20T12:02:00Z)',
      path: 'id',
    });
    expect(await failure('undoBulkEdit', { id: 7 })).toMatchObject({ code: 'not-found', message: 'There is no bulk edit #7 in this register' });
  });

  it('refuses the whole change when it would leave records invalid, naming each of them', async () => {
    const started = await startWithRegister();
    const { call, failure } = started;
    // Drafts; the 4th and the 9th have no purpose yet, which an active activity must have (Art. 30(1)(b)).
    const activities = await withActivities(started, 10, (index) => ({ status: 'draft', ...(index === 4 || index === 9 ? { purposes: [] } : {}) }));
    const revision = (await call('registerInfo', {})).revision;

    const refused = await failure('bulkEditActivities', { ids: idsOf(activities), change: { status: 'active' } });
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toBe(
      'Nothing was changed: 2 activities would not be valid after the change: ' +
        'PA-0004 “Activity 4”: purposes: needs at least one purpose (Art. 30(1)(b)); ' +
        'PA-0009 “Activity 9”: purposes: needs at least one purpose (Art. 30(1)(b))',
    );
    expect(refused.issues?.map((issue) => issue.path)).toEqual([activities[3]?.id, activities[8]?.id]);

    expect((await call('listActivities', {})).every((summary) => summary.status === 'draft')).toBe(true);
    expect((await call('registerInfo', {})).revision).toBe(revision);
    expect((await call('listAudit', { limit: 1 }))[0]?.source).toBeNull();
  });

  it('refuses an undo once a record changed since, naming it, and changes nothing', async () => {
    const started = await startWithRegister();
    const { call, failure, clock } = started;
    const activities = await withActivities(started, 20);
    const { id } = await call('bulkEditActivities', { ids: idsOf(activities), change: { owner: 'People team' } });
    clock.advance(300);
    const third = await call('getActivity', { id: activities[2]?.id ?? '' });
    await call('saveActivity', { record: { ...third, retention: '5 years' } });

    const refused = await failure('undoBulkEdit', { id: id ?? 0 });
    expect(refused).toEqual({
      code: 'conflict',
      message: 'Bulk edit #1 cannot be undone: 1 activity changed after it: PA-0003 “Activity 3” (edited at 2026-11-20T12:05:00Z). Nothing was changed',
      path: 'id',
    });
    expect((await call('listActivities', {})).every((summary) => summary.owner === 'People team')).toBe(true);
    expect((await call('listAudit', { limit: 1 }))[0]).toMatchObject({ recordId: third.id, source: null });
  });

  it('refuses an undo when a record was deleted or changed by a later bulk edit, saying what happened', async () => {
    const started = await startWithRegister();
    const { call, failure } = started;
    const activities = await withActivities(started, 4, (index) => (index === 1 ? { status: 'draft' } : {}));
    const first = await call('bulkEditActivities', { ids: idsOf(activities), change: { lastReviewedOn: '2026-11-01' } });
    await call('deleteActivity', { id: activities[0]?.id ?? '' });
    await call('bulkEditActivities', { ids: idsOf(activities.slice(1, 2)), change: { status: 'retired' } });

    const refused = await failure('undoBulkEdit', { id: first.id ?? 0 });
    expect(refused.message).toBe(
      'Bulk edit #1 cannot be undone: 2 activities changed after it: “Activity 1” (deleted at 2026-11-20T12:00:00Z); ' +
        'PA-0002 “Activity 2” (changed by bulk edit #2 at 2026-11-20T12:00:00Z). Nothing was changed',
    );
  });

  it('refuses a record changed after the table was shown, when the revisions seen are sent', async () => {
    const started = await startWithRegister();
    const { call, failure } = started;
    const activities = await withActivities(started, 3);
    const summaries = await call('listActivities', {});
    const second = activities[1] as ProcessingActivity;
    await call('saveActivity', { record: { ...second, owner: 'Legal' } });

    const revisions = Object.fromEntries(summaries.map((summary) => [summary.id, summary.revision]));
    const refused = await failure('bulkEditActivities', { ids: idsOf(activities), revisions, change: { owner: 'IT' } });
    expect(refused).toMatchObject({ code: 'conflict', path: 'revisions' });
    expect(refused.message).toContain('1 activity changed after the table was shown: PA-0002 “Activity 2”');
    expect((await call('getActivity', { id: second.id })).owner).toBe('Legal');
  });

  it('adds and removes processors and security measures, checking the processors are in the register', async () => {
    const started = await startWithRegister();
    const { call, failure } = started;
    const hosting = await call('saveProcessor', { record: processorDraft('Acme Hosting') });
    const mail = await call('saveProcessor', { record: processorDraft('Brightmail') });
    const activities = await withActivities(started, 3, (index) =>
      index === 1 ? { processorIds: [mail.id], securityMeasures: ['Encryption at rest', 'Access control'] } : {},
    );
    const ids = idsOf(activities);

    await call('bulkEditActivities', { ids, change: { addProcessorIds: [hosting.id], addSecurityMeasures: ['Encryption at rest'] } });
    expect((await call('getActivity', { id: ids[0] ?? '' })).processorIds).toEqual([mail.id, hosting.id]);
    expect((await call('getActivity', { id: ids[0] ?? '' })).securityMeasures).toEqual(['Encryption at rest', 'Access control']);
    expect((await call('getActivity', { id: ids[1] ?? '' })).securityMeasures).toEqual(['Encryption at rest']);

    await call('bulkEditActivities', { ids, change: { removeProcessorIds: [mail.id], removeSecurityMeasures: ['encryption AT REST '] } });
    const first = await call('getActivity', { id: ids[0] ?? '' });
    expect(first.processorIds).toEqual([hosting.id]);
    expect(first.securityMeasures).toEqual(['Access control']);
    expect('securityMeasures' in (await call('getActivity', { id: ids[2] ?? '' }))).toBe(false);

    const unknown = '00000000-0000-4000-8000-00000000ffff';
    const refused = await failure('bulkEditActivities', { ids, change: { addProcessorIds: [unknown] } });
    expect(refused.message).toContain(
      `3 activities would not be valid after the change: PA-0001 “Activity 1”: processorIds[1]: "${unknown}" is not a processor`,
    );
  });

  it('refuses an input that changes nothing or names no record', async () => {
    const { failure } = await startWithRegister();
    expect(await failure('bulkEditActivities', { ids: [], change: { owner: 'HR' } })).toMatchObject({ code: 'invalid-input', path: 'ids' });
    expect(await failure('bulkEditActivities', { ids: ['00000000-0000-4000-8000-000000000001'], change: {} })).toMatchObject({
      code: 'invalid-input',
      path: 'change',
    });
    expect(await failure('bulkEditActivities', { ids: ['00000000-0000-4000-8000-000000000001'], change: { nextReviewOn: '2027-02-30' } })).toMatchObject({
      code: 'invalid-input',
      path: 'change.nextReviewOn',
    });
  });
});

describe('a bulk edit of processors', () => {
  it('adds and removes a data location and sets the kind, and is undone', async () => {
    const { call } = await startWithRegister();
    const hosting = await call('saveProcessor', { record: processorDraft('Acme Hosting', { dataLocations: ['DE', 'IE'] }) });
    const mail = await call('saveProcessor', { record: processorDraft('Brightmail') });
    const ids = [hosting.id, mail.id];

    expect(await call('bulkEditProcessors', { ids, change: { addDataLocations: ['fi'], removeDataLocations: ['IE'] } })).toEqual({
      id: 1,
      recordType: 'processor',
      changed: 2,
      unchanged: 0,
    });
    const [first, second] = await call('listProcessors', {});
    expect(first?.dataLocations).toEqual(['DE', 'FI']);
    expect(second?.dataLocations).toEqual(['FI']);

    expect((await call('bulkEditProcessors', { ids, change: { kind: 'independent-controller' } })).id).toBe(2);
    expect((await call('listProcessors', {})).map((processor) => processor.kind)).toEqual(['independent-controller', 'independent-controller']);

    expect(await call('undoBulkEdit', { id: 2 })).toEqual({ id: 2, recordType: 'processor', restored: 2 });
    expect(await call('undoBulkEdit', { id: 1 })).toEqual({ id: 1, recordType: 'processor', restored: 2 });
    const [hostingAgain, mailAgain] = await call('listProcessors', {});
    expect(hostingAgain).toEqual({ ...hosting, revision: 5, updatedAt: hostingAgain?.updatedAt });
    expect(mailAgain).toEqual({ ...mail, revision: 5, updatedAt: mailAgain?.updatedAt });
  });
});
