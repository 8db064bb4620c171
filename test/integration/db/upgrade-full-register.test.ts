// A register written by any older version of the app, holding rows in every table that version had (published
// policies and export snapshots included), opens in this version with every row as it was: the upgrade adds and
// rebuilds tables, it never loses or alters a record, an audit row, a published policy or what an export contained.
//
// The old files are built the way those versions built them: the SQL of their own migration steps (MIGRATIONS up to
// that version), then the rows of a register made by today's backend, copied column by column into the tables the old
// schema has. So the test keeps working as migrations are added, and fails when a new table is left empty here.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ROPA_APPLICATION_ID } from '../../../electron/main/backend/db/file-header.ts';
import { MIGRATIONS } from '../../../electron/main/backend/db/migrations/index.ts';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import { createBackend } from '../../../electron/main/backend/index.ts';
import type { CommandInput, CommandName, CommandOutputs } from '../../../shared/ipc/contract.ts';
import { noDialogs, sequentialIds, startBackend, tempFolder, testClock, withoutExportTime } from '../backend/support.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { sharedSetup } from '../../support/shared-setup.ts';

const LATEST = MIGRATIONS.length;

type Row = Record<string, unknown>;
type Source = { registerPath: string; exportPath: string; document: ExchangeDocument; policyVersions: unknown };

/** Tables of a database, apart from SQLite's own. */
function tablesOf(db: Database.Database, schema = 'main'): string[] {
  return db.prepare(`SELECT name FROM ${schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
}

function columnsOf(db: Database.Database, table: string, schema = 'main'): Array<{ name: string; pk: number }> {
  return db.prepare(`SELECT name, pk FROM pragma_table_info(?, ?) ORDER BY cid`).all(table, schema) as Array<{ name: string; pk: number }>;
}

/** Every row of `table`, in primary-key order (WITHOUT ROWID tables have no rowid to sort by). */
function rowsOf(db: Database.Database, table: string, schema = 'main'): Row[] {
  const columns = columnsOf(db, table, schema);
  const keys = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  const order = (keys.length > 0 ? keys : columns).map((column) => `"${column.name}"`).join(', ');
  return db.prepare(`SELECT * FROM ${schema}."${table}" ORDER BY ${order}`).all() as Row[];
}

/** `row` with only the columns of `rows` (the old format's). */
function inColumnsOf(rows: Row[], row: Row): Row {
  return Object.fromEntries(Object.keys(rows[0] ?? row).map((column) => [column, row[column]]));
}

/**
 * What an older schema could hold of today's rows. Format 1–4's audit log knew four actions (accepting a finding came
 * with format 5, publishing a policy with format 7); format 3 kept one export snapshot per register revision (format 4 keeps one per export).
 */
function rowsAllowedAt(version: number, table: string): string {
  if (table === 'audit_log' && version < 5) return "WHERE action IN ('create', 'update', 'delete', 'import')";
  // Publishing a policy came into the audit log with format 7.
  if (table === 'audit_log' && version < 7) return "WHERE action <> 'publish'";
  if (table === 'export_snapshots' && version < 4) return 'WHERE rowid IN (SELECT min(rowid) FROM source.export_snapshots GROUP BY register_revision)';
  return '';
}

/** A register file at format `version`: that version's migration steps, then the source's rows its tables can hold. */
function registerAtFormat(version: number, source: string, filePath: string): Record<string, Row[]> {
  const db = new Database(filePath);
  try {
    db.transaction(() => {
      for (const step of MIGRATIONS.slice(0, version)) step.up(db, { now: () => new Date() });
      db.pragma(`user_version = ${version}`);
      db.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    })();
    db.prepare('ATTACH DATABASE ? AS source').run(source);
    // Tables are copied in name order, references before what they point to; foreign_key_check below verifies the whole.
    db.pragma('foreign_keys = OFF');
    const written: Record<string, Row[]> = {};
    db.transaction(() => {
      for (const table of tablesOf(db)) {
        const columns = columnsOf(db, table)
          .map((column) => `"${column.name}"`)
          .join(', ');
        db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM source."${table}" ${rowsAllowedAt(version, table)}`);
        written[table] = rowsOf(db, table);
      }
    })();
    db.exec('DETACH DATABASE source');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    return written;
  } finally {
    db.close();
  }
}

/**
 * Today's register with a row in every table: the fixture imported (organisations, processors, activities, their
 * processors and transfers, the audit log), a finding accepted, the privacy policy published (versions and texts), and
 * two exports for colleagues at the same revision (two snapshots, which format 3 could not tell apart), and a saved
 * column mapping.
 */
