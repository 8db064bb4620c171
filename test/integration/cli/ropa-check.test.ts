// `ropa check`: the register checks on the command line. Each finding printed with its severity, rule, record, message,
// what to do and its legal source (or, with --json, as data); exit code 4 while an error no one has accepted remains, 0
// otherwise; a wrong option is one line and exit code 2.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks/findings.ts';
import { startBackend } from '../backend/support.ts';
import { sha256, tempDir, type CliRun } from '../../support/cli.ts';
// In-process: these tests are about what `ropa check` prints and its exit code, not about the process; the same runCli,
// arguments, output and exit codes, without a Node start per command (see cli-in-process.ts).
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';

const SEVERITY_LABEL = { error: 'ERROR', warning: 'WARNING', info: 'NOTE' } as const;

async function registerFrom(file: string): Promise<string> {
  const register = path.join(tempDir('ropa-check-'), 'register.ropa');
  expect((await ropa(['init', register])).status).toBe(0);
  expect((await ropa(['import', register, file])).stderr).toBe('');
  return register;
}

const ids = {
  register: '00000000-0000-4000-8000-000000000001',
  organisation: '00000000-0000-4000-8000-000000000002',
  processor: '00000000-0000-4000-8000-000000000003',
  activity: '00000000-0000-4000-8000-000000000004',
};

/** A day a year from now: the review is not due whenever the test runs. */
const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);

/**
 * A small register the checks have nothing to say about: a controller in the EEA with its address and its Art. 32
 * measures, one complete active activity with a real time limit, its processor under contract in the EEA, and the
 * items it has none of confirmed as none.
 */
async function cleanRegister(change: (document: { processors: Array<Record<string, unknown>> }) => void = () => undefined): Promise<string> {
  const meta = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };
  const document = {
    format: 'ropa-exchange',
    version: 1,
    exportedAt: '2026-11-20T12:00:00Z',
    register: { id: ids.register, name: 'Sava Logistics – register', defaultLanguage: 'en' },
    organisations: [
      {
        id: ids.organisation,
        ...meta,
        name: 'Sava Logistics d.o.o.',
        address: 'Dunajska cesta 1, 1000 Ljubljana',
        country: 'SI',
        email: 'privacy@sava.example',
        securityMeasures: ['Laptops and backups are encrypted', 'Access to the HR system by role, reviewed every quarter'],
      },
    ],
    processors: [
      { id: ids.processor, ...meta, name: 'Plače d.o.o.', country: 'SI', dataLocations: ['SI'], dpa: { signedOn: '2025-03-01', reference: 'DPA-2025-07' } },
    ] as Array<Record<string, unknown>>,
    activities: [
      {
        id: ids.activity,
        ...meta,
        organisationId: ids.organisation,
        role: 'controller',
        name: 'Payroll',
        purposes: ['Paying salaries'],
        legalBases: [{ basis: 'contract' }],
        dataSubjects: ['Employees'],
        dataCategories: [{ name: 'Bank account details' }],
        processorIds: [ids.processor],
        retention: '24 months after the end of the contract',
        confirmedNone: ['transfers', 'recipients', 'sources'],
        public: true,
        status: 'active',
        nextReviewOn: nextYear,
      },
    ],
  };
  change(document);
  // Made through the backend in this process (spawning is slow on a busy machine): only `ropa check` is run as a command.
  const register = path.join(tempDir('ropa-check-'), 'register.ropa');
  const app = startBackend();
  await app.call('createFile', { path: register, name: 'Sava', defaultLanguage: 'en' });
  await app.call('importRegister', { text: JSON.stringify(document), fileName: 'sava.ropa.json' });
  app.backend.close();
  return register;
}

const parsed = (stdout: string) => JSON.parse(stdout) as Finding[];

