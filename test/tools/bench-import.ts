// Import and export of a large register against a raw better-sqlite3 insert of the same rows, in the same run.
// `measureRegisterImport` is for `npm run bench`; run this file alone for the backend figures only:
//   node test/tools/bench-import.ts [--activities 10000] [--runs 3]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { parseExchangeText, type ExchangeDocument } from '../../shared/exchange/read.ts';
import { displayText } from '../../shared/model/text.ts';
import { openRegisterStore, createRegisterStoreFile } from '../../electron/main/backend/session/register-store.ts';
import { generateRegister } from './generate-register.ts';
import { exchangeFileFromText } from '../../electron/main/backend/services/exchange.ts';

export type ImportFigures = {
  activities: number;
  megabytes: number;
  /** Median over the runs, in milliseconds. */
  importMs: number;
  exportMs: number;
  /** Of importMs: reading and validating the file (parseExchangeText), measured alone in the same run. */
  validateMs: number;
  rawInsertMs: number;
  /** importMs / rawInsertMs: the target is ≤ 2. */
  ratio: number;
};

const dependencies = { actor: 'bench', clock: () => new Date('2026-11-20T12:00:00Z'), newId: () => crypto.randomUUID() };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * The baseline: the JSON read with JSON.parse (no validation), then the same rows (record columns, bodies, join rows)
 * written with prepared statements in one transaction, into a file with the same schema. No audit, no checks.
 */
function rawInsert(filePath: string, text: string): void {
  const db = new Database(filePath);
  try {
    const document = JSON.parse(text) as ExchangeDocument;
    const language = document.register.defaultLanguage;
    const organisation = db.prepare('INSERT INTO organisations (id, name, sort_name, country, revision, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const processor = db.prepare(
      'INSERT INTO processors (id, parent_id, kind, name, sort_name, country, has_dpa, revision, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const activity = db.prepare(
      `INSERT INTO activities (id, reference, organisation_id, role, name, sort_name, status, public, owner, legal_bases,
       transfer_countries, next_review_on, revision, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const uses = db.prepare('INSERT INTO activity_processors (activity_id, position, processor_id) VALUES (?, ?, ?)');
    const transfer = db.prepare('INSERT INTO activity_transfers (activity_id, position, country, mechanism, processor_id) VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const record of document.organisations) {
        organisation.run(
          record.id,
          JSON.stringify(record.name),
          displayText(record.name, language, language),
          record.country,
          record.revision,
          record.updatedAt,
          JSON.stringify(record),
        );
      }
      for (const record of document.processors) {
        processor.run(
          record.id,
          record.parentId ?? null,
          record.kind ?? 'processor',
          JSON.stringify(record.name),
          displayText(record.name, language, language),
          record.country ?? null,
          record.dpa === undefined ? 0 : 1,
          record.revision,
          record.updatedAt,
          JSON.stringify(record),
        );
      }
      document.activities.forEach((record, index) => {
        activity.run(
          record.id,
          `PA-${String(index + 1).padStart(4, '0')}`,
          record.organisationId,
          record.role,
          JSON.stringify(record.name),
          displayText(record.name, language, language),
          record.status,
          record.public ? 1 : 0,
          record.owner ?? null,
          (record.legalBases ?? []).map((entry) => entry.basis).join(','),
          (record.transfers ?? []).map((entry) => entry.country).join(','),
          record.nextReviewOn ?? null,
          record.revision,
          record.updatedAt,
          JSON.stringify(record),
        );
        record.processorIds?.forEach((id, position) => uses.run(record.id, position, id));
        record.transfers?.forEach((entry, position) => transfer.run(record.id, position, entry.country, entry.mechanism ?? null, entry.processorId ?? null));
      });
    })();
  } finally {
    db.close();
  }
}

export function measureRegisterImport(options: { activities: number; runs?: number }): ImportFigures {
  const runs = options.runs ?? 3;
  const text = serialiseExchangeDocument(generateRegister({ activities: options.activities }));
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-'));
  const imports: number[] = [];
  const exports: number[] = [];
  const raws: number[] = [];
  const validations: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const registerPath = path.join(folder, `import-${run}.ropa`);
      const rawPath = path.join(folder, `raw-${run}.ropa`);
      createRegisterStoreFile(registerPath, { name: 'Bench', defaultLanguage: 'en' }, dependencies);
      createRegisterStoreFile(rawPath, { name: 'Raw', defaultLanguage: 'en' }, dependencies);
      // Alternate which goes first, so neither always gets the warmer cache.
      const measureRaw = () => raws.push(time(() => rawInsert(rawPath, text)));
      validations.push(time(() => parseExchangeText(text)));
      if (run % 2 === 1) measureRaw();
      const store = openRegisterStore(registerPath, dependencies);
      try {
        imports.push(time(() => store.services.exchange.importRegister(exchangeFileFromText(text, 'bench.ropa.json'))));
        exports.push(time(() => serialiseExchangeDocument(store.services.exchange.registerDocument())));
      } finally {
        store.close();
      }
      if (run % 2 === 0) measureRaw();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const importMs = median(imports);
  const rawInsertMs = median(raws);
  return {
    activities: options.activities,
    megabytes: Buffer.byteLength(text) / 1048576,
    importMs,
    exportMs: median(exports),
    validateMs: median(validations),
    rawInsertMs,
    ratio: importMs / rawInsertMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { activities: { type: 'string' }, runs: { type: 'string' } } });
  const figures = measureRegisterImport({ activities: Number(values.activities ?? 10_000), runs: Number(values.runs ?? 3) });
  console.log(
    `import of ${figures.activities} activities (${figures.megabytes.toFixed(1)} MiB JSON): ${figures.importMs.toFixed(0)} ms ` +
      `(of which reading and validating ${figures.validateMs.toFixed(0)} ms, writing ${(figures.importMs - figures.validateMs).toFixed(0)} ms); ` +
      `export: ${figures.exportMs.toFixed(0)} ms; raw better-sqlite3 insert of the same rows: ${figures.rawInsertMs.toFixed(0)} ms; ` +
      `ratio ${figures.ratio.toFixed(2)} (target ≤ 2)`,
  );
}
