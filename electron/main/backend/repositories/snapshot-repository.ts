import type { Connection } from '../db/connection.ts';

/** The exports made for colleagues, kept by register revision (one per revision: a later export replaces it). */
export function snapshotRepository(db: Connection) {
  const keep = db.prepare('INSERT OR REPLACE INTO export_snapshots (register_revision, exported_at, document) VALUES (?, ?, ?)');
  const get = db.prepare<[number], { document: string }>('SELECT document FROM export_snapshots WHERE register_revision = ?');
  return {
    keep: (revision: number, exportedAt: string, document: string): void => void keep.run(revision, exportedAt, document),
    get: (revision: number): string | undefined => get.get(revision)?.document,
  };
}
