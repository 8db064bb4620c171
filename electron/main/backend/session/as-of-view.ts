// The register as it stood at a moment, to look at in the app: rebuilt from the open register's audit log into a
// temporary file in the data folder, then opened read-only, so that every screen, finding and document reads it as it
// reads any register. The file is deleted when the view is left; one left behind by a crash is deleted at the next.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { timestamp } from '../../../../shared/model/dates.ts';
import type { ConnectionOptions } from '../db/connection.ts';
import { createRepositories } from '../repositories/index.ts';
import type { ServiceDependencies } from '../services/index.ts';
import { createRegisterStoreFile, openRegisterStore, type RegisterStore } from './register-store.ts';

const VIEWS_FOLDER = 'as-of-views';

/** Deletes the views' files a previous run left behind (it ended before it could). */
export function clearAsOfViews(dataDir: string): void {
  const folder = path.join(dataDir, VIEWS_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // no view was ever opened
  }
  for (const name of names) rmSync(path.join(folder, name), { force: true });
}

/** The open register `live` as it stood at `at`, read-only; refused (as `exportRegisterAsOf`) before its history starts. */
export function openAsOfView(
  live: RegisterStore,
  at: string,
  dataDir: string,
  dependencies: ServiceDependencies,
  connection: ConnectionOptions = {},
): RegisterStore {
  const moment = timestamp(new Date(at));
  const document = live.services.exchange.registerDocumentAsOf(moment);
  const folder = path.join(dataDir, VIEWS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const filePath = path.join(folder, `${randomBytes(8).toString('hex')}.ropa`);
  const remove = () => {
    for (const file of [filePath, `${filePath}-wal`, `${filePath}-shm`, `${filePath}-journal`]) rmSync(file, { force: true });
  };
  try {
    createRegisterStoreFile(filePath, { name: document.register.name, defaultLanguage: document.register.defaultLanguage }, dependencies, connection);
    const building = openRegisterStore(filePath, dependencies, connection);
    try {
      building.services.exchange.importRegister({ document, fileName: live.filePath, sha256: '' });
      adoptWhatTheLogDoesNotKeep(live, building, document.activities, moment);
    } finally {
      building.close();
    }
    const view = openRegisterStore(filePath, { ...dependencies, asOf: { at: moment, livePath: live.filePath } }, { ...connection, readOnly: true });
    return {
      ...view,
      close() {
        view.close();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * What the audit log does not keep, taken from the live register: each activity's reference (references are never
 * given twice, so an activity's reference now is its reference then; one deleted since has lost it and is shown by its
 * id's start), and the findings accepted at or before the moment and not withdrawn since (an acceptance withdrawn
 * since, or renewed since, is not known as it stood: the finding shows open).
 */
function adoptWhatTheLogDoesNotKeep(live: RegisterStore, view: RegisterStore, activities: ReadonlyArray<{ id: string }>, moment: string): void {
  const from = createRepositories(live.db);
  const to = createRepositories(view.db);
  const references = from.activities.references();
  const kept = Object.fromEntries(activities.map(({ id }) => [id, references[id] ?? `(${id.slice(0, 8)})`]));
  view.db.transaction(() => {
    to.activities.adoptReferences(kept);
    for (const acceptance of from.findingAcceptances.list()) {
      const stored = acceptance.at <= moment ? from.findingAcceptances.get(acceptance.key) : undefined;
      if (stored !== undefined) to.findingAcceptances.save(stored);
    }
  })();
}
