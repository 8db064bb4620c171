// Organisations, processors and activities are saved and deleted by one piece of code (services/record-keeper.ts):
// these pin down that every type keeps the same rules, each in its own words.
import { describe, expect, it } from 'vitest';
import { activityDraft, organisationDraft, processorDraft, startWithRegister } from './support.ts';

type Started = Awaited<ReturnType<typeof startWithRegister>>;

const types = [
  {
    type: 'organisation',
    save: 'saveOrganisation',
    remove: 'deleteOrganisation',
    draft: async () => organisationDraft('Old holding'),
  },
  {
    type: 'processor',
    save: 'saveProcessor',
    remove: 'deleteProcessor',
    draft: async () => processorDraft('Brightmail Inc.'),
  },
  {
    type: 'activity',
    save: 'saveActivity',
    remove: 'deleteActivity',
    draft: async ({ call }: Started) => activityDraft((await call('saveOrganisation', { record: organisationDraft() })).id, 'Payroll'),
  },
] as const;

describe.each(types)('every $type', ({ type, save, remove, draft }) => {
  it('is deleted for good with an audit row keeping its fields, and is then not found by its name', async () => {
    const started = await startWithRegister();
    const { call, failure } = started;
    const saved = await call(save, { record: await draft(started) });
    const revision = (await call('registerInfo', {})).revision;

    expect(await call(remove, { id: saved.id })).toEqual({ id: saved.id });
    expect((await call('registerInfo', {})).revision).toBe(revision + 1);
    const [entry] = await call('listAudit', { recordId: saved.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'delete', recordType: type, actor: 'dpo@test', source: null });
    expect(entry?.changes).toContainEqual({ field: 'name', old: saved.name, new: null });

    expect(await failure(remove, { id: saved.id })).toEqual({
      code: 'not-found',
      message: `This ${type} is not in the register (it may have been deleted)`,
      path: 'id',
    });
    expect(await failure(save, { record: { ...saved, name: 'Renamed' } })).toMatchObject({
      code: 'not-found',
      message: `This ${type} is no longer in the register (it may have been deleted); nothing was saved`,
    });
    expect((await call('registerInfo', {})).revision).toBe(revision + 1);
  });

  it('saves a change from the revision it has, as an update audited with the changed fields only', async () => {
    const started = await startWithRegister();
    const { call, failure } = started;
    const saved = await call(save, { record: await draft(started) });
    const changed = await call(save, { record: { ...saved, name: 'Renamed' } });
    expect(changed).toMatchObject({ id: saved.id, revision: 2 });
    expect((await call('listAudit', { recordId: saved.id, limit: 1 }))[0]).toMatchObject({
      action: 'update',
      recordType: type,
      changes: [{ field: 'name', old: saved.name, new: 'Renamed' }],
    });
    expect(await failure(save, { record: { ...saved, name: 'Stale' } })).toMatchObject({ code: 'conflict', path: 'revision' });
  });
});
