// The register compared between two moments: what was added, removed and changed, field by field, and which of it
// is material (a new purpose, recipient or transfer, a retention made longer), material first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { compareRegisters, isLongerRetention } from '../../../../shared/history/compare-registers.ts';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { fixturePath } from '../../../support/fixtures.ts';

const FROM = '2026-03-01T00:00:00Z';
const TO = '2026-11-20T12:00:00Z';

function fixture(name = 'bytheway-en'): ExchangeDocument {
  return readExchangeDocument(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
}

/** The fixture, and a copy of it changed by `change` (with a later revision), compared. */
function compareWithChange(change: (document: ExchangeDocument) => void, name = 'bytheway-en') {
  const before = fixture(name);
  const after = structuredClone(before);
  after.baseRevision = 12;
  change(after);
  return compareRegisters({ at: FROM, document: before }, { at: TO, document: after });
}

const activityNamed = (document: ExchangeDocument, name: string): ProcessingActivity => {
  const found = document.activities.find((activity) => activity.name === name);
  if (found === undefined) throw new Error(`no activity ${name}`);
  return found;
};

const PERSONAL_ACCOUNT = 'Personal Account';
const DIGITALOCEAN = 'e1e1f337-c39f-4929-95ed-458b593c1794';
const SUPPORT_PROVIDER = '3401b64b-9673-4c0f-8996-3c51153ef073';
const MAIL_HOUSE = { id: '22222222-2222-4222-8222-222222222222', updatedAt: TO, revision: 1, name: 'Mail House d.o.o.', country: 'SI' };

describe('the register compared between two moments', () => {
  it('finds nothing when the register is the same, and says which revisions and moments it compared', () => {
    const comparison = compareWithChange(() => undefined);
    expect(comparison).toEqual({
      from: FROM,
      to: TO,
      revisions: { from: 0, to: 12 },
      records: [],
      counts: { added: 0, removed: 0, changed: 0, material: 0 },
    });
  });

  it('leaves out what only says a record was saved again (revision, updatedAt), the order of an object’s keys, an empty list', () => {
    const comparison = compareWithChange((document) => {
      const account = activityNamed(document, PERSONAL_ACCOUNT);
      account.revision = 7;
      account.updatedAt = '2026-11-19T08:00:00Z';
      account.recipients = [];
      const [transfer] = account.transfers ?? [];
      // The same transfer, its keys written in another order.
      account.transfers = [Object.fromEntries(Object.entries(transfer ?? {}).reverse()) as NonNullable<typeof transfer>];
    });
    expect(comparison.records).toEqual([]);
  });

  it('lists a purpose added as a material change of the field, with the values before and after', () => {
    const comparison = compareWithChange((document) => {
      const account = activityNamed(document, PERSONAL_ACCOUNT);
      account.purposes = [...account.purposes, 'Sending newsletters'];
    });
    const [record] = comparison.records;
    expect(record).toMatchObject({ recordType: 'activity', name: PERSONAL_ACCOUNT, change: 'changed', material: ['purposes'], reference: null });
    expect(record?.fields).toHaveLength(1);
    expect(record?.fields[0]).toMatchObject({ field: 'purposes', material: 'purposes' });
    expect(record?.fields[0]?.after).toContain('Sending newsletters');
    expect(record?.fields[0]?.before).not.toContain('Sending newsletters');
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 1, material: 1 });
  });

  it('does not call a purpose removed, reordered or only translated a material change, but lists it', () => {
    const comparison = compareWithChange((document) => {
      const legal = activityNamed(document, 'Legal compliance and prevention of illegal actions');
      legal.purposes = [...legal.purposes].reverse().slice(1);
      const account = activityNamed(document, PERSONAL_ACCOUNT);
      account.purposes = account.purposes.map((purpose) => ({ en: purpose as string, uk: 'Авторизація користувачів' }));
    });
    expect(comparison.records.map((record) => [record.name, record.material])).toEqual([
      ['Legal compliance and prevention of illegal actions', []],
      [PERSONAL_ACCOUNT, []],
    ]);
    expect(comparison.records.every((record) => record.fields[0]?.field === 'purposes' && record.fields[0].material === null)).toBe(true);
  });

  it('counts a recipient, a processor or a joint controller added as a new recipient; one removed is no material change', () => {
    const comparison = compareWithChange((document) => {
      activityNamed(document, 'Platform support').recipients = ['Debt collectors'];
      document.processors.push(MAIL_HOUSE);
      activityNamed(document, 'Advertisements').processorIds = [DIGITALOCEAN, SUPPORT_PROVIDER, MAIL_HOUSE.id];
      activityNamed(document, 'Commercial (marketing) mailings').jointControllers = [{ name: 'Partner Media LLC' }];
      activityNamed(document, PERSONAL_ACCOUNT).processorIds = [DIGITALOCEAN];
    });
    const activities = comparison.records.filter((record) => record.recordType === 'activity');
    const material = Object.fromEntries(activities.map((record) => [record.name, record.fields.map((field) => [field.field, field.material])]));
    expect(material).toEqual({
      'Platform support': [['recipients', 'recipients']],
      Advertisements: [['processorIds', 'recipients']],
      'Commercial (marketing) mailings': [['jointControllers', 'recipients']],
      [PERSONAL_ACCOUNT]: [['processorIds', null]],
    });
  });

  it('counts a transfer out of the EEA to a new country or recipient as material; one inside the EEA or a new mechanism is not', () => {
    const comparison = compareWithChange((document) => {
      const [existing] = activityNamed(document, PERSONAL_ACCOUNT).transfers ?? [];
      activityNamed(document, PERSONAL_ACCOUNT).transfers = [{ ...existing!, mechanism: 'scc' }];
      activityNamed(document, 'Advertisements').transfers?.push({ country: 'US', recipient: 'AdTech Inc.', mechanism: 'scc' });
      activityNamed(document, 'Platform support').transfers?.push({ country: 'FR', recipient: 'Support SAS' });
      activityNamed(document, 'Payments for services').transfers?.push({ country: 'INT', recipient: 'World Bank' });
    });
    const material = Object.fromEntries(comparison.records.map((record) => [record.name, record.material]));
    expect(material).toEqual({ Advertisements: ['transfers'], 'Payments for services': ['transfers'], 'Platform support': [], [PERSONAL_ACCOUNT]: [] });
  });

  it('counts a processor’s new place outside the EEA as a transfer, since every activity using it transfers data there', () => {
    const comparison = compareWithChange((document) => {
      const processor = document.processors.find((candidate) => candidate.id === DIGITALOCEAN)!;
      processor.dataLocations = ['DE', 'US'];
    });
    expect(comparison.records).toMatchObject([
      { recordType: 'processor', name: 'DigitalOcean LLC', material: ['transfers'], fields: [{ field: 'dataLocations', before: ['DE'], after: ['DE', 'US'] }] },
    ]);
  });

  describe('a retention made longer', () => {
    it('is material where both texts name a period and the later one is longer', () => {
      const comparison = compareRegisters(
        { at: FROM, document: withRetention('6 years after the contract ends', '5 years') },
        { at: TO, document: withRetention('10 years after the contract ends', '2 years') },
      );
      expect(comparison.records.map((record) => [record.name, record.material])).toEqual([
        [PERSONAL_ACCOUNT, ['retention']],
        ['Platform support', []],
      ]);
    });

    it('is not claimed where the length cannot be known: a text without a period, a period given where there was none', () => {
      const comparison = compareWithChange((document) => {
        activityNamed(document, PERSONAL_ACCOUNT).retention = 'Until the account is closed and 10 years after';
        activityNamed(document, 'Requests from Users exercising their rights').retention = '3 years';
        activityNamed(document, 'Platform support').retention = 'For as long as necessary';
      });
      expect(comparison.records).toHaveLength(3);
      expect(comparison.records.every((record) => record.material.length === 0 && record.fields[0]?.field === 'retention')).toBe(true);
    });

    it('is judged for each category of data with a retention of its own', () => {
      const longer = compareRegisters({ at: FROM, document: withCategoryRetention('5 years') }, { at: TO, document: withCategoryRetention('7 years') });
      expect(longer.records).toMatchObject([{ name: PERSONAL_ACCOUNT, material: ['retention'], fields: [{ field: 'dataCategories', material: 'retention' }] }]);
      const shorter = compareRegisters({ at: FROM, document: withCategoryRetention('5 years') }, { at: TO, document: withCategoryRetention('3 years') });
      expect(shorter.records).toMatchObject([{ name: PERSONAL_ACCOUNT, material: [], fields: [{ field: 'dataCategories', material: null }] }]);
    });

    it.each([
      ['6 years', '10 years', true],
      ['24 months', '3 years', true],
      ['1 year', '13 months', true],
      ['30 days', '6 weeks', true],
      ['10 years', '6 years', false],
      ['12 months', '1 year', false],
      ['1 month', '31 days', false],
      ['5 let', '10 let', true],
      ['6 місяців', '2 роки', true],
      ['until the contract ends', '10 years', false],
      ['10 years', 'indefinitely', false],
    ])('"%s" → "%s" is longer: %s', (before, after, longer) => {
      expect(isLongerRetention(before, after)).toBe(longer);
    });
  });

  it('names a record added with what it brings of each material kind, and lists none of its fields', () => {
    const comparison = compareWithChange((document) => {
      document.activities.push({
        ...structuredClone(activityNamed(document, 'Advertisements')),
        id: '11111111-1111-4111-8111-111111111111',
        name: 'Loyalty programme',
        recipients: [],
        transfers: [{ country: 'US', recipient: 'Loyalty Cloud Inc.' }],
      });
      document.processors.push(MAIL_HOUSE);
    });
    expect(comparison.records).toEqual([
      expect.objectContaining({
        recordType: 'activity',
        name: 'Loyalty programme',
        change: 'added',
        material: ['purposes', 'recipients', 'transfers'],
        fields: [],
      }),
      expect.objectContaining({ recordType: 'processor', name: 'Mail House d.o.o.', change: 'added', material: [], fields: [] }),
    ]);
    expect(comparison.counts).toEqual({ added: 2, removed: 0, changed: 0, material: 1 });
  });

  it('names a record removed as it was named then, and a renamed one as it is named at the later moment', () => {
    const comparison = compareWithChange((document) => {
      document.processors = document.processors.filter((processor) => processor.id !== SUPPORT_PROVIDER);
      for (const activity of document.activities) activity.processorIds = activity.processorIds?.filter((id) => id !== SUPPORT_PROVIDER);
      activityNamed(document, 'Platform support').name = 'Customer support';
    });
    const removed = comparison.records.find((record) => record.change === 'removed');
    expect(removed).toMatchObject({ recordType: 'processor', id: SUPPORT_PROVIDER, name: 'Technical (software) support provider', material: [], fields: [] });
    expect(comparison.records.find((record) => record.fields.some((field) => field.field === 'name'))).toMatchObject({
      name: 'Customer support',
      fields: expect.arrayContaining([{ field: 'name', before: 'Platform support', after: 'Customer support', material: null }]),
    });
  });

  it('puts the records with material changes first, then added, removed and changed ones, organisations before activities, by name', () => {
    const comparison = compareWithChange((document) => {
      document.organisations[0]!.website = 'https://bytheway.example';
      activityNamed(document, 'Platform support').owner = 'Support team';
      activityNamed(document, 'Advertisements').owner = 'Marketing';
      activityNamed(document, 'Platform support').purposes.push('Improving the Platform');
      document.activities = document.activities.filter((activity) => activity.name !== 'Cookies and automated processing of interaction data');
      document.processors.push(MAIL_HOUSE);
    });
    expect(comparison.records.map((record) => [record.change, record.recordType, record.name])).toEqual([
      ['changed', 'activity', 'Platform support'],
      ['added', 'processor', 'Mail House d.o.o.'],
      ['removed', 'activity', 'Cookies and automated processing of interaction data'],
      ['changed', 'organisation', 'BY THE WAY Limited Liability Company'],
      ['changed', 'activity', 'Advertisements'],
    ]);
  });

  it('names records in the register’s default language, and gives activities the references it is told', () => {
    const comparison = compareRegisters({ at: FROM, document: fixture('btc-sl') }, { at: TO, document: withTranslatedName(fixture('btc-sl')) }, (id) =>
      id.startsWith('55c24dd8') ? 'PA-0001' : undefined,
    );
    expect(comparison.records).toMatchObject([{ name: 'BTC ChatBot', reference: 'PA-0001', fields: [{ field: 'name', material: null }] }]);
  });
});

/** The fixture with the retention of two activities set. */
function withRetention(account: string, support: string): ExchangeDocument {
  const document = fixture();
  activityNamed(document, PERSONAL_ACCOUNT).retention = account;
  activityNamed(document, 'Platform support').retention = support;
  return document;
}

/** The fixture with a retention of its own for the first category of data of the Personal Account. */
function withCategoryRetention(retention: string): ExchangeDocument {
  const document = fixture();
  const account = activityNamed(document, PERSONAL_ACCOUNT);
  account.dataCategories = account.dataCategories.map((category, index) => (index === 0 ? { ...category, retention } : category));
  return document;
}

function withTranslatedName(document: ExchangeDocument): ExchangeDocument {
  const chatbot = document.activities.find((activity) => activity.id.startsWith('55c24dd8'))!;
  chatbot.name = { sl: 'BTC ChatBot', en: 'BTC ChatBot and web products' };
  return document;
}
