// Registers kept in other tools, imported as a DPO brings them: the ICO and CNIL templates and a Fides manifest into an
// empty register (its organisation taken from the file), CISO Assistant's exports into a register that holds only its
// organisation; each value in its field, and the same file imported again adding nothing twice.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../../shared/exchange/write.ts';
import { tempDir } from '../../support/cli.ts';
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { writeCisoProcessingsCsv, writeCisoWorkbook } from '../../support/layouts/ciso-assistant-files.ts';
import { CNIL_CONTROLLER, CNIL_DPO, CNIL_SAMPLE_FICHES, writeCnilWorkbook } from '../../support/layouts/cnil-workbook.ts';
import { COMPANY_MANIFEST_YAML } from '../../support/layouts/fides-company-manifest.ts';
import { ICO_CONTROLLER, ICO_SAMPLE_ROWS, writeIcoWorkbook } from '../../support/layouts/ico-workbook.ts';
import { sharedSetup } from '../../support/shared-setup.ts';

async function exported(register: string): Promise<ExchangeDocument> {
  const run = await ropa(['export', register, '--out', '-']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ExchangeDocument;
}

async function emptyRegister(folder: string): Promise<string> {
  const register = path.join(folder, 'register.ropa');
  expect((await ropa(['init', register])).status).toBe(0);
  return register;
}

/** Imports `file`, then imports it again: the second time changes nothing and adds no record. */
async function importTwice(register: string, file: string): Promise<{ once: ExchangeDocument; twice: ExchangeDocument; second: string }> {
  const first = await ropa(['import', register, file]);
  expect(first.status, first.stderr).toBe(0);
  const once = await exported(register);
  const again = await ropa(['import', register, file, '--on-conflict', 'ours']);
  expect(again.status, again.stderr).toBe(0);
  return { once, twice: await exported(register), second: again.stdout };
}

const named = (document: ExchangeDocument, name: string) => document.activities.find((activity) => activity.name === name);

/** A register holding only its organisation (BY THE WAY's), as a DPO's register is before the activities come in. */
const organisationOnly = sharedSetup(async () => {
  const folder = tempDir('ropa-layouts-base-');
  const source = JSON.parse(readFileSync(fixturePath('bytheway-en'), 'utf8')) as ExchangeDocument;
  const file = path.join(folder, 'organisation.ropa.json');
  writeFileSync(file, serialiseExchangeDocument({ ...source, processors: [], activities: [] }));
  const register = await emptyRegister(folder);
  expect((await ropa(['import', register, file])).status).toBe(0);
  return register;
});

describe('the UK ICO documentation template', () => {
  const controller = { ...ICO_CONTROLLER, controller: { ...ICO_CONTROLLER.controller, address: '4 Quay Street, Bristol BS1 4DB, United Kingdom' } };

  it('fills an empty register: the controller and its DPO, and every activity with its fields', async () => {
    const folder = tempDir('ropa-ico-');
    const file = path.join(folder, 'ropa.xlsx');
    await writeIcoWorkbook(file, { rows: ICO_SAMPLE_ROWS, controller });
    const register = await emptyRegister(folder);
    const { once, twice, second } = await importTwice(register, file);
    expect(once.organisations).toEqual([
      expect.objectContaining({ name: 'Harbour Tea Rooms Ltd', country: 'GB', dpo: expect.objectContaining({ email: 'dpo@harbourtearooms.co.uk' }) }),
    ]);
    expect(once.activities).toHaveLength(4);
    const payroll = once.activities.find((activity) => activity.purposes.includes('Paying staff salaries and expenses'));
    expect(payroll).toMatchObject({
      dataSubjects: ['Employees', 'Former employees'],
      legalBases: [expect.objectContaining({ basis: 'contract' }), expect.objectContaining({ basis: 'legal-obligation' })],
      specialCategoryConditions: ['art9-2-b'],
      retention: '6 years after the end of employment',
      recipients: ['HMRC', 'Pension provider'],
    });
    expect(payroll?.dataCategories).toContainEqual({ name: 'Sickness absence records (health)', special: true });
    expect(twice.activities).toHaveLength(4);
    expect(twice.organisations).toHaveLength(1);
    expect(second).toContain('0 new records');
  });

  it('is refused into an empty register when its controller block names no country, saying what to do', async () => {
    const folder = tempDir('ropa-ico-');
    const file = path.join(folder, 'ropa.xlsx');
    await writeIcoWorkbook(file, { rows: ICO_SAMPLE_ROWS, controller: ICO_CONTROLLER });
    const run = await ropa(['import', await emptyRegister(folder), file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('does not say the country of Harbour Tea Rooms Ltd');
    expect(run.stderr).toContain('add your organisation (name and country) first');
  });
});

describe("the CNIL's register model", () => {
  it('fills an empty register, with the retention of each data category', async () => {
    const folder = tempDir('ropa-cnil-');
    const file = path.join(folder, 'registre.xlsx');
    await writeCnilWorkbook(file, { fiches: CNIL_SAMPLE_FICHES, controller: CNIL_CONTROLLER, dpo: CNIL_DPO });
    const register = await emptyRegister(folder);
    const { once, twice } = await importTwice(register, file);
    expect(once.organisations).toEqual([expect.objectContaining({ name: 'Boulangerie Martin SARL', country: 'FR' })]);
    expect(once.activities).toHaveLength(CNIL_SAMPLE_FICHES.length);
    expect(once.activities.some((activity) => activity.dataCategories.some((category) => category.retention !== undefined))).toBe(true);
    expect(twice.activities).toHaveLength(once.activities.length);
  });
});

describe("CISO Assistant's processings", () => {
  it('the flat export, into a register holding its organisation, and again without duplicates', async () => {
    const folder = tempDir('ropa-ciso-');
    const register = path.join(folder, 'register.ropa');
    copyFileSync(await organisationOnly(), register);
    const file = path.join(folder, 'processings.csv');
    writeCisoProcessingsCsv(file);
    const { once, twice } = await importTwice(register, file);
    expect(once.activities.length).toBeGreaterThan(0);
    expect(once.activities.every((activity) => typeof activity['x-ciso-ref-id'] === 'string')).toBe(true);
    expect(twice.activities).toHaveLength(once.activities.length);
  });

  it('the workbook of processings and their purposes, data, subjects, recipients, contractors and transfers', async () => {
    const folder = tempDir('ropa-ciso-');
    const register = path.join(folder, 'register.ropa');
    copyFileSync(await organisationOnly(), register);
    const file = path.join(folder, 'privacy.xlsx');
    await writeCisoWorkbook(file);
    const { once, twice } = await importTwice(register, file);
    const withProcessors = once.activities.filter((activity) => (activity.processorIds ?? []).length > 0);
    expect(withProcessors.length).toBeGreaterThan(0);
    expect(once.activities.some((activity) => activity.purposes.length > 0 && activity.dataCategories.length > 0)).toBe(true);
    expect(twice.activities).toHaveLength(once.activities.length);
    expect(twice.processors).toHaveLength(once.processors.length);
  });

  it('is refused into an empty register, which has no organisation to take its activities', async () => {
    const folder = tempDir('ropa-ciso-');
    const file = path.join(folder, 'processings.csv');
    writeCisoProcessingsCsv(file);
    const run = await ropa(['import', await emptyRegister(folder), file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('add your organisation (name and country) first');
  });
});

describe('a Fides manifest', () => {
  it('fills an empty register, and goes back out as a manifest that reads to the same activities', async () => {
    const folder = tempDir('ropa-fides-');
    const file = path.join(folder, 'northwind.yml');
    writeFileSync(file, COMPANY_MANIFEST_YAML);
    const register = await emptyRegister(folder);
    const { once, twice } = await importTwice(register, file);
    expect(once.organisations).toEqual([expect.objectContaining({ name: 'Northwind Outfitters GmbH', country: 'DE' })]);
    expect(named(once, 'Payroll and personnel administration')).toBeDefined();
    expect(twice.activities).toHaveLength(once.activities.length);

    const out = path.join(folder, 'out.fides.yml');
    const written = await ropa(['export', register, '--out', out]);
    expect(written.status, written.stderr).toBe(0);
    const back = path.join(folder, 'back.ropa');
    expect((await ropa(['init', back])).status).toBe(0);
    expect((await ropa(['import', back, out])).status).toBe(0);
    const reread = await exported(back);
    for (const activity of once.activities) {
      const again = named(reread, activity.name as string);
      expect(again?.purposes).toEqual(activity.purposes);
      expect(again?.legalBases).toEqual(activity.legalBases);
      expect(again?.dataSubjects).toEqual(activity.dataSubjects);
      expect(again?.dataCategories).toEqual(activity.dataCategories);
      expect(again?.retention).toEqual(activity.retention);
    }
  });
});
