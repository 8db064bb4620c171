// A DPO's own spreadsheet, in no layout RoPA Desk knows: refused with its columns named and the command that maps
// them; mapped with `ropa mapping suggest`, one column re-targeted by hand, imported with `--mapping`; imported again
// without duplicates; and the mapping, saved under its name, offered for the next file with the same headers.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import type { ColumnMapping } from '../../../shared/import-layouts/column-mapping.ts';
import { tempDir } from '../../support/cli.ts';
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { sharedSetup } from '../../support/shared-setup.ts';

const HEADER = ['Activity', 'Why we do it', 'Lawful basis', 'Whose data', 'What data', 'Kept for', 'Shared with', 'Countries', 'Internal ref'];
const ROWS = [
  ['Payroll', 'Paying salaries\nTax returns', 'Art. 6(1)(c); contract', 'Employees', 'Name; bank account; health data', '10 years', 'Tax office', '', 'HR-01'],
  ['Newsletter', 'Sending news', 'consent', 'Subscribers', 'Email address', 'Until unsubscribed', '', 'United States', 'MK-07'],
  ['Visitor log', 'Building security', 'because the landlord wants it', 'Visitors', 'Name, company', '1 year', '', '', 'FM-02'],
];

function writeCsv(folder: string, rows: string[][] = ROWS): string {
  const file = path.join(folder, 'our register.csv');
  writeFileSync(file, Papa.unparse([HEADER, ...rows]));
  return file;
}

async function exported(register: string): Promise<ExchangeDocument> {
  const run = await ropa(['export', register, '--out', '-']);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as ExchangeDocument;
}

/** A register with its organisation (the BY THE WAY fixture), copied for each test. */
const base = sharedSetup(async () => {
  const register = path.join(tempDir('ropa-mapped-base-'), 'base.ropa');
  expect((await ropa(['init', register])).status).toBe(0);
  expect((await ropa(['import', register, fixturePath('bytheway-en')])).status).toBe(0);
  return register;
});

async function freshRegister(folder: string): Promise<string> {
  const register = path.join(folder, 'register.ropa');
  copyFileSync(await base(), register);
  return register;
}

/** The suggested mapping, with "Why we do it" (which no synonym names) re-targeted by hand, as a DPO would. */
async function mappingFor(file: string, folder: string, register?: string): Promise<{ mapping: ColumnMapping; file: string; stderr: string }> {
  const run = await ropa(['mapping', 'suggest', file, ...(register === undefined ? [] : ['--register', register])]);
  expect(run.status, run.stderr).toBe(0);
  const mapping = JSON.parse(run.stdout) as ColumnMapping;
  const edited: ColumnMapping = {
    ...mapping,
    name: 'Our old register',
    columns: mapping.columns.map((column) => (column.header === 'Why we do it' ? { ...column, target: 'purposes' } : column)),
  };
  const mappingFile = path.join(folder, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(edited));
  return { mapping, file: mappingFile, stderr: run.stderr };
}

describe('a spreadsheet in no known layout', () => {
  it('is refused without a mapping, naming its columns and the command that maps them (exit code 2)', async () => {
    const folder = tempDir('ropa-mapped-');
    const register = await freshRegister(folder);
    const run = await ropa(['import', register, writeCsv(folder)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"Activity", "Why we do it", "Lawful basis"');
    expect(run.stderr).toContain('ropa mapping suggest');
  });

  it('is mapped by its headers: names, legal bases, subjects, data, retention, recipients and countries', async () => {
    const folder = tempDir('ropa-mapped-');
    const { mapping } = await mappingFor(writeCsv(folder), folder);
    const targets = Object.fromEntries(mapping.columns.map((column) => [column.header, column.target]));
    expect(targets).toMatchObject({
      Activity: 'name',
      'Lawful basis': 'legalBases',
      'Whose data': 'dataSubjects',
      'What data': 'dataCategories',
      'Kept for': 'retention',
      'Shared with': 'recipients',
      Countries: 'transferCountries',
    });
  });

  it('lands every value in its field, keeps what fits no choice, and keeps unmapped columns in x- fields', async () => {
    const folder = tempDir('ropa-mapped-');
    const register = await freshRegister(folder);
    const before = await exported(register);
    const csv = writeCsv(folder);
    const { file } = await mappingFor(csv, folder);
    const run = await ropa(['import', register, csv, '--mapping', file, '--on-conflict', 'theirs']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('because the landlord wants it');

    const after = await exported(register);
    expect(after.activities).toHaveLength(before.activities.length + 3);
    const byName = (name: string) => after.activities.find((activity) => activity.name === name);
    const payroll = byName('Payroll');
    expect(payroll).toMatchObject({
      purposes: ['Paying salaries', 'Tax returns'],
      legalBases: [{ basis: 'legal-obligation' }, { basis: 'contract' }],
      dataSubjects: ['Employees'],
      dataCategories: [{ name: 'Name' }, { name: 'bank account' }, { name: 'health data', special: true }],
      retention: '10 years',
      recipients: ['Tax office'],
      'x-internal-ref': 'HR-01',
      organisationId: before.organisations[0]?.id,
      public: false,
    });
    // Special-category data without its Art. 9 condition is not a finished record: it stays a draft for the DPO.
    expect(byName('Newsletter')?.notes).toContain('Transfer to US');
    const visitors = byName('Visitor log');
    expect(visitors?.notes).toContain('because the landlord wants it');
    expect(visitors?.status).toBe('draft');
  });

  it('imported again, updates its activities instead of adding them twice', async () => {
    const folder = tempDir('ropa-mapped-');
    const register = await freshRegister(folder);
    const csv = writeCsv(folder);
    const { file } = await mappingFor(csv, folder);
    expect((await ropa(['import', register, csv, '--mapping', file, '--on-conflict', 'theirs'])).status).toBe(0);
    const once = await exported(register);
    const changed = ROWS.map((row) => (row[0] === 'Payroll' ? row.map((cell, index) => (index === 5 ? '11 years' : cell)) : row));
    writeCsv(folder, changed);
    const again = await ropa(['import', register, csv, '--mapping', file, '--on-conflict', 'theirs']);
    expect(again.status, again.stderr).toBe(0);
    const twice = await exported(register);
    expect(twice.activities).toHaveLength(once.activities.length);
    expect(twice.activities.find((activity) => activity.name === 'Payroll')?.retention).toBe('11 years');
  });

  it('saves the named mapping in the register and offers it for the next file with the same headers', async () => {
    const folder = tempDir('ropa-mapped-');
    const register = await freshRegister(folder);
    const csv = writeCsv(folder);
    const { file } = await mappingFor(csv, folder);
    expect((await ropa(['import', register, csv, '--mapping', file, '--on-conflict', 'theirs'])).status).toBe(0);
    const next = path.join(folder, 'next.csv');
    writeFileSync(next, Papa.unparse([HEADER, ['Recruitment', 'Hiring', 'consent', 'Candidates', 'CV', '6 months', '', '', 'HR-02']]));
    const offered = await ropa(['mapping', 'suggest', next, '--register', register]);
    expect(offered.status, offered.stderr).toBe(0);
    expect(offered.stderr).toContain('"Our old register"');
    const mapping = JSON.parse(offered.stdout) as ColumnMapping;
    expect(mapping.columns.find((column) => column.header === 'Why we do it')?.target).toBe('purposes');
  });
});
