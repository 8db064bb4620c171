// The register as it stood at a moment, rebuilt from the audit log alone (no backup needed): each record as its last
// entry at or before that moment left it, in the order its table held them then, with the register's settings and
// revision of that moment. The log keeps each record whole after every entry (format 7), so the rebuild reads the
// log once without the records' bodies, then only the one body each record had at that moment.
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { buildExchangeDocument } from '../../../../shared/exchange/write.ts';
import type { Organisation, ProcessingActivity, Processor, RecordType } from '../../../../shared/model/records.ts';
import type { Connection } from '../db/connection.ts';

type Step = { id: number; recordType: RecordType | 'register'; recordId: string; kind: string; action: string; hasBody: 0 | 1; revision: number | null };
type RegisterBody = { name: string; defaultLanguage: string; extensions?: Record<`x-${string}`, unknown> | null; order?: Record<string, string[]> };

/** Where a record stands at the moment: whether it is in the register, its place in its table, its latest entry. */
type Standing = { type: RecordType; present: boolean; place: number; entry: number };

/** What the moment finds: the register's document, or the first moment the log can rebuild (its history starts later). */
export type RegisterAsOf = { document: ExchangeDocument } | { historyStarts: string | null };

/** Entries that say nothing of a record's content: a finding accepted or reopened, a policy published. */
const NOT_CONTENT = "('accept-finding', 'reopen-finding', 'publish-policy')";

export function registerAsOf(db: Connection) {
  const steps = db.prepare<[string], Step>(
    `SELECT id, record_type AS recordType, record_id AS recordId, kind, action, body IS NOT NULL AS hasBody, revision
     FROM audit_log WHERE at <= ? AND kind NOT IN ${NOT_CONTENT} ORDER BY id`,
  );
  const bodies = db.prepare<[string], { id: number; body: string }>('SELECT id, body FROM audit_log WHERE id IN (SELECT value FROM json_each(?))');
  const firstWhole = db.prepare<[], string>(`SELECT at FROM audit_log WHERE record_type = 'register' AND body IS NOT NULL ORDER BY id LIMIT 1`).pluck();

  return function asOf(moment: string, exportedAt: string): RegisterAsOf {
    const standing = new Map<string, Standing>();
    let register: Step | undefined;
    let revision = 0;
    let places = 0;
    for (const step of steps.all(moment)) {
      if (step.revision !== null) revision = step.revision;
      if (step.recordType === 'register') {
        if (step.hasBody === 1) register = step;
        if (step.kind === 'restore' || step.kind === 'undo-import') places = reorder(standing, step.id, places);
        continue;
      }
      const known = standing.get(step.recordId);
      if (step.action === 'delete') {
        if (known !== undefined) known.present = false;
      } else if (step.hasBody === 1) {
        if (known?.present === true) known.entry = step.id;
        else standing.set(step.recordId, { type: step.recordType, present: true, place: ++places, entry: step.id });
      }
    }
    if (register === undefined) return { historyStarts: firstWhole.get() ?? null };
    const settings = JSON.parse(bodyOf([register.id]).get(register.id) as string) as RegisterBody;

    const present = [...standing].filter(([, record]) => record.present).sort(([, a], [, b]) => a.place - b.place);
    const read = bodyOf(present.map(([, record]) => record.entry));
    const ofType = <T>(type: RecordType) =>
      present.filter(([, record]) => record.type === type).map(([, record]) => JSON.parse(read.get(record.entry) as string) as T);
    const document = buildExchangeDocument({
      register: { id: register.recordId, name: settings.name, defaultLanguage: settings.defaultLanguage },
      revision,
      exportedAt,
      organisations: ofType<Organisation>('organisation'),
      processors: ofType<Processor>('processor'),
      activities: ofType<ProcessingActivity>('activity'),
    });
    return { document: settings.extensions === null || settings.extensions === undefined ? document : { ...document, ...settings.extensions } };
  };

  /** The bodies of the entries `ids`, by entry id. */
  function bodyOf(ids: readonly number[]): Map<number, string> {
    return new Map(bodies.all(JSON.stringify(ids)).map((row) => [row.id, row.body]));
  }

  /**
   * A restore or an undone import put back a file whose tables held their records in its own order: those records
   * take the next places in that order, so every record that comes in after them comes after. Returns the last place.
   */
  function reorder(standing: Map<string, Standing>, entry: number, places: number): number {
    const listed = (JSON.parse(bodyOf([entry]).get(entry) as string) as RegisterBody).order ?? {};
    const ids = [...(listed['organisations'] ?? []), ...(listed['processors'] ?? []), ...(listed['activities'] ?? [])];
    let place = places;
    for (const id of ids) {
      const record = standing.get(id);
      if (record !== undefined) record.place = ++place;
    }
    return place;
  }
}
