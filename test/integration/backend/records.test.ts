import { describe, expect, it } from 'vitest';
import { activityDraft, organisationDraft, processorDraft, startWithRegister } from './support.ts';

describe('organisations', () => {
  it('are created at revision 1 with the time of the clock, and every change is audited field by field', async () => {
    const { call, clock } = await startWithRegister();
    const created = await call('saveOrganisation', { record: { ...organisationDraft(), email: 'privacy@sava.test' } });
    expect(created).toMatchObject({ revision: 1, updatedAt: '2026-11-20T12:00:00Z', name: 'Sava Logistics d.o.o.' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

    clock.advance(90);
    const renamed = await call('saveOrganisation', { record: { ...created, name: 'Sava Logistika d.o.o.', phone: '+386 1 000 00 00' } });
    expect(renamed).toMatchObject({ revision: 2, updatedAt: '2026-11-20T12:01:30Z', email: 'privacy@sava.test' });
    expect(await call('listOrganisations', {})).toEqual([renamed]);

    const audit = await call('listAudit', { recordId: created.id });
    expect(audit.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({
      actor: 'dpo@test',
      recordType: 'organisation',
      at: '2026-11-20T12:01:30Z',
      changes: [
        { field: 'name', old: 'Sava Logistics d.o.o.', new: 'Sava Logistika d.o.o.' },
        { field: 'phone', old: null, new: '+386 1 000 00 00' },
      ],
    });
    expect(audit[1]?.changes).toEqual([
      { field: 'name', old: null, new: 'Sava Logistics d.o.o.' },
      { field: 'country', old: null, new: 'SI' },
      { field: 'email', old: null, new: 'privacy@sava.test' },
    ]);
  });

  it('raise the register revision by one per change, and a save that changes nothing changes nothing', async () => {
    const { call } = await startWithRegister();
    expect((await call('registerInfo', {})).revision).toBe(0);
    const created = await call('saveOrganisation', { record: organisationDraft() });
    await call('saveOrganisation', { record: { ...created, country: 'HR' } });
    expect((await call('registerInfo', {})).revision).toBe(2);
    const again = await call('listOrganisations', {});
    const unchanged = await call('saveOrganisation', { record: again[0] ?? {} });
    expect(unchanged.revision).toBe(2);
    expect((await call('registerInfo', {})).revision).toBe(2);
    // The two changes, after the register's own first entry (its creation).
    expect((await call('listAudit', {})).map((entry) => [entry.recordType, entry.action])).toEqual([
      ['organisation', 'update'],
      ['organisation', 'create'],
      ['register', 'create'],
    ]);
  });

  it('refuse a save based on a revision someone else has since changed', async () => {
    const { call, failure } = await startWithRegister();
    const opened = await call('saveOrganisation', { record: organisationDraft() });
    await call('saveOrganisation', { record: { ...opened, address: 'Ljubljana' } }); // a colleague's save
    const stale = await failure('saveOrganisation', { record: { ...opened, address: 'Maribor' } });
    expect(stale).toMatchObject({ code: 'conflict', path: 'revision' });
    expect(stale.message).toMatch(/changed after you opened it \(you started from revision 1; it is now at 2\)/);
    expect((await call('listOrganisations', {}))[0]).toMatchObject({ address: 'Ljubljana', revision: 2 });

    const { revision: _revision, ...withoutRevision } = opened;
    expect(await failure('saveOrganisation', { record: withoutRevision })).toMatchObject({ code: 'invalid-input', path: 'revision' });
  });

  it('report every invalid field with its path, the first one as the message', async () => {
    const { failure } = await startWithRegister();
    const refused = await failure('saveOrganisation', {
      record: { name: '  ', country: 'XX', dpo: { email: 5 }, colour: 'blue', 'x-crm': 'ACC-1' },
    });
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toBe('name: must not be empty');
    expect(refused.path).toBe('name');
    // An unknown field is reported together with the invalid ones, not only once they are fixed.
    expect(refused.issues).toEqual([
      { path: 'name', message: 'must not be empty' },
      { path: 'country', message: '"XX" is not an ISO 3166-1 alpha-2 country code such as DE or UA' },
      { path: 'dpo.email', message: 'should be a string, not 5' },
      { path: 'colour', message: 'is not a field of the exchange format (extension fields must start with "x-")' },
    ]);
    const unknown = await failure('saveOrganisation', { record: { ...organisationDraft(), colour: 'blue', 'x-crm': 'ACC-1' } });
    expect(unknown.issues).toEqual([{ path: 'colour', message: 'is not a field of the exchange format (extension fields must start with "x-")' }]);
  });

  it('keep x- keys and translations exactly as given', async () => {
    const { call } = await startWithRegister();
    const record = {
      name: { en: 'Dnipro Software LLC', uk: 'ТОВ «Дніпро Софтвер»' },
      country: 'UA',
      supervisoryAuthority: { name: { en: 'Ombudsman', uk: 'Уповноважений' }, 'x-note': { since: 2024 } },
      'x-crmAccount': 'ACC-7',
    };
    const saved = await call('saveOrganisation', { record });
    expect(saved).toMatchObject(record);
    expect(await call('listOrganisations', {})).toEqual([saved]);
  });

  it('cannot be deleted while activities are kept for them, saying by which', async () => {
    const { call, failure } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    for (const name of ['Payroll', 'Recruitment', 'Newsletter', 'CCTV', 'Customer support', 'Website analytics', 'Order fulfilment']) {
      await call('saveActivity', { record: activityDraft(organisation.id, name) });
    }
    const refused = await failure('deleteOrganisation', { id: organisation.id });
    expect(refused).toEqual({
      code: 'in-use',
      message:
        '"Sava Logistics d.o.o." cannot be deleted: it is used by 7 activities: Payroll, Recruitment, Newsletter, CCTV, Customer support, …. Move those activities to another organisation or delete them first',
    });

    const unused = await call('saveOrganisation', { record: organisationDraft('Old holding') });
    expect(await call('deleteOrganisation', { id: unused.id })).toEqual({ id: unused.id });
    expect((await call('listOrganisations', {})).map((record) => record.name)).toEqual(['Sava Logistics d.o.o.']);
    expect((await call('listAudit', { recordId: unused.id, limit: 1 }))[0]).toMatchObject({
      action: 'delete',
      changes: [
        { field: 'name', old: 'Old holding', new: null },
        { field: 'country', old: 'SI', new: null },
      ],
    });
    expect(await failure('deleteOrganisation', { id: unused.id })).toMatchObject({ code: 'not-found' });
  });
});

describe('processors and sub-processors', () => {
  it('form chains of any depth, and a parent must be in the register', async () => {
    const { call, failure } = await startWithRegister();
    const cloud = await call('saveProcessor', { record: processorDraft('Northwind Cloud GmbH') });
    const dataCentre = await call('saveProcessor', { record: processorDraft('Alpine DC AG', { parentId: cloud.id }) });
    const power = await call('saveProcessor', { record: processorDraft('Grid Services AG', { parentId: dataCentre.id }) });
    const cooling = await call('saveProcessor', { record: processorDraft('Cooling Ltd', { parentId: power.id }) });
    expect(cooling.parentId).toBe(power.id);

    const dangling = await failure('saveProcessor', { record: processorDraft('Nobody', { parentId: '00000000-0000-4000-8000-00000000ffff' }) });
    expect(dangling).toMatchObject({ code: 'invalid-input', path: 'parentId' });
    expect(dangling.message).toBe('parentId: "00000000-0000-4000-8000-00000000ffff" is not a processor in this register');
  });

  it('refuse a save that would make the chain loop, naming the loop', async () => {
    const { call, failure } = await startWithRegister();
    const cloud = await call('saveProcessor', { record: processorDraft('Northwind Cloud GmbH') });
    const dataCentre = await call('saveProcessor', { record: processorDraft('Alpine DC AG', { parentId: cloud.id }) });
    const power = await call('saveProcessor', { record: processorDraft('Grid Services AG', { parentId: dataCentre.id }) });

    const loop = await failure('saveProcessor', { record: { ...cloud, parentId: power.id } });
    expect(loop).toMatchObject({ code: 'invalid-input', path: 'parentId' });
    expect(loop.message).toBe(
      'parentId: would make the chain of sub-processors loop back to itself (Northwind Cloud GmbH → Grid Services AG → Alpine DC AG → Northwind Cloud GmbH)',
    );
    expect(await failure('saveProcessor', { record: { ...cloud, parentId: cloud.id } })).toMatchObject({
      message: 'parentId: a processor cannot be its own sub-processor',
    });
    expect((await call('listProcessors', {})).find((record) => record.id === cloud.id)?.parentId).toBeUndefined();
  });

  it('cannot be deleted while activities use them or sub-processors hang under them', async () => {
    const { call, failure } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const mail = await call('saveProcessor', { record: processorDraft('Brightmail Inc.', { country: 'US' }) });
    const relay = await call('saveProcessor', { record: processorDraft('Relay Co', { parentId: mail.id }) });
    await call('saveActivity', { record: activityDraft(organisation.id, 'Newsletter', { processorIds: [mail.id] }) });
    await call('saveActivity', {
      record: activityDraft(organisation.id, 'Customer support', { transfers: [{ country: 'US', processorId: mail.id, mechanism: 'dpf' }] }),
    });
    expect(await failure('deleteProcessor', { id: mail.id })).toEqual({
      code: 'in-use',
      message:
        '"Brightmail Inc." cannot be deleted: it is used by 2 activities: Newsletter, Customer support; and it has 1 sub-processor: Relay Co. Remove it from those first',
    });
    expect(await call('deleteProcessor', { id: relay.id })).toEqual({ id: relay.id });
  });

  it('say plainly that a processor with only sub-processors cannot be deleted', async () => {
    const { call, failure } = await startWithRegister();
    const mail = await call('saveProcessor', { record: processorDraft('Brightmail Inc.', { country: 'US' }) });
    await call('saveProcessor', { record: processorDraft('Relay Co', { parentId: mail.id }) });
    expect((await failure('deleteProcessor', { id: mail.id })).message).toBe(
      '"Brightmail Inc." cannot be deleted: it has 1 sub-processor: Relay Co. Remove it from those first',
    );
  });
});

describe('processing activities', () => {
  it('get sequential references and are listed as summaries from the table columns', async () => {
    const { call } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const mail = await call('saveProcessor', { record: processorDraft('Brightmail Inc.', { country: 'US' }) });
    const payroll = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll', { owner: 'HR', nextReviewOn: '2027-01-31' }) });
    await call('saveActivity', {
      record: activityDraft(
        organisation.id,
        { en: 'Newsletter', sl: 'E-novice' },
        {
          legalBases: [{ basis: 'consent' }, { basis: 'legitimate-interests', detail: 'Existing customers' }],
          processorIds: [mail.id],
          transfers: [
            { country: 'US', processorId: mail.id, mechanism: 'dpf' },
            { country: 'IN', recipient: 'Support centre' },
            { country: 'US', recipient: 'Backup' },
          ],
        },
      ),
    });
    const rows = await call('listActivities', {});
    expect(rows).toEqual([
      {
        id: payroll.id,
        reference: 'PA-0001',
        name: 'Payroll',
        role: 'controller',
        organisationId: organisation.id,
        legalBases: ['contract'],
        owner: 'HR',
        status: 'active',
        nextReviewOn: '2027-01-31',
        transferCountries: [],
        processorIds: [],
        revision: 1,
        updatedAt: '2026-11-20T12:00:00Z',
      },
      expect.objectContaining({
        reference: 'PA-0002',
        name: { en: 'Newsletter', sl: 'E-novice' },
        legalBases: ['consent', 'legitimate-interests'],
        owner: null,
        nextReviewOn: null,
        transferCountries: ['US', 'IN'],
      }),
    ]);
  });

  it('check every reference with its path', async () => {
    const { call, failure } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const missing = '00000000-0000-4000-8000-0000000000aa';
    const refused = await failure('saveActivity', {
      record: activityDraft(missing, 'Payroll', { processorIds: [missing], transfers: [{ country: 'US', processorId: missing }] }),
    });
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toBe(`organisationId: "${missing}" is not an organisation in this register`);
    expect(refused.issues?.map((issue) => issue.path)).toEqual(['organisationId', 'processorIds[0]', 'transfers[0].processorId']);
    expect(await call('listActivities', {})).toEqual([]);
    expect((await call('registerInfo', {})).revision).toBe(1);
    expect(organisation.revision).toBe(1);
  });

  it('must be complete (Art. 30) unless they are drafts, each missing item next to its field', async () => {
    const { call, failure } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const incomplete = {
      organisationId: organisation.id,
      role: 'processor',
      name: 'Hosting for clients',
      purposes: [],
      dataSubjects: [],
      dataCategories: [],
      public: false,
    };
    const refused = await failure('saveActivity', { record: { ...incomplete, status: 'active' } });
    expect(refused.issues).toEqual([
      { path: 'purposes', message: 'needs at least one purpose (Art. 30(1)(b))' },
      { path: 'dataSubjects', message: 'needs at least one category of data subjects (Art. 30(1)(c))' },
      { path: 'dataCategories', message: 'needs at least one category of personal data (Art. 30(1)(c))' },
      { path: 'retention', message: 'needs the time limit for erasure (Art. 30(1)(f))' },
      { path: 'controllers', message: 'needs the controllers on whose behalf you act (Art. 30(2)(a))' },
    ]);
    const draft = await call('saveActivity', { record: { ...incomplete, status: 'draft' } });
    expect(draft.status).toBe('draft');
    const activate = await failure('setActivityStatus', { id: draft.id, status: 'active' });
    expect(activate).toMatchObject({ code: 'invalid-input', path: 'purposes' });
    expect((await call('getActivity', { id: draft.id })).status).toBe('draft');
  });

  it('are duplicated as drafts with a new id and reference, and the same content', async () => {
    const { call, clock } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const original = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll', { 'x-ticket': 'DPO-7', owner: 'HR' }) });
    clock.advance(60);
    const copy = await call('duplicateActivity', { id: original.id });
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ status: 'draft', revision: 1, updatedAt: '2026-11-20T12:01:00Z', 'x-ticket': 'DPO-7', owner: 'HR' });
    const { id: _a, status: _b, updatedAt: _c, ...sameContent } = original;
    expect(copy).toMatchObject(sameContent);
    expect((await call('listActivities', {})).map((row) => row.reference)).toEqual(['PA-0001', 'PA-0002']);
    expect((await call('listAudit', { recordId: copy.id }))[0]).toMatchObject({ action: 'create', source: 'duplicate of PA-0001' });
  });

  it('are retired with a new revision and an audited status change, and deleted for good', async () => {
    const { call, failure } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const payroll = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
    const retired = await call('setActivityStatus', { id: payroll.id, status: 'retired' });
    expect(retired).toMatchObject({ status: 'retired', revision: 2 });
    expect((await call('listAudit', { recordId: payroll.id, limit: 1 }))[0]?.changes).toEqual([{ field: 'status', old: 'active', new: 'retired' }]);

    expect(await call('deleteActivity', { id: payroll.id })).toEqual({ id: payroll.id });
    expect(await failure('getActivity', { id: payroll.id })).toMatchObject({ code: 'not-found' });
    // References are never reused: the next activity is PA-0002 even though PA-0001 is gone.
    await call('saveActivity', { record: activityDraft(organisation.id, 'Recruitment') });
    expect((await call('listActivities', {})).map((row) => row.reference)).toEqual(['PA-0002']);
  });

  it('keep their processor links in step with processorIds when edited', async () => {
    const { call, failure } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const first = await call('saveProcessor', { record: processorDraft('First GmbH') });
    const second = await call('saveProcessor', { record: processorDraft('Second GmbH') });
    const activity = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll', { processorIds: [first.id] }) });
    await call('saveActivity', { record: { ...activity, processorIds: [second.id] } });
    expect(await call('deleteProcessor', { id: first.id })).toEqual({ id: first.id });
    expect(await failure('deleteProcessor', { id: second.id })).toMatchObject({ code: 'in-use' });
  });
});

describe('the audit log', () => {
  it('lists the newest changes first, of the whole register or of one record, up to a limit', async () => {
    const { call, clock } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const ids: string[] = [];
    for (const name of ['Payroll', 'Recruitment', 'Newsletter']) {
      clock.advance(1);
      ids.push((await call('saveActivity', { record: activityDraft(organisation.id, name) })).id);
    }
    const latest = await call('listAudit', { limit: 2 });
    expect(latest.map((entry) => entry.recordId)).toEqual([ids[2], ids[1]]);
    expect(latest[0]?.at).toBe('2026-11-20T12:00:03Z');
    expect((await call('listAudit', { recordId: organisation.id })).map((entry) => entry.action)).toEqual(['create']);
  });

  it('records changes to the register itself', async () => {
    const { call, failure } = await startWithRegister();
    const info = await call('updateRegister', { name: 'HR register', defaultLanguage: 'sl' });
    expect(info).toMatchObject({ name: 'HR register', defaultLanguage: 'sl', revision: 1 });
    expect((await call('listAudit', { recordId: info.id }))[0]).toMatchObject({
      recordType: 'register',
      changes: [
        { field: 'name', old: 'Register of processing activities', new: 'HR register' },
        { field: 'defaultLanguage', old: 'en', new: 'sl' },
      ],
    });
    await call('saveOrganisation', { record: organisationDraft() });
    expect(await failure('updateRegister', { defaultLanguage: 'en' })).toMatchObject({ code: 'not-empty', path: 'defaultLanguage' });
  });
});
