import type { Connection } from '../db/connection.ts';

export type PolicyVersionRow = { version: number; publishedAt: string; registerRevision: number; facts: string };

/** Published privacy policy versions per organisation, with their text in each language. */
export function policyRepository(db: Connection) {
  const latest = db.prepare<[string], PolicyVersionRow>(
    `SELECT version, published_at AS publishedAt, register_revision AS registerRevision, facts
     FROM policy_versions WHERE organisation_id = ? ORDER BY version DESC LIMIT 1`,
  );
  const all = db.prepare<[string], Omit<PolicyVersionRow, 'facts'>>(
    `SELECT version, published_at AS publishedAt, register_revision AS registerRevision
     FROM policy_versions WHERE organisation_id = ? ORDER BY version DESC`,
  );
  const text = db.prepare<[string, number, string], { markdown: string }>(
    'SELECT markdown FROM policy_texts WHERE organisation_id = ? AND version = ? AND language = ?',
  );
  const insertVersion = db.prepare('INSERT INTO policy_versions (organisation_id, version, published_at, register_revision, facts) VALUES (?, ?, ?, ?, ?)');
  const insertText = db.prepare('INSERT INTO policy_texts (organisation_id, version, language, markdown) VALUES (?, ?, ?, ?)');

  return {
    latest: (organisationId: string): PolicyVersionRow | undefined => latest.get(organisationId),
    list: (organisationId: string) => all.all(organisationId),
    text: (organisationId: string, version: number, language: string): string | undefined => text.get(organisationId, version, language)?.markdown,
    /** One version and its texts; call inside a transaction. */
    insert(organisationId: string, row: PolicyVersionRow, texts: Record<string, string>): void {
      insertVersion.run(organisationId, row.version, row.publishedAt, row.registerRevision, row.facts);
      for (const [language, markdown] of Object.entries(texts)) insertText.run(organisationId, row.version, language, markdown);
    },
  };
}

export type PolicyRepository = ReturnType<typeof policyRepository>;
