// A register survives the CLI being killed (SIGKILL) at any moment of an import of 10,000 activities: it opens
// afterwards, SQLite's integrity check says ok, and it holds either none or all of the import, never part of it.
// A soak test, in `npm run test:long` (CI runs it after `npm test`): 20 kills; `npm run soak` kills 200 (ROPA_SOAK_RUNS). The moments are random, from a seed that
// a failure prints, so that it can be replayed (ROPA_SOAK_SEED).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRegisterDatabase } from '../../../electron/main/backend/db/connection.ts';
import { serialiseExchangeDocument } from '../../../shared/exchange/write.ts';
import { ropa, tempDir } from '../../support/cli.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { sharedSetup } from '../../support/shared-setup.ts';
import { generateRegister } from '../../tools/generate-register.ts';

const RUNS = Number(process.env['ROPA_SOAK_RUNS'] ?? 20);
const SEED = Number(process.env['ROPA_SOAK_SEED'] ?? Date.now() % 1_000_000);
const ACTIVITIES = 10_000;

/** mulberry32: a small seeded generator, so that a failing run can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const folder = tempDir('ropa-kill-');
const importFile = path.join(folder, 'large.ropa.json');
const emptyRegister = path.join(folder, 'empty.ropa');
let fullRunMs = 0;

/** Starts `ropa import` and kills it after `delayMs` (or lets it finish first); resolves once it has ended. */
function importKilledAfter(register: string, delayMs: number): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(repoRoot, 'electron/cli/ropa.ts'), 'import', register, importFile], {
      env: { ...process.env, XDG_STATE_HOME: folder },
      stdio: 'ignore',
    });
    const timer = delayMs === Infinity ? undefined : setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', ms: Date.now() - started });
    });
  });
}

function activitiesIn(register: string): number {
  // Opened the way the app opens it (a hot journal left by the kill is rolled back here), then checked.
  const { db } = openRegisterDatabase(register);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS count FROM activities').get() as { count: number }).count;
  } finally {
    db.close();
  }
}

// The kill moments are drawn from the measured length of one whole import (on this machine, at this load), so the
// test has no wall-clock limit of its own; a failed setup fails each test (sharedSetup) rather than skipping them.
const ready = sharedSetup(async () => {
  writeFileSync(importFile, serialiseExchangeDocument(generateRegister({ activities: ACTIVITIES, seed: 7 })));
  expect(ropa(['init', emptyRegister]).status).toBe(0);
  const calibration = path.join(folder, 'calibration.ropa');
  copyFileSync(emptyRegister, calibration);
  fullRunMs = (await importKilledAfter(calibration, Infinity)).ms;
  expect(activitiesIn(calibration)).toBe(ACTIVITIES);
  return true;
});

describe('an import killed at a random moment', () => {
  it(`leaves a register that opens, passes the integrity check and holds none or all of it (${RUNS} kills, seed ${SEED})`, async () => {
    expect(ready()).toBe(true);
    const random = seeded(SEED);
    const outcomes = { none: 0, all: 0, hotJournal: 0 };
    for (let run = 0; run < RUNS; run++) {
      const register = path.join(folder, `run-${run}.ropa`);
      copyFileSync(emptyRegister, register);
      // Half the kills anywhere from the process start to a little past the calibrated end (some runs finish first),
      // half in its second half, where the file has been read and the records are written.
      const delay = Math.round(random() < 0.5 ? random() * fullRunMs * 1.1 : fullRunMs * (0.5 + random() * 0.6));
      await importKilledAfter(register, delay);
      // Killed inside the write transaction: the rollback journal is left beside the file, to be rolled back on open.
      if (existsSync(`${register}-journal`)) outcomes.hotJournal += 1;
      const count = activitiesIn(register);
      expect([0, ACTIVITIES], `run ${run} (kill after ${delay} ms, seed ${SEED})`).toContain(count);
      outcomes[count === 0 ? 'none' : 'all'] += 1;
    }
    console.info(
      `killed imports: ${RUNS} runs (seed ${SEED}, full import ${fullRunMs} ms): ${outcomes.none} held none (${outcomes.hotJournal} of them killed inside the transaction), ${outcomes.all} held all`,
    );
  });

  it('leaves one self-contained file once the CLI has closed the register: no -wal, -shm or -journal beside it', async () => {
    const register = path.join(folder, 'closed.ropa');
    copyFileSync(emptyRegister, register);
    await importKilledAfter(register, Infinity);
    expect(readdirSync(folder).filter((name) => name.startsWith('closed.ropa'))).toEqual(['closed.ropa']);
    const db = new Database(register, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    expect(existsSync(`${register}-wal`)).toBe(false);
  });
});
