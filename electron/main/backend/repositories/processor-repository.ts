import type { Connection } from '../db/connection.ts';
import type { Processor } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { recordBodies } from './record-bodies.ts';
import { USAGE_NAMES, type Usage } from './usage.ts';

/** A processor's place in the tree of sub-processors. */
export type ProcessorLink = { id: string; parentId: string | null; name: string };

export function processorRepository(db: Connection) {
  const links = db.prepare<[], ProcessorLink>('SELECT id, parent_id AS parentId, sort_name AS name FROM processors');
  const insert = db.prepare(
    `INSERT INTO processors (id, parent_id, kind, name, sort_name, country, has_dpa, revision, updated_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE processors SET parent_id = ?, kind = ?, name = ?, sort_name = ?, country = ?, has_dpa = ?, revision = ?,
     updated_at = ?, body = ? WHERE id = ?`,
  );
  const childCount = db.prepare<[string], number>('SELECT count(*) FROM processors WHERE parent_id = ?').pluck();
  const childNames = db.prepare<[string, number], string>('SELECT sort_name FROM processors WHERE parent_id = ? ORDER BY seq LIMIT ?').pluck();
  // An activity uses a processor by listing it in processorIds or by naming it as a transfer's recipient.
  const usingActivities = `SELECT activity_id FROM activity_processors WHERE processor_id = @id
                           UNION SELECT activity_id FROM activity_transfers WHERE processor_id = @id`;
  const activityCount = db.prepare<[{ id: string }], number>(`SELECT count(*) FROM (${usingActivities})`).pluck();
  const activityNames = db
    .prepare<[{ id: string; limit: number }], string>(`SELECT sort_name FROM activities WHERE id IN (${usingActivities}) ORDER BY seq LIMIT @limit`)
    .pluck();

  const columns = (record: Processor, defaultLanguage: string) =>
    [
      record.parentId ?? null,
      record.kind ?? 'processor',
      JSON.stringify(record.name),
      displayText(record.name, defaultLanguage, defaultLanguage),
      record.country ?? null,
      record.dpa === undefined ? 0 : 1,
      record.revision,
      record.updatedAt,
      JSON.stringify(record),
    ] as const;

  return {
    ...recordBodies<Processor>(db, 'processors'),
    /** Every processor's parent, for walking chains of sub-processors. */
    links(): ProcessorLink[] {
      return links.all();
    },
    insert(record: Processor, defaultLanguage: string): void {
      insert.run(record.id, ...columns(record, defaultLanguage));
    },
    update(record: Processor, defaultLanguage: string): void {
      update.run(...columns(record, defaultLanguage), record.id);
    },
    subProcessorsOf(id: string): Usage {
      return { count: childCount.get(id) ?? 0, names: childNames.all(id, USAGE_NAMES) };
    },
    activitiesUsing(id: string): Usage {
      return { count: activityCount.get({ id }) ?? 0, names: activityNames.all({ id, limit: USAGE_NAMES }) };
    },
  };
}

export type ProcessorRepository = ReturnType<typeof processorRepository>;
