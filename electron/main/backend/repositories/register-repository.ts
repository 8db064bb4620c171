import type { Connection } from '../db/connection.ts';

/** The register's own row: its identity, its revision counter and the counter of activity references. */
export type RegisterRow = {
  id: string;
  name: string;
  defaultLanguage: string;
  revision: number;
  createdAt: string;
  /** Top-level `x-` keys of the exchange file this register was imported from. */
  extensions: Record<`x-${string}`, unknown> | null;
};

/** The register's own settings as the audit log keeps them: what an exchange document says of the register beside its records. */
export function registerHistoryBody(register: RegisterRow): { name: string; defaultLanguage: string; extensions: RegisterRow['extensions'] } {
  return { name: register.name, defaultLanguage: register.defaultLanguage, extensions: register.extensions };
}

type StoredRow = Omit<RegisterRow, 'extensions'> & { extensions: string | null };

export function registerRepository(db: Connection) {
  const select = db.prepare<[], StoredRow>('SELECT id, name, default_language AS defaultLanguage, revision, created_at AS createdAt, extensions FROM register');
  const insert = db.prepare('INSERT INTO register (singleton, id, name, default_language, revision, created_at) VALUES (1, ?, ?, ?, 0, ?)');
  const bump = db.prepare<[], { revision: number }>('UPDATE register SET revision = revision + 1 RETURNING revision');
  const rename = db.prepare('UPDATE register SET name = ?');
  const setLanguage = db.prepare('UPDATE register SET default_language = ?');
  const adopt = db.prepare('UPDATE register SET id = ?, name = ?, default_language = ?, revision = ?, extensions = ?');
  const takeNumbers = db.prepare<[number], { last: number }>('UPDATE register SET activity_counter = activity_counter + ? RETURNING activity_counter AS last');
  const counts = db.prepare<[], { organisations: number; processors: number; activities: number }>(
    `SELECT (SELECT count(*) FROM organisations) AS organisations,
            (SELECT count(*) FROM processors) AS processors,
            (SELECT count(*) FROM activities) AS activities`,
  );

  return {
    get(): RegisterRow {
      const row = select.get();
      if (row === undefined) throw new Error('The register row is missing');
      return { ...row, extensions: row.extensions === null ? null : (JSON.parse(row.extensions) as RegisterRow['extensions']) };
    },
    /** Writes the row of a new register (revision 0: nothing has changed yet). */
    insert(identity: { id: string; name: string; defaultLanguage: string; createdAt: string }): void {
      insert.run(identity.id, identity.name, identity.defaultLanguage, identity.createdAt);
    },
    /** +1 on every change to any record; returns the new revision. */
    bumpRevision(): number {
      const row = bump.get();
      if (row === undefined) throw new Error('The register row is missing');
      return row.revision;
    },
    rename(name: string): void {
      rename.run(name);
    },
    setDefaultLanguage(language: string): void {
      setLanguage.run(language);
    },
    /** Takes on the identity and revision of an imported register. */
    adopt(identity: { id: string; name: string; defaultLanguage: string; revision: number; extensions: RegisterRow['extensions'] }): void {
      adopt.run(
        identity.id,
        identity.name,
        identity.defaultLanguage,
        identity.revision,
        identity.extensions === null ? null : JSON.stringify(identity.extensions),
      );
    },
    /** Reserves `count` activity numbers; returns the first. References are never reused, even after a delete. */
    takeActivityNumbers(count: number): number {
      const row = takeNumbers.get(count);
      if (row === undefined) throw new Error('The register row is missing');
      return row.last - count + 1;
    },
    counts(): { organisations: number; processors: number; activities: number } {
      return counts.get() ?? { organisations: 0, processors: 0, activities: 0 };
    },
  };
}

export type RegisterRepository = ReturnType<typeof registerRepository>;
