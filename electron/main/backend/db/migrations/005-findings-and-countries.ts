import type { Database } from 'better-sqlite3';
import { RENAMED_COUNTRY_CODES } from '../../../../../shared/reference/countries.ts';
import type { Migration } from './migration.ts';

/**
 * The register checks: a finding a person accepts is kept with the reason, who and when, and the fingerprint of what
 * the rule judged (it comes back when that changes); accepting and reopening are audited, which the audit log's list
 * of actions must allow. And country codes that `Intl` accepted but ISO 3166-1 no longer assigns (UK, VD, …) become
 * the current codes, so that the checks and the pickers know them.
 */
export const findingsAndCountries: Migration = {
  version: 5,
  name: 'finding acceptances and current country codes',
  up(db) {
    db.exec(`
      CREATE TABLE finding_acceptances (
        key         TEXT NOT NULL PRIMARY KEY, -- rule|record type|record id|field|detail
        rule        TEXT NOT NULL,
        record_type TEXT NOT NULL CHECK (record_type IN ('organisation', 'processor', 'activity')),
        record_id   TEXT NOT NULL,
        basis       TEXT NOT NULL,             -- fingerprint of what the rule judged when it was accepted
        reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        accepted_by TEXT NOT NULL,
        accepted_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log_with_findings (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        record_type TEXT NOT NULL CHECK (record_type IN ('register', 'organisation', 'processor', 'activity')),
        record_id   TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'accept-finding', 'reopen-finding')),
        changes     TEXT NOT NULL, -- JSON: [{ "field", "old", "new" }]
        source      TEXT
      ) STRICT;
      INSERT INTO audit_log_with_findings (id, at, actor, record_type, record_id, action, changes, source)
        SELECT id, at, actor, record_type, record_id, action, changes, source FROM audit_log;
      DROP TABLE audit_log;
      ALTER TABLE audit_log_with_findings RENAME TO audit_log;
      CREATE INDEX audit_log_by_record ON audit_log (record_id, id);
    `);
    renameCountryCodes(db);
  },
};

const current = (code: string): string => RENAMED_COUNTRY_CODES[code] ?? code;

type Body = Record<string, unknown> & { country?: string; dataLocations?: string[]; transfers?: Array<{ country: string }> };

/** Rewrites renamed codes in the records' bodies and in the columns copied from them; records that hold none are left alone. */
function renameCountryCodes(db: Database): void {
  const renamed = Object.keys(RENAMED_COUNTRY_CODES);
  // instr, not LIKE: LIKE ignores case, and "uk" is the key of every Ukrainian translation.
  const mentions = renamed.map((code) => `instr(body, '"${code}"') > 0`).join(' OR ');
  const rows = (table: string) => db.prepare<[], { id: string; body: string }>(`SELECT id, body FROM ${table} WHERE ${mentions}`).all();

  const organisation = db.prepare('UPDATE organisations SET country = ?, body = ? WHERE id = ?');
  for (const row of rows('organisations')) {
    const body = JSON.parse(row.body) as Body;
    if (body.country === undefined || current(body.country) === body.country) continue;
    body.country = current(body.country);
    organisation.run(body.country, JSON.stringify(body), row.id);
  }

  const processor = db.prepare('UPDATE processors SET country = ?, body = ? WHERE id = ?');
  for (const row of rows('processors')) {
    const body = JSON.parse(row.body) as Body;
    const before = JSON.stringify(body);
    if (body.country !== undefined) body.country = current(body.country);
    if (body.dataLocations !== undefined) body.dataLocations = [...new Set(body.dataLocations.map(current))];
    if (JSON.stringify(body) !== before) processor.run(body.country ?? null, JSON.stringify(body), row.id);
  }

  const activity = db.prepare('UPDATE activities SET transfer_countries = ?, body = ? WHERE id = ?');
  const transfer = db.prepare('UPDATE activity_transfers SET country = ? WHERE activity_id = ? AND position = ?');
  for (const row of rows('activities')) {
    const body = JSON.parse(row.body) as Body;
    const transfers = body.transfers ?? [];
    if (!transfers.some((entry) => current(entry.country) !== entry.country)) continue;
    transfers.forEach((entry, position) => {
      entry.country = current(entry.country);
      transfer.run(entry.country, row.id, position);
    });
    activity.run([...new Set(transfers.map((entry) => entry.country))].join(','), JSON.stringify(body), row.id);
  }
}
