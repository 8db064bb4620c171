import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../../shared/exchange/write.ts';
import { readRegisterCopy } from '../../../electron/main/backend/colleague-files/read-register-copy.ts';
import { sha256Of } from '../../../electron/main/backend/files/sha256.ts';
import { FIXTURES } from '../../support/fixtures.ts';
import { generateRegister } from '../../tools/generate-register.ts';
import { activityDraft, fixtureText, organisationDraft, sha256, startBackend, startWithRegister, tempFolder, withoutExportTime } from './support.ts';

/** Imports `text` into a new empty register and exports it again. */
async function importThenExport(text: string, fileName = 'register.ropa.json') {
  const started = startBackend();
  const created = await started.call('createFile', { path: path.join(tempFolder(), 'empty.ropa'), name: 'Empty', defaultLanguage: 'en' });
  if (!('info' in created)) throw new Error('cancelled');
  const summary = await started.call('importRegister', { text, fileName });
  const exported = await started.call('exportRegister', {});
  return { ...started, summary, exported, registerPath: created.info.filePath };
}

describe('export → import into an empty register → export', () => {
  it.each(FIXTURES)('gives the same document for the %s fixture', async (name) => {
    const text = fixtureText(name);
    const first = await importThenExport(text, `${name}.ropa.json`);
    const { baseRevision: _baseRevision, ...firstContent } = withoutExportTime(first.exported) as { baseRevision?: number };
    // The fixture has no baseRevision; everything else comes back as it was written.
    expect(firstContent).toEqual(withoutExportTime(JSON.parse(text)));

    const second = await importThenExport(serialiseExchangeDocument(first.exported));
    expect(withoutExportTime(second.exported)).toEqual(withoutExportTime(first.exported));
    expect(serialiseExchangeDocument({ ...second.exported, exportedAt: first.exported.exportedAt })).toBe(serialiseExchangeDocument(first.exported));
  });

  it('gives the same document for a generated register of 2,000 activities: every field, translation and x- key', async () => {
    const generated = generateRegister({ activities: 2000, seed: 7 });
    const text = serialiseExchangeDocument(generated);
    const first = await importThenExport(text);
    expect(first.summary).toEqual({ organisations: 3, processors: 80, activities: 2000 });
    expect(withoutExportTime(first.exported)).toEqual(withoutExportTime(parseExchangeText(text)));
    expect(first.exported).toHaveProperty('x-generator', { tool: 'test/tools/generate-register.ts', seed: 7 });
    expect(first.exported.baseRevision).toBe(generated.baseRevision);

    const second = await importThenExport(serialiseExchangeDocument(first.exported));
    expect(withoutExportTime(second.exported)).toEqual(withoutExportTime(first.exported));
  });

  it('adopts the identity, default language and revision of the file, and keeps every record as it was', async () => {
    const text = fixtureText('btc-sl');
    const document = JSON.parse(text);
    const { call, summary, registerPath } = await importThenExport(serialiseExchangeDocument({ ...document, baseRevision: 41 }), 'btc-sl.ropa.json');
    expect(summary).toEqual({ organisations: 1, processors: 5, activities: 5 });
    expect(await call('registerInfo', {})).toEqual({
      id: document.register.id,
      name: document.register.name,
      defaultLanguage: 'sl',
      revision: 41,
      filePath: registerPath,
      readOnly: false,
      asOf: null,
      counts: { organisations: 1, processors: 5, activities: 5 },
    });
    const activity = await call('getActivity', { id: document.activities[2].id });
    expect(activity).toEqual(document.activities[2]);
    expect((await call('listActivities', {})).map((row) => row.reference)).toEqual(['PA-0001', 'PA-0002', 'PA-0003', 'PA-0004', 'PA-0005']);

    const imported = serialiseExchangeDocument({ ...document, baseRevision: 41 });
    expect(await call('listAudit', { recordId: document.activities[2].id })).toEqual([
      expect.objectContaining({
        action: 'import',
        recordType: 'activity',
        changes: [],
        source: `btc-sl.ropa.json (sha256 ${createHash('sha256').update(imported).digest('hex')})`,
      }),
    ]);
  });

  it('imports a sub-processor listed before its parent', async () => {
    const document = JSON.parse(fixtureText('bytheway-en'));
    const [parent, child] = [document.processors[0], document.processors[1]];
    child.parentId = parent.id;
    document.processors = [child, parent, ...document.processors.slice(2)];
    const { exported } = await importThenExport(JSON.stringify(document));
    expect(exported.processors[0]).toMatchObject({ id: child.id, parentId: parent.id });
  });
});

describe('the hash that names an imported file', () => {
  const utf8Hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('is the SHA-256 of the UTF-8 bytes, also for a text hashed in pieces with a character across a piece boundary', () => {
    const piece = 1 << 16;
    const texts = [
      '',
      'register',
      'a'.repeat(piece),
      `${'a'.repeat(piece - 1)}😀${'б'.repeat(piece)}`, // the two halves of the emoji on either side of the boundary
      `${'a'.repeat(piece - 1)}\ud800${'b'.repeat(10)}\udc00`, // lone halves are written as U+FFFD, whole or in pieces
      'Обробка персональних даних 😀 '.repeat(20_000),
    ];
    for (const text of texts) expect(sha256Of(text)).toBe(utf8Hash(text));
  });

  it('is the same for a file read as bytes as for its text, so either way the audit names one hash', () => {
    for (const text of ['', 'register', 'Обробка 😀'.repeat(10_000)]) expect(sha256Of(Buffer.from(text, 'utf8'))).toBe(sha256Of(text));
  });

  it('is written in the audit trail of a large import', async () => {
    const text = serialiseExchangeDocument(generateRegister({ activities: 300, seed: 3 }));
    const { call, summary } = await importThenExport(text, 'large.ropa.json');
    const [entry] = await call('listAudit', { limit: 1 });
    expect(summary.activities).toBe(300);
    expect(entry?.source).toBe(`large.ropa.json (sha256 ${utf8Hash(text)})`);
  });
});

