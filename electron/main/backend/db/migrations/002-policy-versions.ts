import type { Migration } from './migration.ts';

/**
 * Published versions of each organisation's privacy policy: the date, the register revision it was made from, the
 * facts that decide whether a later change is material, and the text in every language as it was published.
 */
export const policyVersions: Migration = {
  version: 2,
  name: 'policy versions',
  up(db) {
    db.exec(`
      CREATE TABLE policy_versions (
        organisation_id   TEXT    NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        version           INTEGER NOT NULL CHECK (version >= 1),
        published_at      TEXT    NOT NULL,
        register_revision INTEGER NOT NULL CHECK (register_revision >= 0),
        facts             TEXT    NOT NULL, -- JSON: PolicyFacts
        PRIMARY KEY (organisation_id, version)
      ) STRICT;

      CREATE TABLE policy_texts (
        organisation_id TEXT    NOT NULL,
        version         INTEGER NOT NULL,
        language        TEXT    NOT NULL,
        markdown        TEXT    NOT NULL,
        PRIMARY KEY (organisation_id, version, language),
        FOREIGN KEY (organisation_id, version) REFERENCES policy_versions (organisation_id, version) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
