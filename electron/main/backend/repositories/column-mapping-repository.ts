import type { Connection } from '../db/connection.ts';

/** A saved column mapping as stored: the mapping is JSON, read back (and validated) by the service. */
export type StoredColumnMapping = { name: string; headerKey: string; mapping: string; savedBy: string; savedAt: string };

/** The column mappings saved in the register, by name; found again by the headers of a file. */
export function columnMappingRepository(db: Connection) {
  const all = db.prepare<[], StoredColumnMapping>(
    'SELECT name, header_key AS headerKey, mapping, saved_by AS savedBy, saved_at AS savedAt FROM column_mappings ORDER BY name',
  );
  const byHeaders = db.prepare<[string], StoredColumnMapping>(
    `SELECT name, header_key AS headerKey, mapping, saved_by AS savedBy, saved_at AS savedAt
     FROM column_mappings WHERE header_key = ? ORDER BY saved_at DESC, name LIMIT 1`,
  );
  const upsert = db.prepare(
    `INSERT INTO column_mappings (name, header_key, mapping, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET header_key = excluded.header_key, mapping = excluded.mapping,
                                      saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
  );
  const remove = db.prepare('DELETE FROM column_mappings WHERE name = ?');
  return {
    list: (): StoredColumnMapping[] => all.all(),
    /** The latest saved for a file with these headers (headerKey of shared/import-layouts/column-mapping.ts). */
    forHeaders: (headerKey: string): StoredColumnMapping | undefined => byHeaders.get(headerKey),
    save(mapping: StoredColumnMapping): void {
      upsert.run(mapping.name, mapping.headerKey, mapping.mapping, mapping.savedBy, mapping.savedAt);
    },
    delete: (name: string): boolean => remove.run(name).changes > 0,
  };
}
