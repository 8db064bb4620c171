import type { Connection } from '../db/connection.ts';
import type { FindingAcceptance, RuleId } from '../../../../shared/checks/findings.ts';
import type { RecordType } from '../../../../shared/model/records.ts';

/** An acceptance with the finding it was given to: its rule and record, kept for the audit log when the finding is gone. */
export type StoredAcceptance = FindingAcceptance & { rule: RuleId; recordType: RecordType; recordId: string };

/** The findings a person has accepted, each with the fingerprint of what was judged, the reason, who and when. */
export function findingAcceptanceRepository(db: Connection) {
  const all = db.prepare<[], FindingAcceptance>(
    'SELECT key, basis, reason, accepted_by AS "by", accepted_at AS "at" FROM finding_acceptances ORDER BY accepted_at, key',
  );
  const one = db.prepare<[string], StoredAcceptance>(
    `SELECT key, basis, reason, accepted_by AS "by", accepted_at AS "at", rule, record_type AS recordType, record_id AS recordId
     FROM finding_acceptances WHERE key = ?`,
  );
  const upsert = db.prepare(
    `INSERT INTO finding_acceptances (key, rule, record_type, record_id, basis, reason, accepted_by, accepted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET basis = excluded.basis, reason = excluded.reason,
                                     accepted_by = excluded.accepted_by, accepted_at = excluded.accepted_at`,
  );
  const remove = db.prepare('DELETE FROM finding_acceptances WHERE key = ?');
  const stamp = db.prepare<[], string>(`SELECT count(*) || ' ' || ifnull(max(accepted_at), '') FROM finding_acceptances`).pluck();

  return {
    list: (): FindingAcceptance[] => all.all(),
    /** Changes whenever an acceptance is given, changed or withdrawn: how many there are, and the latest. */
    stamp: (): string => stamp.get() ?? '',
    get: (key: string): StoredAcceptance | undefined => one.get(key),
    save(acceptance: StoredAcceptance): void {
      upsert.run(
        acceptance.key,
        acceptance.rule,
        acceptance.recordType,
        acceptance.recordId,
        acceptance.basis,
        acceptance.reason,
        acceptance.by,
        acceptance.at,
      );
    },
    delete(key: string): void {
      remove.run(key);
    },
  };
}