describe('an import that cannot be done writes nothing', () => {
  it('refuses a register that already holds records, and says to merge instead', async () => {
    const { call, failure, registerPath } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
    const before = sha256(registerPath);
    const refused = await failure('importRegister', { text: fixtureText('btc-sl'), fileName: 'btc-sl.ropa.json' });
    expect(refused.code).toBe('not-empty');
    expect(refused.message).toMatch(
      /already holds 1 activities, 0 processors and 1 organisations; a file is imported whole only into an empty register\. Merge the file into this one instead/,
    );
    expect(sha256(registerPath)).toBe(before);
    expect((await call('registerInfo', {})).revision).toBe(2);
  });

  it('refuses a bad file with the path of the first bad field', async () => {
    const { call, failure, registerPath } = await startWithRegister();
    const document = JSON.parse(fixtureText('bytheway-en'));
    document.activities[3].legalBases[0].basis = 'consnet';
    document.activities[5].transfers = [{ country: 'Mars' }];
    const before = sha256(registerPath);
    expect(await failure('importRegister', { text: JSON.stringify(document) })).toEqual({
      code: 'invalid-file',
      message:
        'activities[3].legalBases[0].basis: "consnet" is not one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests',
      path: 'activities[3].legalBases[0].basis',
    });
    expect(await failure('importRegister', { text: '{"format": "ropa-exchange", "version": 1,' })).toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/^is not valid JSON/),
    });
    expect(sha256(registerPath)).toBe(before);
    expect(await call('registerInfo', {})).toMatchObject({ revision: 0, counts: { organisations: 0, processors: 0, activities: 0 } });
    // Nothing after the register's own first entry, its creation.
    expect((await call('listAudit', {})).map((entry) => entry.recordType)).toEqual(['register']);
  });

  it('rolls back entirely when the database fails half-way through', async () => {
    const folder = tempFolder();
    const registerPath = path.join(folder, 'register.ropa');
    const logged: unknown[] = [];
    const { call, failure } = startBackend({ logged });
    await call('createFile', { path: registerPath, name: 'Register', defaultLanguage: 'en' });
    // A trigger stands in for a disk that fails at the third activity, after the register row and two activities.
    const db = new Database(registerPath);
    db.exec("CREATE TRIGGER fail_third BEFORE INSERT ON activities WHEN NEW.reference = 'PA-0003' BEGIN SELECT RAISE(ABORT, 'the disk failed'); END");
    db.close();
    const before = sha256(registerPath);

    expect(await failure('importRegister', { text: fixtureText('bytheway-en') })).toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/the disk failed/),
    });
    expect(logged).toHaveLength(1);
    expect(sha256(registerPath)).toBe(before);
    expect(await call('registerInfo', {})).toMatchObject({ name: 'Register', revision: 0, counts: { organisations: 0, processors: 0, activities: 0 } });
    // Nothing after the register's own first entry, its creation.
    expect((await call('listAudit', {})).map((entry) => entry.recordType)).toEqual(['register']);
  });
});

describe('export', () => {
  it('refuses a register without an organisation, since an exchange file always names one', async () => {
    const { failure } = await startWithRegister();
    expect(await failure('exportRegister', {})).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/no organisation yet/) });
  });

  it('writes records in the order they were created, with the register revision as baseRevision', async () => {
    const { call, clock } = await startWithRegister();
    const second = await call('saveOrganisation', { record: organisationDraft('B first') });
    clock.advance(5);
    const first = await call('saveOrganisation', { record: organisationDraft('A second') });
    await call('saveOrganisation', { record: { ...second, address: 'Koper' } });
    const exported = await call('exportRegister', {});
    expect(exported.organisations.map((record) => record.id)).toEqual([second.id, first.id]);
    expect(exported).toMatchObject({ format: 'ropa-exchange', version: 1, baseRevision: 3, exportedAt: '2026-11-20T12:00:05Z' });
    expect(parseExchangeText(serialiseExchangeDocument(exported))).toEqual(exported);
  });

  it("dates a file for a colleague, and a colleague's register read as a document, by the backend's clock, to the second", async () => {
    const { call, clock, registerPath } = await startWithRegister();
    await call('saveOrganisation', { record: organisationDraft() });
    clock.set('2027-03-04T05:06:07.890Z');
    const target = path.join(tempFolder(), 'hr.ropa.json');
    await call('exportForColleague', { format: 'json', path: target });
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ exportedAt: '2027-03-04T05:06:07Z' });
    // The same conversion reads a colleague's whole register file: the same clock, the same format (no milliseconds).
    expect(readRegisterCopy(registerPath, clock.now).exportedAt).toBe('2027-03-04T05:06:07Z');
  });
});
