// `ropa import --dry-run`: the preview of merging a colleague's file, three-way when it is this register's own
// export coming back; the register file is never touched.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import type { MergePreview } from '../../../shared/ipc/contract.ts';
import { sha256, tempDir } from '../../support/cli.ts';
// In-process: the same runCli as `ropa`, without a Node start per command (see cli-in-process.ts).
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';

async function registerOf(fixture: string, folder: string): Promise<string> {
  const register = path.join(folder, `${fixture}.ropa`);
  expect((await ropa(['init', register])).status).toBe(0);
  expect((await ropa(['import', register, fixturePath(fixture)])).stderr).toBe('');
  return register;
}

/** The register exported for a colleague, edited by them, written back to a file. */
async function colleagueEdits(register: string, folder: string, edit: (document: ExchangeDocument) => void): Promise<string> {
  const exported = path.join(folder, 'for-hr.ropa.json');
  expect((await ropa(['export', register, '--out', exported])).status).toBe(0);
  const document = JSON.parse(readFileSync(exported, 'utf8')) as ExchangeDocument;
  edit(document);
  const back = path.join(folder, 'from-hr.ropa.json');
  writeFileSync(back, JSON.stringify(document));
  return back;
}

async function preview(register: string, file: string): Promise<MergePreview> {
  const run = await ropa(['import', register, file, '--dry-run', '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as MergePreview;
}

describe('previewing a colleague’s file', () => {
  it('merges this register’s own export three-way: their edits are taken, lists merged, and the register is untouched', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('bytheway-en', folder);
    const file = await colleagueEdits(register, folder, (document) => {
      const [first, second] = document.activities;
      if (first === undefined || second === undefined) throw new Error('the fixture has activities');
      first.retention = 'Five years after the account is closed';
      first.purposes = [...first.purposes, 'Annual review of accounts'];
      second.name = 'Payments (renamed by HR)';
    });
    const before = sha256(register);
    const result = await preview(register, file);
    expect(result.threeWay).toBe(true);
    expect(result.counts).toMatchObject({ new: 0, changed: 2, conflict: 0, 'delete-conflict': 0, removed: 0 });
    const fields = result.records.flatMap((record) => record.fields.map((field) => [record.name, field.field, field.outcome]));
    expect(fields).toEqual([
      ['Personal Account', 'purposes', 'merged'],
      ['Personal Account', 'retention', 'theirs'],
      ['Payments for services', 'name', 'theirs'],
    ]);
    expect(sha256(register)).toBe(before);
  });

  it('treats a file it did not export as two-way: every difference is a conflict, new records are added', async () => {
    const folder = tempDir('ropa-merge-');
    const register = await registerOf('bytheway-en', folder);
    const document = JSON.parse(readFileSync(fixturePath('bytheway-en'), 'utf8')) as ExchangeDocument;
    const [first] = document.activities;
    if (first === undefined) throw new Error('the fixture has activities');
    first.owner = 'Marketing';
    const file = path.join(folder, 'elsewhere.ropa.json');
    writeFileSync(file, JSON.stringify({ ...document, register: { ...document.register, id: '00000000-0000-4000-8000-0000000000aa' } }));
    const result = await preview(register, file);
    expect(result.threeWay).toBe(false);
    expect(result.counts.conflict).toBe(1);
    // Ours has no owner: JSON leaves the absent value out.
    expect(result.records[0]?.fields).toEqual([{ field: 'owner', outcome: 'conflict', theirs: 'Marketing' }]);
    const text = (await ropa(['import', register, file, '--dry-run'])).stdout;
    expect(text).toContain('Two-way merge');
    expect(text).toContain('conflict  owner: ours (none) | theirs Marketing');
    expect(text).toContain('Nothing was written (--dry-run).');
  });
});
