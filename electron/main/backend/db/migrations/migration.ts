import type { Database } from 'better-sqlite3';

/**
 * One step of the register's schema. Steps are numbered from 1 without gaps; `user_version` holds the number of the
 * last one applied. A step runs inside the one transaction of all pending steps, with foreign keys off so it may
 * rebuild tables (SQLite's recommended procedure); `foreign_key_check` runs before the commit.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
  /** `now`: the moment of the upgrade, for a step that writes it (format 7's first entries of history). */
  up(db: Database, context: { now: () => Date }): void;
};
