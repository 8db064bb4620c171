import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRegisterDatabase } from '../../../electron/main/backend/db/connection.ts';
import { ROPA_APPLICATION_ID } from '../../../electron/main/backend/db/file-header.ts';
import { MIGRATIONS, type Migration } from '../../../electron/main/backend/db/migrations/index.ts';
import { createRegisterFile } from '../../../electron/main/backend/db/create.ts';
import { registerRepository } from '../../../electron/main/backend/repositories/register-repository.ts';
import { createRegisterStoreFile } from '../../../electron/main/backend/session/register-store.ts';
import { sequentialIds, sha256, startBackend, tempFolder, testClock } from './support.ts';

const dependencies = { actor: 'test', clock: testClock().now, newId: sequentialIds() };

function newRegisterFile(folder = tempFolder(), name = 'register.ropa'): string {
  const filePath = path.join(folder, name);
  createRegisterStoreFile(filePath, { name: 'Test register', defaultLanguage: 'en' }, dependencies);
  return filePath;
}

/** Reads a pragma with a plain, read-only connection, outside the backend. */
function pragmaOf(filePath: string, name: string): unknown {
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    return db.pragma(name, { simple: true });
  } finally {
    db.close();
  }
}

describe('a new register file', () => {
  it('is tagged as a RoPA Desk register at the latest schema version', () => {
    const filePath = newRegisterFile();
    expect(pragmaOf(filePath, 'application_id')).toBe(ROPA_APPLICATION_ID);
    expect(pragmaOf(filePath, 'user_version')).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.map((step) => step.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('is opened with foreign keys on, a rollback journal and a busy timeout, and is one file again when closed', () => {
    const filePath = newRegisterFile();
    const { db } = openRegisterDatabase(filePath);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
    expect(readdirSync(path.dirname(filePath))).toEqual(['register.ropa']);
  });

  it('has every table of every migration, and SQLite itself refuses a dangling reference', () => {
    const filePath = newRegisterFile();
    const { db } = openRegisterDatabase(filePath);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    expect(tables).toEqual([
      'activities',
      'activity_processors',
      'activity_transfers',
      'audit_log',
      'column_mappings',
      'export_snapshots',
      'finding_acceptances',
      'organisations',
      'policy_texts',
      'policy_versions',
      'processors',
      'register',
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO activities (id, reference, organisation_id, role, name, sort_name, status, public, legal_bases,
           transfer_countries, revision, updated_at, body) VALUES ('a', 'PA-0001', 'no-such-organisation', 'controller', '"x"', 'x', 'draft', 0, '', '', 1, 'now', '{}')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('may be made from a zero-byte file (some save dialogs create one), never over a file with content', async () => {
    const folder = tempFolder();
    const empty = path.join(folder, 'empty.ropa');
    writeFileSync(empty, '');
    createRegisterStoreFile(empty, { name: 'From empty', defaultLanguage: 'en' }, dependencies);
    expect(pragmaOf(empty, 'application_id')).toBe(ROPA_APPLICATION_ID);

    const notes = path.join(folder, 'notes.ropa');
    writeFileSync(notes, 'my notes');
    const { failure } = startBackend();
    const refused = await failure('createFile', { path: notes, name: 'Over notes', defaultLanguage: 'en' });
    expect(refused).toMatchObject({ code: 'invalid-input', path: 'path', message: expect.stringMatching(/already exists/) });
    expect(readdirSync(folder).sort()).toEqual(['empty.ropa', 'notes.ropa']);
  });
});

describe('opening a file that is not a register of this app', () => {
  it('refuses a register from a newer version, naming both versions, and never writes to it', async () => {
    const filePath = newRegisterFile();
    const db = new Database(filePath);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const before = sha256(filePath);
    const { failure } = startBackend();
    const refused = await failure('openFile', { path: filePath });
    expect(refused.code).toBe('invalid-file');
    expect(refused.message).toContain(
      `newer version of RoPA Desk (register format ${MIGRATIONS.length + 1}; this version reads formats up to ${MIGRATIONS.length})`,
    );
    expect(refused.path).toBe('path');
    expect(sha256(filePath)).toBe(before);
  });

  it("refuses another application's SQLite database and leaves it unchanged", async () => {
    const filePath = path.join(tempFolder(), 'photos.ropa');
    const db = new Database(filePath);
    db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)');
    db.pragma('application_id = 1234');
    db.close();
    const before = sha256(filePath);
    const { failure } = startBackend();
    expect(await failure('openFile', { path: filePath })).toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/SQLite database of another application, not a RoPA Desk register/),
    });
    expect(sha256(filePath)).toBe(before);
  });

  it.each([
    ['a text file', Buffer.from('Register of processing activities\nPayroll, HR, 10 years\n'.repeat(20))],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256))],
    ['a truncated SQLite header', Buffer.from('SQLite format 3\0 and then nothing')],
  ])('refuses %s with a clear message, byte for byte unchanged', async (_what, bytes) => {
    const filePath = path.join(tempFolder(), 'not-a-register.ropa');
    writeFileSync(filePath, bytes);
    const { failure } = startBackend();
    const refused = await failure('openFile', { path: filePath });
    expect(refused).toMatchObject({ code: 'invalid-file', message: expect.stringMatching(/is not a RoPA Desk register \(it is not an SQLite database\)/) });
    expect(readdirSync(path.dirname(filePath))).toEqual(['not-a-register.ropa']);
    expect(readFileSync(filePath).equals(bytes)).toBe(true);
  });

  it('refuses a zero-byte file on open, and a file that does not exist', async () => {
    const folder = tempFolder();
    const empty = path.join(folder, 'empty.ropa');
    writeFileSync(empty, '');
    const { failure } = startBackend();
    expect(await failure('openFile', { path: empty })).toMatchObject({ code: 'invalid-file', message: expect.stringMatching(/empty file/) });
    expect(await failure('openFile', { path: path.join(folder, 'gone.ropa') })).toMatchObject({ code: 'not-found', path: 'path' });
    expect(readdirSync(folder)).toEqual(['empty.ropa']);
  });
});