const source = sharedSetup(async (): Promise<Source> => {
  const folder = tempFolder();
  const clock = testClock();
  // Made here, not with startBackend(): that one closes itself when a test ends, and this runs before the tests.
  const backend = createBackend({ dataDir: tempFolder(), host: noDialogs, actor: 'dpo@test', clock: clock.now, newId: sequentialIds() });
  const call = async <Name extends CommandName>(name: Name, input: CommandInput<Name>): Promise<CommandOutputs[Name]> => {
    const result = await backend.invoke(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.value as CommandOutputs[Name];
  };
  try {
    return await filled(folder, clock, call);
  } finally {
    backend.close();
  }
});

async function filled(
  folder: string,
  clock: ReturnType<typeof testClock>,
  call: <Name extends CommandName>(name: Name, input: CommandInput<Name>) => Promise<CommandOutputs[Name]>,
): Promise<Source> {
  const registerPath = path.join(folder, 'source.ropa');
  await call('createFile', { path: registerPath, name: 'Register with everything', defaultLanguage: 'en' });
  await call('importRegister', { path: fixturePath('bytheway-en') });
  const { findings } = await call('checkRegister', {});
  const finding = findings.find((candidate) => candidate.severity === 'warning') ?? findings[0];
  if (finding === undefined) throw new Error('the fixture has no finding to accept');
  await call('acceptFinding', { key: finding.key, reason: 'Accepted before the upgrade' });
  // The fixture has errors in what its policy publishes: a version is recorded on purpose, for the table to hold one.
  await call('publishPolicy', { ignoreChecks: true });
  clock.advance(60);
  const exportPath = path.join(folder, 'for-hr.ropa.json');
  await call('exportForColleague', { format: 'json', path: exportPath });
  clock.advance(60);
  await call('exportForColleague', { format: 'xlsx', path: path.join(folder, 'for-marketing.xlsx') });
  await call('saveColumnMapping', { mapping: { name: "HR's spreadsheet", headerRow: 1, columns: [{ header: 'Activity', target: 'name' }] } });
  return { registerPath, exportPath, document: await call('exportRegister', {}), policyVersions: await call('listPolicyVersions', {}) };
}

describe('the register the upgrades start from', () => {
  it('holds rows in every table of the current schema', () => {
    const db = new Database(source().registerPath, { readonly: true });
    try {
      const empty = tablesOf(db).filter((table) => rowsOf(db, table).length === 0);
      // A table added by a new migration must be filled above, so that its upgrade is tested with rows in it.
      expect(empty).toEqual([]);
      expect(db.prepare('SELECT count(*) FROM export_snapshots').pluck().get()).toBeGreaterThanOrEqual(2);
    } finally {
      db.close();
    }
  });
});

describe.each(Array.from({ length: LATEST - 1 }, (_, index) => index + 1))('a register of format %i, upgraded', (version) => {
  it(`keeps every row of every table when the app opens it, now at format ${LATEST}`, async () => {
    const folder = tempFolder();
    const filePath = path.join(folder, 'old.ropa');
    const before = registerAtFormat(version, source().registerPath, filePath);
    // Not an empty file that upgrades trivially: each table the old format had holds rows (the export snapshots too).
    expect(
      Object.entries(before)
        .filter(([, rows]) => rows.length === 0)
        .map(([table]) => table),
    ).toEqual([]);

    const { call } = startBackend();
    await call('openFile', { path: filePath });

    const db = new Database(filePath, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Every row kept, in the columns the old format had (later formats add some: the audit log's kind, names, hashes).
      for (const [table, rows] of Object.entries(before)) {
        expect(
          rowsOf(db, table)
            .slice(0, rows.length)
            .map((row) => inColumnsOf(rows, row)),
          table,
        ).toEqual(rows);
      }
      // The audit log's history in full starts with the upgrade: one entry per record and one for the register, after the old ones.
      const started = rowsOf(db, 'audit_log').slice(before['audit_log']?.length);
      const records = ['organisations', 'processors', 'activities'].reduce((count, table) => count + rowsOf(db, table).length, 0);
      expect(started.map((row) => row['kind'])).toEqual(Array.from({ length: records + 1 }, () => 'history-start'));
    } finally {
      db.close();
    }

    // The audit log kept, now chained: the chain holds from its first entry.
    expect(await call('verifyAudit', {})).toMatchObject({ broken: null });
    // And the app reads it as the register it was.
    expect(withoutExportTime(await call('exportRegister', {}))).toEqual(withoutExportTime(source().document));
    if (version >= 2) expect(await call('listPolicyVersions', {})).toEqual(source().policyVersions);
    if (version >= 3) {
      // The snapshot kept through the upgrade still makes the colleague's file merge three-way, with nothing to change.
      const preview = await call('previewMerge', { path: source().exportPath });
      if ('cancelled' in preview) throw new Error('a preview with a path is never cancelled');
      expect(preview.threeWay).toBe(true);
      expect(preview.counts).toMatchObject({ new: 0, changed: 0, conflict: 0, 'delete-conflict': 0, removed: 0 });
    }
  });
});
