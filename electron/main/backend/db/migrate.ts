// Brings a register file's schema up to this app's version: every pending step in one transaction, after a
// verified copy (backups/) of a file that already held a register, so an interrupted or failed upgrade loses nothing.
import type { Database } from 'better-sqlite3';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { RegisterError } from '../../../../shared/result.ts';
import { takeBackup } from '../backups/backups.ts';
import { ROPA_APPLICATION_ID } from './file-header.ts';
import type { Migration } from './migrations/index.ts';

export type MigrationOutcome = { from: number; to: number; backupPath: string | null };

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((latest, step) => Math.max(latest, step.version), 0);
}

/** The refusal for a file written by a newer app: both versions named, so the person knows to update. */
export function newerVersionError(fileVersion: number, appVersion: number): RegisterError {
  return refuse('invalid-file', 'files:registerFromNewerVersion', { fileFormat: fileVersion, appFormat: appVersion });
}

export type MigrateOptions = {
  migrations: readonly Migration[];
  /** Runs in the same transaction after the steps, for a new file: writes the register row. */
  initialise?: (db: Database) => void;
  now: () => Date;
};

export function migrate(db: Database, filePath: string, options: MigrateOptions): MigrationOutcome {
  const from = db.pragma('user_version', { simple: true }) as number;
  const to = latestVersion(options.migrations);
  if (from > to) throw newerVersionError(from, to);
  if (from === to && options.initialise === undefined) return { from, to, backupPath: null };

  const pending = [...options.migrations].filter((step) => step.version > from).sort((a, b) => a.version - b.version);
  pending.forEach((step, index) => {
    if (step.version !== from + index + 1) throw new Error(`Migration ${from + index + 1} is missing (found ${step.version}: ${step.name})`);
  });

  // A file that already held a register is copied first, verified, into its backups folder.
  const backupPath = from > 0 ? takeBackup(db, filePath, 'migration', options.now()) : null;

  // Foreign keys cannot be switched inside a transaction; a step that rebuilds a table needs them off.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const step of pending) {
        step.up(db, { now: options.now });
        db.pragma(`user_version = ${step.version}`);
      }
      db.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
      options.initialise?.(db);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw refuse('internal', 'files:upgradeLeftBrokenReferences', { format: to, count: broken.length });
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { from, to, backupPath };
}
