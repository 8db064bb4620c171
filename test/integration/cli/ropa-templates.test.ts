// `ropa templates list` and `ropa templates add`: the standard activities, listed in any of the four languages with the
// same ids, and each added as an active activity that `ropa check` then finds no error in. Run in-process (the same
// runCli as the binary): the test is about what the commands do, not about the process around them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks/findings.ts';
import type { TemplateSummary } from '../../../shared/templates/from-template.ts';
import { ACTIVITY_TEMPLATES } from '../../../shared/templates/catalogue/index.ts';
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { tempDir } from '../../support/cli.ts';
import { fixturePath } from '../../support/fixtures.ts';

async function registerFrom(file: string | undefined): Promise<string> {
  const register = path.join(tempDir('ropa-templates-'), 'register.ropa');
  expect((await ropaInProcess(['init', register])).status).toBe(0);
  if (file !== undefined) expect((await ropaInProcess(['import', register, file])).stderr).toBe('');
  return register;
}

/** A register holding only a complete controller in the EEA: whatever `ropa check` finds, a template brought. */
function completeOrganisationFile(): string {
  const file = path.join(tempDir('ropa-templates-'), 'organisation.ropa.json');
  const document = {
    format: 'ropa-exchange',
    version: 1,
    exportedAt: '2026-11-20T12:00:00Z',
    register: { id: '00000000-0000-4000-8000-000000000001', name: 'Sava Logistics – register', defaultLanguage: 'en' },
    organisations: [
      {
        id: '00000000-0000-4000-8000-000000000002',
        updatedAt: '2026-11-01T09:00:00Z',
        revision: 1,
        name: 'Sava Logistics d.o.o.',
        address: 'Dunajska cesta 1, 1000 Ljubljana',
        country: 'SI',
        email: 'privacy@sava.example',
      },
    ],
    processors: [],
    activities: [],
  };
  writeFileSync(file, JSON.stringify(document));
  return file;
}

async function findings(register: string): Promise<Finding[]> {
  const run = await ropaInProcess(['check', register, '--json']);
  return JSON.parse(run.stdout) as Finding[];
}

describe('ropa templates list', () => {
  it('prints one line per template: id — name: description', async () => {
    const run = await ropaInProcess(['templates', 'list']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ACTIVITY_TEMPLATES.length);
    expect(lines).toContain(`cctv — CCTV: ${ACTIVITY_TEMPLATES.find((template) => template.id === 'cctv')?.description.en ?? ''}`);
  });

  it('lists the same ids in Ukrainian as in English, with the texts in Ukrainian', async () => {
    const english = JSON.parse((await ropaInProcess(['templates', 'list', '--json'])).stdout) as TemplateSummary[];
    const ukrainian = JSON.parse((await ropaInProcess(['templates', 'list', '--json', '--lang', 'uk'])).stdout) as TemplateSummary[];
    expect(ukrainian.map((template) => template.id)).toEqual(english.map((template) => template.id));
    const payroll = ukrainian.find((template) => template.id === 'payroll-and-benefits');
    expect(payroll?.name).toBe('Нарахування заробітної плати та пільги працівникам');
    expect(payroll?.legalBases.map((entry) => entry.basis)).toEqual(['contract', 'legal-obligation']);
    expect(payroll?.retention.kind).toBe('criterion');
    const cctv = english.find((template) => template.id === 'cctv');
    expect(cctv?.retention).toMatchObject({ kind: 'period', source: { authority: 'EDPB (EU)' } });
  });

  it('refuses a language no template is written in (exit code 2)', async () => {
    const run = await ropaInProcess(['templates', 'list', '--lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('ropa: --lang de: the templates are written in en, uk, bg, sl\n');
  });

  it('is in ropa --help', async () => {
    const run = await ropaInProcess(['--help']);
    expect(run.stdout).toContain('templates list [--lang en|uk|bg|sl] [--json]');
    expect(run.stdout).toContain('templates add <register.ropa> <template-id>');
  });
});

describe('ropa templates add', () => {
  let fixture: string;
  beforeAll(async () => {
    fixture = await registerFrom(fixturePath('bytheway-en'));
  });

  it('adds the template as an active activity, prints its reference, and ropa check finds no error in it', async () => {
    const run = await ropaInProcess(['templates', 'add', fixture, 'payroll-and-benefits']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const reference = /^Added (PA-\d{4}) “Payroll and benefits”\n$/.exec(run.stdout)?.[1];
    expect(reference).toBeDefined();
    const aboutIt = (await findings(fixture)).filter((finding) => finding.record.reference === reference);
    expect(aboutIt.length).toBeGreaterThan(0); // the notes it does get (no review date yet, transfers unstated)
    expect(aboutIt.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('names the activity in --lang, and says so in it', async () => {
    const run = await ropaInProcess(['templates', 'add', fixture, 'cctv', '--lang', 'sl']);
    expect(run.stdout).toMatch(/^Dodana je dejavnost PA-\d{4} »Videonadzor«\n$/);
  });

  it('refuses an unknown template, naming the ones there are', async () => {
    const run = await ropaInProcess(['templates', 'add', fixture, 'payroll']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('There is no template "payroll". The templates are: recruitment, staff-records, payroll-and-benefits');
  });

  it('refuses a register with no organisation yet', async () => {
    const empty = await registerFrom(undefined);
    const run = await ropaInProcess(['templates', 'add', empty, 'recruitment']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('This register has no organisation yet: add the organisation (the controller) first');
  });

  it('refuses a command line without the register or the template (exit code 2)', async () => {
    expect((await ropaInProcess(['templates', 'add', fixture])).status).toBe(2);
    expect((await ropaInProcess(['templates', 'remove', fixture, 'cctv'])).status).toBe(2);
  });
});

describe('every template added to a register with a complete organisation', () => {
  let register: string;
  const added = new Map<string, string>();
  beforeAll(async () => {
    register = await registerFrom(completeOrganisationFile());
  });

  it.each(ACTIVITY_TEMPLATES.map((template) => template.id))('adds %s', async (id) => {
    const run = await ropaInProcess(['templates', 'add', register, id]);
    expect(run.stderr).toBe('');
    const reference = /^Added (PA-\d{4}) /.exec(run.stdout)?.[1];
    expect(reference).toBeDefined();
    added.set(id, reference as string);
  });

  it('leaves ropa check with no error (exit code 0)', async () => {
    const run = await ropaInProcess(['check', register, '--json', '--min-severity', 'error']);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
    expect(added.size).toBe(ACTIVITY_TEMPLATES.length);
  });
});
