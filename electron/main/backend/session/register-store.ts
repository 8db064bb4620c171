// One open register file: its connection and the services over it.
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { timestamp } from '../../../../shared/model/dates.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { openRegisterDatabase, type Connection, type ConnectionOptions } from '../db/connection.ts';
import { createRegisterFile } from '../db/create.ts';
import { auditRepository } from '../repositories/audit-repository.ts';
import { registerHistoryBody, registerRepository } from '../repositories/register-repository.ts';
import { takeWriterLock } from './writer-lock.ts';
import { createServices, type ServiceDependencies, type Services } from '../services/index.ts';

export type RegisterStore = {
  readonly filePath: string;
  /** The connection, for what works on the file as a whole (backups). */
  readonly db: Connection;
  readonly services: Services;
  readonly readOnly: boolean;
  close(): void;
};

/** A refusal about the file a person chose is about the `path` they gave; the message itself names no file. */
function aboutPath(error: unknown): unknown {
  return error instanceof RegisterError && error.path === undefined ? new RegisterError(error.code, error.message, 'path', error.issues, error.refusal) : error;
}

/** Whether the register and its folder (where SQLite writes its journal) may be written to; a missing file says no. */
function isWritable(filePath: string): boolean {
  if (!existsSync(filePath)) return true; // opening it says that it does not exist
  try {
    accessSync(filePath, constants.W_OK);
    accessSync(path.dirname(filePath), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function takeWriterLockOrRefuse(filePath: string, now: Date): () => void {
  try {
    return takeWriterLock(filePath, now);
  } catch (error) {
    throw aboutPath(error);
  }
}

export function openRegisterStore(filePath: string, dependencies: ServiceDependencies, connection: ConnectionOptions = {}): RegisterStore {
  // A write-protected file (or folder, or file system) can still be read: it is opened read-only, and says so.
  const readOnly = connection.readOnly === true || !isWritable(filePath);
  // A writer takes the register first, so that a second one learns it is in use before SQLite is asked to write.
  const release = readOnly ? () => undefined : takeWriterLockOrRefuse(filePath, dependencies.clock());
  let opened;
  try {
    opened = openRegisterDatabase(filePath, { now: dependencies.clock, ...connection, readOnly });
  } catch (error) {
    release();
    throw aboutPath(error);
  }
  const { db } = opened;
  return {
    filePath,
    db,
    readOnly,
    services: createServices(db, filePath, { ...dependencies, readOnly }),
    close() {
      if (db.open) db.close();
      release();
    },
  };
}

/** Writes a new, empty register file; refuses to overwrite anything but a zero-byte file. */
export function createRegisterStoreFile(
  filePath: string,
  identity: { name: string; defaultLanguage: string },
  dependencies: ServiceDependencies,
  connection: ConnectionOptions = {},
): void {
  try {
    createRegisterFile(
      filePath,
      (db) => {
        const createdAt = timestamp(dependencies.clock());
        const registers = registerRepository(db);
        registers.insert({ id: dependencies.newId(), name: identity.name, defaultLanguage: identity.defaultLanguage, createdAt });
        // The first entry of the register's history: the register as it was created.
        const register = registers.get();
        auditRepository(db).append({
          at: createdAt,
          actor: dependencies.actor,
          recordType: 'register',
          recordId: register.id,
          action: 'create',
          changes: [],
          source: null,
          body: registerHistoryBody(register),
        });
      },
      { now: dependencies.clock, ...connection },
    );
  } catch (error) {
    throw aboutPath(error);
  }
}
