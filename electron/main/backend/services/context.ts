import { timestamp } from '../../../../shared/model/dates.ts';
import type { Connection } from '../db/connection.ts';
import type { Repositories } from '../repositories/index.ts';
import type { NewAuditEntry } from '../repositories/index.ts';

/** What services need from the outside world, injected so tests are deterministic. */
export type ServiceDependencies = {
  clock: () => Date;
  newId: () => string;
  /** Who makes the changes, for the audit log. */
  actor: string;
  /** Opened read-only (another RoPA Desk writes to it): every write is refused. */
  readOnly?: boolean;
  /** A register rebuilt as the live one (`livePath`) stood at `at`, shown read-only (session/as-of-view.ts). */
  asOf?: { at: string; livePath: string };
};

export type ServiceContext = ServiceDependencies & {
  /** For the few pragmas a service needs (deferring foreign keys during an import); queries go through repositories. */
  db: Connection;
  repositories: Repositories;
  filePath: string;
  /** Runs `work` in one SQLite transaction: all of it is written, or none. Nested calls join the outer one. */
  transaction<T>(work: () => T): T;
  /** Now, as the exchange format writes it: RFC 3339 in UTC, to the second. */
  now(): string;
  defaultLanguage(): string;
  /** One change to one record: +1 on the register revision and its audit row. Call inside `transaction`. */
  recordChange(entry: Omit<NewAuditEntry, 'actor'>): void;
};

export function createServiceContext(db: Connection, repositories: Repositories, filePath: string, dependencies: ServiceDependencies): ServiceContext {
  return {
    ...dependencies,
    db,
    repositories,
    filePath,
    transaction: (work) => db.transaction(work)(),
    now: () => timestamp(dependencies.clock()),
    defaultLanguage: () => repositories.register.get().defaultLanguage,
    recordChange(entry) {
      repositories.register.bumpRevision();
      repositories.audit.append({ ...entry, actor: dependencies.actor });
    },
  };
}
