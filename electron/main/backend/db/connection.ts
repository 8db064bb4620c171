// Opening a register file: refuse anything that is not one of ours before SQLite touches it, refuse a file from a
// newer app without writing to it, upgrade an older one, and set the connection up the way every register expects.
import Database from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';
import path from 'node:path';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { RegisterError } from '../../../../shared/result.ts';
import { isDiskFull } from '../files/disk-full.ts';
import { inspectFile, readFirstBytes, ROPA_APPLICATION_ID } from './file-header.ts';
import { latestVersion, migrate, newerVersionError, type MigrationOutcome } from './migrate.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export type { Connection };

export type ConnectionOptions = {
  /** Opened without writing anything: no upgrade, no journal change; every write is refused by SQLite. */
  readOnly?: boolean;
  /** The schema steps; tests pass extra ones to exercise upgrades. */
  migrations?: readonly Migration[];
  now?: () => Date;
};

const BUSY_TIMEOUT_MS = 5000;
/** While a file is being opened: a file locked by another program is reported within a second or two, not five. */
const OPEN_BUSY_TIMEOUT_MS = 1000;

/** Pragmas of every register connection. */
function configure(db: Connection): void {
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // A rollback journal (not WAL) so that a closed register is one self-contained file to copy or mail.
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
}

/** Why a file cannot be opened as a register, before SQLite is allowed near it. */
function refuseForeignFile(filePath: string, latest: number): void {
  const file = inspectFile(filePath);
  switch (file.kind) {
    case 'missing':
      throw refuse('not-found', 'files:fileMissing');
    case 'folder':
      throw refuse('invalid-file', 'files:registerIsFolder');
    case 'empty':
      throw refuse('invalid-file', 'files:registerIsEmpty');
    case 'not-sqlite':
      throw notARegister(filePath);
    case 'sqlite':
      if (file.applicationId !== ROPA_APPLICATION_ID) throw foreignDatabase();
      if (file.userVersion > latest) throw newerVersionError(file.userVersion, latest);
  }
}

/** A file of another kind; an exchange file or a spreadsheet chosen by mistake is named, with what to do instead. */
function notARegister(filePath: string): RegisterError {
  const start = readFirstBytes(filePath, 64).toString('latin1').trimStart();
  if (start.startsWith('{')) return refuse('invalid-file', 'files:registerIsExchangeFile');
  if (start.startsWith('PK')) return refuse('invalid-file', 'files:registerIsZip');
  return refuse('invalid-file', 'files:registerNotSqlite');
}

/** Damage SQLite found (damaged pages, or no register description): the backups beside the register are the way back. */
export function damaged(filePath: string, found: 'pages' | 'no-description'): RegisterError {
  const backups = `${path.parse(filePath).name}.backups`;
  return refuse('invalid-file', found === 'pages' ? 'files:registerDamagedPages' : 'files:registerWithoutDescription', { backups });
}

function foreignDatabase(): RegisterError {
  return refuse('invalid-file', 'files:registerOfAnotherApplication');
}

/** SQLite's own refusals, in words a DPO can act on. */
export function describeSqliteError(error: unknown): RegisterError | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code === 'SQLITE_NOTADB') return refuse('invalid-file', 'files:sqliteNotADatabase');
  if (code.startsWith('SQLITE_CORRUPT')) return refuse('invalid-file', 'files:sqliteCorrupt');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return refuse('io', 'files:sqliteBusy');
  if (code.startsWith('SQLITE_READONLY')) return refuse('io', 'files:sqliteReadOnly');
  if (code.startsWith('SQLITE_CANTOPEN')) return refuse('io', 'files:sqliteCannotOpen');
  if (isDiskFull(error)) return refuse('io', 'files:sqliteDiskFull');
  if (code.startsWith('SQLITE_IOERR')) return refuse('io', 'files:sqliteIoError', { code });
  return undefined;
}

export type OpenedDatabase = { db: Connection; migration: MigrationOutcome };

/** Opens an existing register file, upgrading its schema if it is older than this app. */
export function openRegisterDatabase(filePath: string, options: ConnectionOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = latestVersion(migrations);
  refuseForeignFile(filePath, latest);
  let db: Connection | undefined;
  try {
    db = new Database(filePath, { fileMustExist: true, timeout: OPEN_BUSY_TIMEOUT_MS, readonly: options.readOnly === true });
    // The header was read before a possible hot journal was rolled back; ask SQLite again before writing anything.
    if (db.pragma('application_id', { simple: true }) !== ROPA_APPLICATION_ID) throw foreignDatabase();
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw newerVersionError(version, latest);
    if (options.readOnly === true && version < latest) {
      throw refuse('invalid-file', 'files:registerNeedsUpgrade', { format: version });
    }
    // Pages SQLite cannot read are found now, with a way out, rather than in the middle of some later save.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw damaged(filePath, 'pages');
    if (options.readOnly !== true) configure(db);
    else db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const migration =
      options.readOnly === true
        ? { from: version, to: version, backupPath: null }
        : migrate(db, filePath, { migrations, now: options.now ?? (() => new Date()) });
    const row = db.prepare('SELECT count(*) AS count FROM register').get() as { count: number };
    if (row.count !== 1) throw damaged(filePath, 'no-description');
    return { db, migration };
  } catch (error) {
    db?.close();
    throw describeSqliteError(error) ?? error;
  }
}

/**
 * Makes a new register database at `filePath`, which must not exist yet (or be empty): schema and register row are
 * written in one transaction by `initialise`.
 */
export function initialiseRegisterDatabase(filePath: string, initialise: (db: Connection) => void, options: ConnectionOptions = {}): void {
  let db: Connection | undefined;
  try {
    db = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
    configure(db);
    migrate(db, filePath, { migrations: options.migrations ?? MIGRATIONS, now: options.now ?? (() => new Date()), initialise });
  } catch (error) {
    throw describeSqliteError(error) ?? error;
  } finally {
    db?.close();
  }
}