describe('ropa check on a register with errors (the bytheway-en fixture)', () => {
  let register: string;
  let json: CliRun;
  let findings: Finding[];

  beforeAll(async () => {
    register = await registerFrom(fixturePath('bytheway-en'));
    json = await ropa(['check', register, '--json']);
    expect(json.stderr).toBe('');
    findings = parsed(json.stdout);
  });

  it('exits 4 and prints every finding: severity, rule, record, message, what to do and the legal source', async () => {
    const run = await ropa(['check', register]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(4);
    expect(findings.some((finding) => finding.severity === 'error')).toBe(true);
    const blocks = run.stdout.split('\n\n');
    for (const finding of findings) {
      const where = [finding.record.reference, `“${finding.record.name}”`].filter((part) => part !== undefined).join(' ');
      const head = [SEVERITY_LABEL[finding.severity], finding.rule, where, finding.field].filter((part) => part !== undefined).join(' · ');
      const block = blocks.find((candidate) => candidate.startsWith(`${head}\n`) && candidate.includes(finding.message));
      expect(block, head).toBeDefined();
      expect(block).toContain(`  → ${finding.hint}`);
      expect(block).toContain(`  ${finding.source}`);
    }
    expect(run.stdout).toMatch(/^ERROR · representative-missing · “BY THE WAY Limited Liability Company” · representative/m);
    const counts = (['error', 'warning', 'info'] as const).map((severity) => findings.filter((finding) => finding.severity === severity).length);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`Error: ${counts[0]} · Warning: ${counts[1]} · Note: ${counts[2]}`);
  });

  it('prints the findings as a JSON array with --json, each with its rule, severity, record, message, hint, source and key', () => {
    expect(json.status).toBe(4);
    expect(findings.length).toBeGreaterThan(0);
    const allowed = new Set(['rule', 'severity', 'record', 'field', 'message', 'hint', 'source', 'key', 'basis', 'asOf', 'accepted']);
    for (const finding of findings) {
      expect(
        Object.keys(finding).filter((key) => !allowed.has(key)),
        finding.key,
      ).toEqual([]);
      expect(finding).toMatchObject({
        rule: expect.stringMatching(/^[a-z-]+$/),
        severity: expect.stringMatching(/^(error|warning|info)$/),
        record: { type: expect.stringMatching(/^(organisation|processor|activity)$/), id: expect.any(String), name: expect.any(String) },
        message: expect.any(String),
        hint: expect.any(String),
        source: expect.stringContaining('GDPR'),
        key: expect.stringContaining(finding.record.id),
      });
      if (finding.basis !== undefined) expect(finding.basis).toMatch(/^[0-9a-f]{16}$/);
      expect(Object.keys(finding.record).filter((key) => !['type', 'id', 'name', 'reference'].includes(key))).toEqual([]);
      if (finding.asOf !== undefined) expect(finding.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'retention-vague', record: expect.objectContaining({ reference: 'PA-0009' }), field: 'retention' }),
    );
  });

  it('prints only the errors with --min-severity error, and still exits 4', async () => {
    const human = await ropa(['check', register, '--min-severity', 'error']);
    expect(human.status).toBe(4);
    const heads = human.stdout.split('\n').filter((line) => /^[A-Z]+ · /.test(line));
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(heads).toHaveLength(errors.length);
    expect(heads.every((line) => line.startsWith('ERROR · '))).toBe(true);

    const json = await ropa(['check', register, '--json', '--min-severity', 'error']);
    expect(json.status).toBe(4);
    expect(parsed(json.stdout)).toEqual(errors);
    expect(parsed((await ropa(['check', register, '--json', '--min-severity', 'warning'])).stdout).map((finding) => finding.severity)).not.toContain('info');
  });
});

describe('ropa check on a register without errors', () => {
  it('exits 0 for a complete register with its measures, limits and confirmations', async () => {
    const register = await cleanRegister();
    const run = await ropa(['check', register]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Error: 0 · Warning: 0 · Note: 0\n');
    expect(parsed((await ropa(['check', register, '--json'])).stdout)).toEqual([]);
  });

  it('exits 0 once the only error is accepted (through the app, on the same file), showing it as accepted', async () => {
    // The processor's contract is not recorded: the one error of the register.
    const register = await cleanRegister((document) => delete document.processors[0]!.dpa);
    const before = await ropa(['check', register, '--json']);
    expect(before.status).toBe(4);
    const errors = parsed(before.stdout).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => finding.rule)).toEqual(['processor-contract-missing']);

    const reason = 'Contract signed on paper on 3 March 2025; scan to follow';
    const app = startBackend();
    await app.call('openFile', { path: register });
    await app.call('acceptFinding', { key: errors[0]!.key, reason });
    app.backend.close();

    const run = await ropa(['check', register]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ERROR · processor-contract-missing · “Plače d.o.o.” · dpa');
    expect(run.stdout).toContain(`  ✓ Accepted by dpo@test on 20 November 2026: ${reason}`);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Error: 1 · Warning: 0 · Note: 0 · ✓ 1');
    const [accepted] = parsed((await ropa(['check', register, '--json'])).stdout);
    expect(accepted).toMatchObject({ rule: 'processor-contract-missing', accepted: { reason, by: 'dpo@test', at: '2026-11-20T12:00:00Z' } });
  });
});

describe('ropa check refuses what it cannot do, in one line', () => {
  let register: string;
  beforeAll(async () => {
    register = path.join(tempDir('ropa-check-'), 'register.ropa');
    expect((await ropa(['init', register])).status).toBe(0);
  });

  it.each([
    [['--lang', 'xx'], /^ropa: --lang xx: the checks are worded in en, uk, bg, sl$/],
    [['--min-severity', 'loud'], /^ropa: --min-severity loud: give one of error, warning, info$/],
  ])('%j exits 2', async (options, message) => {
    const before = sha256(register);
    const run = await ropa(['check', register, ...options]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(sha256(register)).toBe(before);
  });

  it('says so when the register does not exist, creating nothing', async () => {
    const folder = tempDir('ropa-check-');
    for (const missing of [path.join(folder, 'missing.ropa'), path.join(folder, 'no-folder', 'missing.ropa')]) {
      const run = await ropa(['check', missing]);
      expect(run.status).not.toBe(0);
      expect(run.status).not.toBe(4);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`${missing}: does not exist`);
    }
    expect(existsSync(path.join(folder, 'missing.ropa'))).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
