import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixturePath } from '../../support/fixtures.ts';
import { ropa, sha256, tempDir } from '../../support/cli.ts';

/** The exchange document without the moment it was written. */
const contentOf = (file: string) => {
  const { exportedAt: _exportedAt, baseRevision: _baseRevision, ...content } = JSON.parse(readFileSync(file, 'utf8'));
  return content;
};

describe('the ropa command line', () => {
  it('explains itself with --help and exits 0', () => {
    const run = ropa(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('init <register.ropa> [--name TEXT] [--lang CODE]');
    expect(run.stdout).toContain('export <register.ropa> --out <file.ropa.json|.xlsx|.csv|.fides.yml> [--owner NAME]');
  });

  it('refuses an unknown command with one line and exit code 2', () => {
    const run = ropa(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('creates a register with a name and language, and will not overwrite it', () => {
    const register = path.join(tempDir(), 'hr.ropa');
    // --lang sl is also the language of the messages (an interface language); --lang de would leave them to the locale.
    const created = ropa(['init', register, '--name', 'HR register', '--lang', 'sl']);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('»HR register«, privzeti jezik sl');
    const before = sha256(register);
    const again = ropa(['init', register]);
    expect(again.status).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(sha256(register)).toBe(before);
  });

  it.each(FIXTURES)('imports the %s fixture into an empty register and exports the same document', (name) => {
    const dir = tempDir();
    const register = path.join(dir, 'register.ropa');
    expect(ropa(['init', register]).status).toBe(0);
    const imported = ropa(['import', register, fixturePath(name)]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const exported = path.join(dir, 'out.ropa.json');
    expect(ropa(['export', register, '--out', exported]).status).toBe(0);
    expect(contentOf(exported)).toEqual(contentOf(fixturePath(name)));

    const again = path.join(dir, 'again.ropa');
    expect(ropa(['init', again]).status).toBe(0);
    expect(ropa(['import', again, exported]).status).toBe(0);
    const second = path.join(dir, 'second.ropa.json');
    expect(ropa(['export', again, '--out', second]).status).toBe(0);
    const { exportedAt: _a, ...first } = JSON.parse(readFileSync(exported, 'utf8'));
    const { exportedAt: _b, ...repeat } = JSON.parse(readFileSync(second, 'utf8'));
    expect(repeat).toEqual(first);
  });

  it('refuses a bad file naming the first bad field, and leaves the register unchanged', () => {
    const dir = tempDir();
    const register = path.join(dir, 'register.ropa');
    ropa(['init', register]);
    const document = JSON.parse(readFileSync(fixturePath('bytheway-en'), 'utf8'));
    document.activities[3].legalBases[0].basis = 'consnet';
    const bad = path.join(dir, 'bad.ropa.json');
    writeFileSync(bad, JSON.stringify(document));
    const before = sha256(register);
    const run = ropa(['import', register, bad]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('activities[3].legalBases[0].basis: "consnet" is not one of consent, contract');
    expect(sha256(register)).toBe(before);
  });

  it('refuses a file that is not UTF-8 text', () => {
    const dir = tempDir();
    const register = path.join(dir, 'register.ropa');
    ropa(['init', register]);
    const bad = path.join(dir, 'latin1.ropa.json');
    writeFileSync(bad, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const run = ropa(['import', register, bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/latin1\.ropa\.json: is not UTF-8/);
  });

  it('merges another register’s file into one that holds records: its records are added beside ours', () => {
    const dir = tempDir();
    const register = path.join(dir, 'register.ropa');
    ropa(['init', register]);
    expect(ropa(['import', register, fixturePath('btc-sl')]).status).toBe(0);
    const run = ropa(['import', register, fixturePath('bytheway-en')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Two-way merge');
    expect(run.stdout).toMatch(/Merged: 12 created, 0 updated, 0 deleted/);
  });

  it('says so when the register does not exist, creating nothing', () => {
    const dir = tempDir();
    const missing = path.join(dir, 'missing.ropa');
    const run = ropa(['export', missing, '--out', path.join(dir, 'x.ropa.json')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(missing)).toBe(false);
  });

  it('leaves no half-written file when the output folder cannot be written', () => {
    const dir = tempDir();
    const register = path.join(dir, 'register.ropa');
    ropa(['init', register]);
    ropa(['import', register, fixturePath('btc-sl')]);
    writeFileSync(path.join(dir, 'placeholder'), '');
    // A file where a folder is expected cannot be written into, even by root.
    const run = ropa(['export', register, '--out', path.join(dir, 'placeholder', 'out.ropa.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot save the file to .*placeholder\/out\.ropa\.json: .*placeholder is a file, not a folder/);
    // The backup taken when the import first put activities in it is the only thing beside the register.
    expect(readdirSync(dir).sort()).toEqual(['placeholder', 'register.backups', 'register.ropa']);
  });
});