/** A register as the first release wrote it (format 1): today's file with the later steps' tables taken out. */
function formatOneRegister(folder = tempFolder()): string {
  const filePath = newRegisterFile(folder);
  const db = new Database(filePath);
  db.exec('DROP TABLE policy_texts; DROP TABLE policy_versions; DROP TABLE export_snapshots; DROP TABLE finding_acceptances; DROP TABLE column_mappings;');
  db.pragma('user_version = 1');
  db.close();
  return filePath;
}

describe('upgrading an older register', () => {
  const latest = MIGRATIONS.length;
  const addNotes: Migration = {
    version: latest + 1,
    name: 'notes',
    up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT'),
  };
  const addColour: Migration = {
    version: latest + 2,
    name: 'colour',
    up: (db) => db.exec("ALTER TABLE notes ADD COLUMN colour TEXT NOT NULL DEFAULT 'yellow'"),
  };
  const broken: Migration = {
    version: latest + 2,
    name: 'broken',
    up: () => {
      throw new Error('the last step went wrong');
    },
  };

  it('takes a verified copy into the backups folder first, then applies every pending step in one go', () => {
    const folder = tempFolder();
    const filePath = formatOneRegister(folder);
    const { db, migration } = openRegisterDatabase(filePath, { migrations: [...MIGRATIONS, addNotes, addColour], now: testClock().now });
    expect(migration).toMatchObject({ from: 1, to: latest + 2 });
    expect(db.pragma('user_version', { simple: true })).toBe(latest + 2);
    expect(db.prepare('SELECT colour FROM notes').all()).toEqual([]);
    // The release's own steps ran too: a format-1 register gains the published privacy policy versions.
    expect(db.prepare('SELECT count(*) FROM policy_versions').pluck().get()).toBe(0);
    db.close();

    const backup = migration.backupPath ?? '';
    expect(path.relative(folder, backup)).toBe(path.join('register.backups', '20261120T120000000Z-migration.ropa'));
    expect(existsSync(backup)).toBe(true);
    expect(pragmaOf(backup, 'user_version')).toBe(1);
    expect(pragmaOf(backup, 'application_id')).toBe(ROPA_APPLICATION_ID);
  });

  it('rolls every step back when one fails, leaving the register at its old version', () => {
    const filePath = formatOneRegister();
    expect(() => openRegisterDatabase(filePath, { migrations: [...MIGRATIONS, addNotes, broken] })).toThrow(/the last step went wrong/);
    expect(pragmaOf(filePath, 'user_version')).toBe(1);
    const db = new Database(filePath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('notes', 'policy_versions')").pluck().get()).toBe(0);
    db.close();
  });

  it('takes no backup of a register that is already current', () => {
    const folder = tempFolder();
    const filePath = newRegisterFile(folder);
    openRegisterDatabase(filePath).db.close();
    expect(readdirSync(folder)).toEqual(['register.ropa']);
  });
});

/** Ids of the records a format-4 register holds in the tests of migration 5. */
const V4 = {
  albion: '00000000-0000-4000-8000-0000000000a1',
  sava: '00000000-0000-4000-8000-0000000000a2',
  payrollBureau: '00000000-0000-4000-8000-0000000000b1',
  hosting: '00000000-0000-4000-8000-0000000000b2',
  payroll: '00000000-0000-4000-8000-0000000000c1',
  support: '00000000-0000-4000-8000-0000000000c2',
};

/**
 * A register as format 4 wrote it (migrations 1–4, then rows put in as that version's repositories did), holding the
 * codes `Intl` accepted then and ISO 3166-1 no longer assigns: an organisation in "UK", a processor in "UK" keeping
 * data in "UK", "GB" and "VD", activities transferring to "UK" and "VD"; and beside them records with none, and audit rows.
 */
function formatFourRegisterWithRenamedCodes(folder = tempFolder()): string {
  const filePath = path.join(folder, 'register.ropa');
  // Format 4's app wrote the register row alone (the first entry of its history came with format 7).
  createRegisterFile(
    filePath,
    (db) => registerRepository(db).insert({ id: dependencies.newId(), name: 'Format 4 register', defaultLanguage: 'en', createdAt: '2026-03-01T08:00:00Z' }),
    { migrations: MIGRATIONS.slice(0, 4), now: dependencies.clock },
  );
  const db = new Database(filePath);
  db.pragma('foreign_keys = ON');
  const at = '2026-03-01T09:00:00Z';
  const organisation = db.prepare('INSERT INTO organisations (id, name, sort_name, country, revision, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const processor = db.prepare(
    'INSERT INTO processors (id, parent_id, kind, name, sort_name, country, has_dpa, revision, updated_at, body) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const activity = db.prepare(
    `INSERT INTO activities (id, reference, organisation_id, role, name, sort_name, status, public, owner, legal_bases,
     transfer_countries, next_review_on, revision, updated_at, body) VALUES (?, ?, ?, 'controller', ?, ?, 'active', 1, NULL, 'contract', ?, NULL, ?, ?, ?)`,
  );
  const usesProcessor = db.prepare('INSERT INTO activity_processors (activity_id, position, processor_id) VALUES (?, ?, ?)');
  const transfer = db.prepare('INSERT INTO activity_transfers (activity_id, position, country, mechanism, processor_id) VALUES (?, ?, ?, ?, ?)');
  const audit = db.prepare('INSERT INTO audit_log (at, actor, record_type, record_id, action, changes, source) VALUES (?, ?, ?, ?, ?, ?, ?)');

  const albion = { id: V4.albion, updatedAt: at, revision: 3, name: 'Albion Payroll Ltd', address: '1 Fleet Street, London', country: 'UK' };
  // Its name has a Ukrainian translation: the body holds "uk", which a case-blind search for "UK" also finds.
  const sava = { id: V4.sava, updatedAt: at, revision: 1, name: { en: 'Sava Logistics', uk: 'Сава Логістика' }, country: 'SI' };
  for (const record of [albion, sava]) {
    organisation.run(record.id, JSON.stringify(record.name), 'sort', record.country, record.revision, at, JSON.stringify(record));
  }
  const payrollBureau = {
    id: V4.payrollBureau,
    updatedAt: at,
    revision: 2,
    name: 'Payroll Bureau',
    country: 'UK',
    dataLocations: ['UK', 'GB', 'VD'],
    dpa: { signedOn: '2025-01-10' },
  };
  const hosting = { id: V4.hosting, updatedAt: at, revision: 1, name: 'Hosting GmbH', country: 'DE', dataLocations: ['DE'] };
  for (const record of [payrollBureau, hosting] as Array<{ id: string; name: string; country: string; revision: number; dpa?: object }>) {
    processor.run(
      record.id,
      'processor',
      JSON.stringify(record.name),
      record.name,
      record.country,
      record.dpa === undefined ? 0 : 1,
      record.revision,
      at,
      JSON.stringify(record),
    );
  }
  const base = {
    role: 'controller',
    purposes: ['Paying salaries'],
    legalBases: [{ basis: 'contract' }],
    dataSubjects: ['Employees'],
    dataCategories: [{ name: 'Bank account details' }],
    retention: '10 years',
    public: true,
    status: 'active',
  };
  const payroll = {
    id: V4.payroll,
    updatedAt: at,
    revision: 4,
    organisationId: V4.albion,
    ...base,
    name: 'Payroll',
    processorIds: [V4.payrollBureau],
    transfers: [
      { country: 'UK', processorId: V4.payrollBureau, mechanism: 'adequacy' },
      { country: 'VD', recipient: 'Hanoi development centre', mechanism: 'scc' },
    ],
  };
  const support = {
    id: V4.support,
    updatedAt: at,
    revision: 1,
    organisationId: V4.sava,
    ...base,
    name: 'Customer support',
    processorIds: [V4.hosting],
    transfers: [
      { country: 'VD', recipient: 'Hanoi support desk', mechanism: 'scc' },
      { country: 'VN', recipient: 'Saigon support desk', mechanism: 'scc' },
    ],
  };
  type Transfer = { country: string; recipient?: string; processorId?: string; mechanism: string };
  [payroll, support].forEach(
    (record: { id: string; name: string; organisationId: string; revision: number; processorIds: string[]; transfers: Transfer[] }, index) => {
      const countries = [...new Set(record.transfers.map((entry) => entry.country))].join(',');
      activity.run(
        record.id,
        `PA-000${index + 1}`,
        record.organisationId,
        JSON.stringify(record.name),
        record.name,
        countries,
        record.revision,
        at,
        JSON.stringify(record),
      );
      record.processorIds.forEach((id, position) => usesProcessor.run(record.id, position, id));
      record.transfers.forEach((entry, position) => transfer.run(record.id, position, entry.country, entry.mechanism, entry.processorId ?? null));
    },
  );

  audit.run(at, 'dpo@albion', 'register', 'register', 'import', '[]', 'albion.ropa.json (sha256 0000)');
  for (const record of [albion, sava, payrollBureau, hosting, payroll, support]) {
    const type = 'organisationId' in record ? 'activity' : 'dataLocations' in record ? 'processor' : 'organisation';
    audit.run(at, 'dpo@albion', type, record.id, 'create', '[]', null);
  }
  audit.run('2026-03-02T10:00:00Z', 'dpo@albion', 'organisation', V4.albion, 'update', JSON.stringify([{ field: 'country', old: 'GB', new: 'UK' }]), null);
  db.prepare('UPDATE register SET revision = 11, activity_counter = 2').run();
  db.close();
  return filePath;
}

type Rows = Record<string, unknown>[];
/** The row with only the columns the rows of `before` have. */
const columnsOfBefore = (row: Record<string, unknown>, before: Rows) =>
  Object.fromEntries(Object.keys(before[0] ?? row).map((column) => [column, row[column]]));
const everyRow = (db: Database.Database, table: string, order: string): Rows => db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Rows;
const bodyOf = (db: Database.Database, table: string, id: string) => JSON.parse(db.prepare(`SELECT body FROM ${table} WHERE id = ?`).pluck().get(id) as string);

describe('upgrading a format-4 register to format 5 (finding acceptances, current country codes)', () => {
  it('rewrites renamed country codes in the records and in the columns copied from them, and nothing else', () => {
    const filePath = formatFourRegisterWithRenamedCodes();
    const before = new Database(filePath, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(4);
    const auditBefore = everyRow(before, 'audit_log', 'id');
    const revisionsBefore = ['organisations', 'processors', 'activities'].map((table) =>
      everyRow(before, table, 'seq').map((row) => [row['id'], row['revision'], row['updated_at']]),
    );
    const untouchedBefore = [bodyOf(before, 'organisations', V4.sava), bodyOf(before, 'processors', V4.hosting)];
    const registerBefore = before.prepare('SELECT revision, activity_counter FROM register').get();
    before.close();

    const { db, migration } = openRegisterDatabase(filePath, { now: testClock().now });
    // Format 5's step, then the later ones (format 6: the saved column mappings, a table of its own).
    expect(migration).toMatchObject({ from: 4, to: MIGRATIONS.length });

    // The organisation in "UK" is in GB, in its body and in the column the lists filter on.
    expect(db.prepare('SELECT country FROM organisations WHERE id = ?').pluck().get(V4.albion)).toBe('GB');
    expect(bodyOf(db, 'organisations', V4.albion)).toEqual({
      id: V4.albion,
      updatedAt: '2026-03-01T09:00:00Z',
      revision: 3,
      name: 'Albion Payroll Ltd',
      address: '1 Fleet Street, London',
      country: 'GB',
    });

    // The processor's places: "UK" and "GB" are one country now, kept once, in their order; "VD" is Viet Nam.
    expect(db.prepare('SELECT country FROM processors WHERE id = ?').pluck().get(V4.payrollBureau)).toBe('GB');
    expect(bodyOf(db, 'processors', V4.payrollBureau)).toMatchObject({ country: 'GB', dataLocations: ['GB', 'VN'], dpa: { signedOn: '2025-01-10' } });

    // The transfers, in the body, in the table of transfers and in the activity's list of destinations.
    expect(bodyOf(db, 'activities', V4.payroll).transfers).toEqual([
      { country: 'GB', processorId: V4.payrollBureau, mechanism: 'adequacy' },
      { country: 'VN', recipient: 'Hanoi development centre', mechanism: 'scc' },
    ]);
    expect(db.prepare('SELECT country FROM activity_transfers WHERE activity_id = ? ORDER BY position').pluck().all(V4.payroll)).toEqual(['GB', 'VN']);
    expect(db.prepare('SELECT transfer_countries FROM activities WHERE id = ?').pluck().get(V4.payroll)).toBe('GB,VN');
    // Two transfers that are one country now: both kept (two recipients), the destination listed once.
    expect(bodyOf(db, 'activities', V4.support).transfers.map((entry: { country: string }) => entry.country)).toEqual(['VN', 'VN']);
    expect(db.prepare('SELECT country FROM activity_transfers WHERE activity_id = ? ORDER BY position').pluck().all(V4.support)).toEqual(['VN', 'VN']);
    expect(db.prepare('SELECT transfer_countries FROM activities WHERE id = ?').pluck().get(V4.support)).toBe('VN');

    // Records without a renamed code, even one whose body says "uk" (a translation), are as they were.
    expect([bodyOf(db, 'organisations', V4.sava), bodyOf(db, 'processors', V4.hosting)]).toEqual(untouchedBefore);
    // A code is not an edit: no revision, time or audit row changes, and every audit row keeps its id.
    expect(
      ['organisations', 'processors', 'activities'].map((table) => everyRow(db, table, 'seq').map((row) => [row['id'], row['revision'], row['updated_at']])),
    ).toEqual(revisionsBefore);
    expect(db.prepare('SELECT revision, activity_counter FROM register').get()).toEqual(registerBefore);
    // Later formats add columns to the audit log (its kind, names, hashes): the columns format 4 had are as they were.
    // Then the history in full starts: one entry per record and one for the register, each with the record as it is.
    const audit = everyRow(db, 'audit_log', 'id');
    expect(audit.slice(0, auditBefore.length).map((row) => columnsOfBefore(row, auditBefore))).toEqual(auditBefore);
    expect(audit.slice(auditBefore.length).map((row) => [row['kind'], row['record_id']])).toEqual([
      ...['organisations', 'processors', 'activities'].flatMap((table) => everyRow(db, table, 'seq').map((row) => ['history-start', row['id']])),
      ['history-start', db.prepare('SELECT id FROM register').pluck().get()],
    ]);

    expect(db.prepare('SELECT count(*) FROM finding_acceptances').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('lets the audit log record accepting and reopening a finding, which format 4 refused', () => {
    const filePath = formatFourRegisterWithRenamedCodes();
    const acceptance = [
      '2026-11-20T12:00:00Z',
      'dpo@test',
      'organisation',
      V4.albion,
      'accept-finding',
      JSON.stringify([{ field: 'representative-missing (representative)', old: null, new: 'Art. 27(2) exemption: occasional processing' }]),
      null,
    ];
    const insert = 'INSERT INTO audit_log (at, actor, record_type, record_id, action, changes, source) VALUES (?, ?, ?, ?, ?, ?, ?)';
    const old = new Database(filePath);
    expect(() => old.prepare(insert).run(...acceptance)).toThrow(/CHECK constraint failed/);
    old.close();

    const { db } = openRegisterDatabase(filePath, { now: testClock().now });
    const lastBefore = db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    // The format the app opens it at (7: each entry also has its kind and hash).
    const chained = 'INSERT INTO audit_log (at, actor, record_type, record_id, action, changes, source, kind, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
    const written = db.prepare(chained).run(...acceptance, 'accept-finding', 'h1');
    db.prepare(chained).run(...acceptance.slice(0, 4), 'reopen-finding', '[]', null, 'reopen-finding', 'h2');
    expect(written.lastInsertRowid).toBe(lastBefore + 1);
    expect(() => db.prepare(chained).run(...acceptance.slice(0, 4), 'forget', '[]', null, 'change', 'h3')).toThrow(/CHECK constraint failed/);
    // The indexes the audit trail of one record, and of a time, are read by came back with the rebuilt table.
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").pluck().all()).toEqual([
      'audit_log_by_record',
      'audit_log_by_time',
    ]);
    db.close();
  });

  it('opens in the app with the current codes, and its records pass the checks', async () => {
    const filePath = formatFourRegisterWithRenamedCodes();
    const { call } = startBackend();
    await call('openFile', { path: filePath });
    const exported = await call('exportRegister', {});
    expect(exported.organisations.map((record) => record.country)).toEqual(['GB', 'SI']);
    expect(exported.processors.map((record) => record.dataLocations)).toEqual([['GB', 'VN'], ['DE']]);
    expect(exported.activities.map((record) => record.transfers?.map((entry) => entry.country))).toEqual([
      ['GB', 'VN'],
      ['VN', 'VN'],
    ]);
    const { findings } = await call('checkRegister', {});
    // The United Kingdom has an adequacy decision: the transfer there needs no other tool, and no check names "UK".
    expect(findings.filter((finding) => finding.record.id === V4.payroll).map((finding) => finding.rule)).not.toContain('transfer-adequacy-unfounded');
    expect(JSON.stringify(findings)).not.toMatch(/"UK"|"VD"/);
    // Its 8 old entries, then the 7 with which the history in full starts (6 records and the register).
    const audit = await call('listAudit', { limit: 100 });
    expect(audit).toHaveLength(15);
    expect(audit.slice(0, 7).every((entry) => entry.kind === 'history-start')).toBe(true);
    expect(await call('verifyAudit', {})).toEqual({ entries: 15, broken: null });
  });
});
