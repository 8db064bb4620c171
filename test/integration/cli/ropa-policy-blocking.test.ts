// `ropa policy --out`: the policy is public, so while the register checks find an unaccepted error in what it
// publishes, nothing is written, the findings go to standard error as `ropa check` prints them, with a last line saying
// what to do, and the exit code is 4. `--ignore-checks` writes it anyway; an accepted finding no longer holds it back.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend/index.ts';
import { fixtureText, noDialogs, startBackend, tempFolder } from '../backend/support.ts';
import { tempDir, type CliRun } from '../../support/cli.ts';
// In-process: these tests are about what `ropa policy` writes and prints and its exit code, not about the process; the
// same runCli, arguments, output and exit codes, without a Node start per command (see cli-in-process.ts).
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { registerFile, withPrivacyShield } from '../policy/blocking-register.ts';

/** The fixture in a new register file, made through the backend in this process (quicker than two spawned commands). */
async function fixtureRegister(name: string): Promise<string> {
  const register = path.join(tempFolder(), `${name}.ropa`);
  const backend = createBackend({ dataDir: tempFolder(), host: noDialogs });
  try {
    for (const [command, input] of [
      ['createFile', { path: register, name, defaultLanguage: 'en' }],
      ['importRegister', { text: fixtureText(name), fileName: `${name}.ropa.json` }],
    ] as const) {
      const result = await backend.invoke(command, input);
      if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    }
  } finally {
    backend.close();
  }
  return register;
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

describe('ropa policy --out on the BY THE WAY register (a Ukrainian controller without an EU representative)', () => {
  let register: string;
  let folder: string;
  let run: CliRun;

  beforeAll(async () => {
    register = await fixtureRegister('bytheway-en');
    folder = tempDir('ropa-policy-blocked-');
    run = await ropa(['policy', register, '--out', path.join(folder, 'policy.html')]);
  });

  it('exits 4 and writes nothing', () => {
    expect(run.status, run.stderr).toBe(4);
    expect(run.stdout).toBe('');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('prints each blocking finding on standard error as ropa check prints it, the representative first', async () => {
    const check = await ropa(['check', register]);
    const representative = check.stdout.split('\n\n').find((block) => block.startsWith('ERROR · representative-missing · '));
    expect(representative).toBeDefined();
    expect(run.stderr).toContain(`${representative!.trim()}\n`);
    expect(run.stderr).toMatch(
      /^ERROR · representative-missing · “BY THE WAY Limited Liability Company” · representative\.name\n {2}The organisation’s country of establishment, Ukraine, is outside the EEA/,
    );
    // A processor's missing contract is an error of the register, not of what the policy says.
    expect(check.stdout).toContain('ERROR · processor-contract-missing');
    expect(run.stderr).not.toContain('processor-contract-missing');
  });

  it('ends with a line telling to fix the findings or pass --ignore-checks', () => {
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('ERROR · ')).length;
    expect(lastLine(run.stderr)).toBe(
      `ropa: ${path.join(folder, 'policy.html')} was not written: the register checks found ${errors} errors in what the privacy policy publishes. ` +
        'Fix them in the register (or accept them in the app, with the reason), or pass --ignore-checks to go ahead anyway.',
    );
  });

  it('writes the policy with --ignore-checks, exit code 0', async () => {
    const out = path.join(tempDir('ropa-policy-ignored-'), 'policy.md');
    const ignored = await ropa(['policy', register, '--out', out, '--ignore-checks']);
    expect(ignored.status, ignored.stderr).toBe(0);
    expect(ignored.stdout).toMatch(/^Wrote .*policy\.md: privacy policy, language en, MD/);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses --ignore-checks without --out or --publish, exit code 2', async () => {
    const wrong = await ropa(['policy', register, '--diff-from-published', '--ignore-checks']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe('ropa: --ignore-checks goes with --out or --publish: only writing or publishing the policy is held back by the checks');
  });

  it('publishes no version while the errors are open (exit code 4), and publishes with --ignore-checks', async () => {
    const held = await ropa(['policy', register, '--publish']);
    expect(held.status).toBe(4);
    expect(held.stdout).toBe('');
    expect(lastLine(held.stderr)).toMatch(/^ropa: no version was published: the register checks found \d+ errors in what the privacy policy publishes\./);
    const published = await ropa(['policy', register, '--publish', '--ignore-checks']);
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toMatch(/^Published version 1 of the privacy policy/);
  });
});

describe('ropa policy --out and a transfer under the Privacy Shield', () => {
  it('is held back by transfer-mechanism-invalid, worded in the policy’s language; once accepted, the policy is written', async () => {
    const register = await registerFile((document) => {
      document.activities[0] = withPrivacyShield(document.activities[0]!);
    });
    const out = path.join(tempDir('ropa-policy-shield-'), 'politika.pdf');
    const blocked = await ropa(['policy', register, '--out', out, '--lang', 'sl']);
    expect(blocked.status, blocked.stderr).toBe(4);
    expect(existsSync(out)).toBe(false);

    // Accepted in the app, on the same file; the finding as the checks word it in Slovenian is the one printed.
    const app = startBackend();
    await app.call('openFile', { path: register });
    const [finding] = (await app.call('checkRegister', { language: 'sl' })).findings.filter((candidate) => candidate.severity === 'error');
    expect(finding?.rule).toBe('transfer-mechanism-invalid');
    expect(blocked.stderr).toContain('NAPAKA · transfer-mechanism-invalid · ');
    expect(blocked.stderr).toContain(`  ${finding!.message}\n`);
    await app.call('acceptFinding', { key: finding!.key, reason: 'The transfers ended in July 2020; the record is kept as history' });
    app.backend.close();

    const written = await ropa(['policy', register, '--out', out, '--lang', 'sl']);
    expect(written.status, written.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
