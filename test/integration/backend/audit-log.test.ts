// The audit log through the backend's commands: every entry names its kind and the record as it was named, a deleted
// record included; the list narrows to kinds; the chain verifies.
import { describe, expect, it } from 'vitest';
import { activityDraft, organisationDraft, startWithRegister } from './support.ts';

describe('the audit log', () => {
  it('names a deleted record as it was named, and lists only the kinds asked for', async () => {
    const { call } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const activity = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
    await call('deleteActivity', { id: activity.id });
    const [deleted] = await call('listAudit', { recordId: activity.id, limit: 1 });
    expect(deleted).toMatchObject({ kind: 'change', action: 'delete', recordType: 'activity', recordName: 'Payroll' });
    const kinds = new Set((await call('listAudit', {})).map((entry) => entry.kind));
    expect([...kinds]).toEqual(['change']);
    expect(await call('listAudit', { kinds: ['import', 'restore'] })).toEqual([]);
    expect((await call('listAudit', { kinds: ['change'] })).length).toBe(4);
  });

  it('verifies as a whole chain, entry by entry', async () => {
    const { call } = await startWithRegister();
    await call('saveOrganisation', { record: organisationDraft() });
    expect(await call('verifyAudit', {})).toEqual({ entries: 2, broken: null });
  });
});
