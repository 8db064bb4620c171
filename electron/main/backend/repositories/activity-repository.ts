import type { Connection } from '../db/connection.ts';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import type { ActivitySummary } from '../../../../shared/ipc/contract.ts';
import type { ActivityRole, ActivityStatus, LegalBasis } from '../../../../shared/model/vocabulary.ts';
import type { VocabularyField, VocabularyUse } from '../../../../shared/ipc/commands/activities.ts';
import { textIn, type Text } from '../../../../shared/model/text.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { recordBodies } from './record-bodies.ts';

type SummaryRow = {
  id: string;
  reference: string;
  name: string;
  role: ActivityRole;
  organisationId: string;
  legalBases: string;
  owner: string | null;
  status: ActivityStatus;
  nextReviewOn: string | null;
  transferCountries: string;
  processorIds: string | null;
  revision: number;
  updatedAt: string;
};

type TextRow = { value: unknown; type: string | null; special: number | null };

/** `PA-0001`, `PA-0002`, …: the short reference a DPO quotes in mail and minutes. */
export function activityReference(number: number): string {
  return `PA-${String(number).padStart(4, '0')}`;
}

/** The distinct values in the record's order, comma-separated (none of the codes contains a comma). */
function codeList(values: ReadonlyArray<string>): string {
  return [...new Set(values)].join(',');
}

function splitCodes(list: string): string[] {
  return list === '' ? [] : list.split(',');
}

export function activityRepository(db: Connection) {
  const summaries = db.prepare<[], SummaryRow>(
    `SELECT id, reference, name, role, organisation_id AS organisationId, legal_bases AS legalBases, owner, status,
            next_review_on AS nextReviewOn, transfer_countries AS transferCountries, revision, updated_at AS updatedAt,
            (SELECT group_concat(processor_id) FROM (SELECT processor_id FROM activity_processors
               WHERE activity_id = activities.id ORDER BY position)) AS processorIds
     FROM activities ORDER BY seq`,
  );
  // The list fields' texts straight from the bodies: a register of thousands of activities is not parsed whole for them.
  // A text is a plain string or a JSON object of languages (`type` says which).
  const listTexts = db.prepare<[string], TextRow>(
    `SELECT item.value AS value, item.type AS type, NULL AS special FROM activities, json_each(activities.body, ?) AS item ORDER BY activities.seq`,
  );
  const categoryTexts = db.prepare<[], TextRow>(
    `SELECT json_extract(item.value, '$.name') AS value, json_type(item.value, '$.name') AS type, json_extract(item.value, '$.special') AS special
     FROM activities, json_each(activities.body, '$.dataCategories') AS item ORDER BY activities.seq`,
  );
  const reference = db.prepare<[string], string>('SELECT reference FROM activities WHERE id = ?').pluck();
  const references = db.prepare<[], [string, string]>('SELECT id, reference FROM activities').raw();
  const setReference = db.prepare<[string, string]>('UPDATE activities SET reference = ? WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO activities (id, reference, organisation_id, role, name, sort_name, status, public, owner, legal_bases,
                             transfer_countries, next_review_on, revision, updated_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE activities SET organisation_id = ?, role = ?, name = ?, sort_name = ?, status = ?, public = ?, owner = ?,
            legal_bases = ?, transfer_countries = ?, next_review_on = ?, revision = ?, updated_at = ?, body = ?
     WHERE id = ?`,
  );
  const insertProcessor = db.prepare('INSERT INTO activity_processors (activity_id, position, processor_id) VALUES (?, ?, ?)');
  const insertTransfer = db.prepare('INSERT INTO activity_transfers (activity_id, position, country, mechanism, processor_id) VALUES (?, ?, ?, ?, ?)');
  const clearProcessors = db.prepare('DELETE FROM activity_processors WHERE activity_id = ?');
  const clearTransfers = db.prepare('DELETE FROM activity_transfers WHERE activity_id = ?');

  const columns = (record: ProcessingActivity, defaultLanguage: string) =>
    [
      record.organisationId,
      record.role,
      JSON.stringify(record.name),
      displayText(record.name, defaultLanguage, defaultLanguage),
      record.status,
      record.public ? 1 : 0,
      record.owner ?? null,
      codeList((record.legalBases ?? []).map((entry) => entry.basis)),
      codeList((record.transfers ?? []).map((transfer) => transfer.country)),
      record.nextReviewOn ?? null,
      record.revision,
      record.updatedAt,
      JSON.stringify(record),
    ] as const;

  /** The join rows through which SQLite enforces that the processors an activity names exist. */
  const writeLinks = (record: ProcessingActivity) => {
    record.processorIds?.forEach((processorId, position) => insertProcessor.run(record.id, position, processorId));
    record.transfers?.forEach((transfer, position) =>
      insertTransfer.run(record.id, position, transfer.country, transfer.mechanism ?? null, transfer.processorId ?? null),
    );
  };

  return {
    ...recordBodies<ProcessingActivity>(db, 'activities'),
    /** The table's rows, from columns only: no record body is parsed. */
    summaries(): ActivitySummary[] {
      return summaries.all().map((row) => ({
        id: row.id,
        reference: row.reference,
        name: JSON.parse(row.name) as ActivitySummary['name'],
        role: row.role,
        organisationId: row.organisationId,
        legalBases: splitCodes(row.legalBases) as LegalBasis[],
        owner: row.owner,
        status: row.status,
        nextReviewOn: row.nextReviewOn,
        transferCountries: splitCodes(row.transferCountries),
        processorIds: splitCodes(row.processorIds ?? ''),
        revision: row.revision,
        updatedAt: row.updatedAt,
      }));
    },
    /** Each use of a text in the list field, in `language` (a text without it is left out). */
    vocabulary(field: VocabularyField, language: string): VocabularyUse[] {
      const rows = field === 'dataCategories' ? categoryTexts.all() : listTexts.all(`$.${field}`);
      return rows.flatMap((row) => {
        if (typeof row.value !== 'string') return [];
        const text = textIn(row.type === 'object' ? (JSON.parse(row.value) as Text) : row.value, language, language);
        if (text === undefined || text.trim() === '') return [];
        return [row.special === 1 ? { text, special: true } : { text }];
      });
    },
    referenceOf(id: string): string | undefined {
      return reference.get(id);
    },
    /** Every activity's reference (PA-0001) by id. */
    references(): Record<string, string> {
      return Object.fromEntries(references.all());
    },
    /** Gives the activities the references they have elsewhere (a register rebuilt as of a moment takes the live one's). */
    adoptReferences(byId: Readonly<Record<string, string>>): void {
      // References are unique: each first steps aside, so that none is taken while another still holds it.
      for (const id of Object.keys(byId)) setReference.run(`~${id}`, id);
      for (const [id, given] of Object.entries(byId)) setReference.run(given, id);
    },
    insert(record: ProcessingActivity, reference: string, defaultLanguage: string): void {
      insert.run(record.id, reference, ...columns(record, defaultLanguage));
      writeLinks(record);
    },
    update(record: ProcessingActivity, defaultLanguage: string): void {
      update.run(...columns(record, defaultLanguage), record.id);
      clearProcessors.run(record.id);
      clearTransfers.run(record.id);
      writeLinks(record);
    },
  };
}

export type ActivityRepository = ReturnType<typeof activityRepository>;
