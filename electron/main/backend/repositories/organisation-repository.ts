import type { Connection } from '../db/connection.ts';
import type { Organisation } from '../../../../shared/model/records.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { recordBodies } from './record-bodies.ts';
import { USAGE_NAMES, type Usage } from './usage.ts';

export function organisationRepository(db: Connection) {
  const insert = db.prepare('INSERT INTO organisations (id, name, sort_name, country, revision, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE organisations SET name = ?, sort_name = ?, country = ?, revision = ?, updated_at = ?, body = ? WHERE id = ?');
  const activityCount = db.prepare<[string], number>('SELECT count(*) FROM activities WHERE organisation_id = ?').pluck();
  const activityNames = db.prepare<[string, number], string>('SELECT sort_name FROM activities WHERE organisation_id = ? ORDER BY seq LIMIT ?').pluck();

  const columns = (record: Organisation, defaultLanguage: string) =>
    [
      JSON.stringify(record.name),
      displayText(record.name, defaultLanguage, defaultLanguage),
      record.country,
      record.revision,
      record.updatedAt,
      JSON.stringify(record),
    ] as const;

  return {
    ...recordBodies<Organisation>(db, 'organisations'),
    insert(record: Organisation, defaultLanguage: string): void {
      insert.run(record.id, ...columns(record, defaultLanguage));
    },
    update(record: Organisation, defaultLanguage: string): void {
      update.run(...columns(record, defaultLanguage), record.id);
    },
    /** The activities kept for this organisation, which stop it being deleted. */
    activitiesOf(id: string): Usage {
      return { count: activityCount.get(id) ?? 0, names: activityNames.all(id, USAGE_NAMES) };
    },
  };
}

export type OrganisationRepository = ReturnType<typeof organisationRepository>;
