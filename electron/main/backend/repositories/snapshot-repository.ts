import type { Connection } from '../db/connection.ts';

/** How many exports are kept: enough for every colleague's file still out; older ones merge two-way. */
const KEPT_EXPORTS = 50;

/** The exports made for colleagues, each by the register revision and the time it was taken. */
export function snapshotRepository(db: Connection) {
  const keep = db.prepare('INSERT OR REPLACE INTO export_snapshots (register_revision, exported_at, document) VALUES (?, ?, ?)');
  const prune = db.prepare(
    `DELETE FROM export_snapshots WHERE rowid NOT IN (SELECT rowid FROM export_snapshots ORDER BY exported_at DESC, register_revision DESC LIMIT ${KEPT_EXPORTS})`,
  );
  const get = db.prepare<[number, string], { document: string }>('SELECT document FROM export_snapshots WHERE register_revision = ? AND exported_at = ?');
  return {
    keep(revision: number, exportedAt: string, document: string): void {
      keep.run(revision, exportedAt, document);
      prune.run();
    },
    get: (revision: number, exportedAt: string): string | undefined => get.get(revision, exportedAt)?.document,
  };
}
