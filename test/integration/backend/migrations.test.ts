import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRegisterDatabase } from '../../../electron/main/backend/db/connection.ts';
import { ROPA_APPLICATION_ID } from '../../../electron/main/backend/db/file-header.ts';
import { MIGRATIONS, type Migration } from '../../../electron/main/backend/db/migrations/index.ts';
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
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]);
    expect(tables).toEqual([
      'activities',
      'activity_processors',
      'activity_transfers',
      'audit_log',
      'export_snapshots',
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
    db.pragma('user_version = 7');
    db.close();
    const before = sha256(filePath);
    const { failure } = startBackend();
    const refused = await failure('openFile', { path: filePath });
    expect(refused.code).toBe('invalid-file');
    expect(refused.message).toContain(`newer version of RoPA Desk (register format 7; this version reads formats up to ${MIGRATIONS.length})`);
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
  db.exec('DROP TABLE policy_texts; DROP TABLE policy_versions; DROP TABLE export_snapshots;');
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
