// An imported register made a document to merge: activities under the register's organisation, processors found by
// name or added, incomplete records as drafts, nothing published, a transfer without a recipient kept as a note,
// and the same file imported again taking the same activities.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { buildLayoutImport, IMPORT_KEY } from '../../../../shared/import-layouts/build-document.ts';
import { emptyActivity, type ImportedRegister } from '../../../../shared/import-layouts/imported-register.ts';
import { fixturePath } from '../../../support/fixtures.ts';

const base = readExchangeDocument(JSON.parse(readFileSync(fixturePath('bytheway-en'), 'utf8')));

function ids() {
  let count = 0;
  return () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`;
}
const options = () => ({ newId: ids(), now: () => '2026-12-02T10:00:00Z' });

function payroll(): ImportedRegister {
  const activity = emptyActivity({ sheet: 'HR', row: 2 }, 'Payroll');
  activity.purposes.push('Paying salaries');
  activity.legalBases.push({ basis: 'legal-obligation' });
  activity.dataSubjects.push('Employees');
  activity.dataCategories.push({ name: 'Bank account' });
  activity.retention = '10 years';
  activity.processorNames.push('Payroll Bureau Ltd', 'payroll bureau  ltd');
  activity.transfers.push({ country: 'US' });
  const incomplete = emptyActivity({ sheet: 'HR', row: 3 }, 'Visitor log');
  incomplete.purposes.push('Security');
  incomplete.status = 'active';
  return { layout: 'mapping', activities: [activity, incomplete], processors: [], findings: [] };
}

const activityNamed = (document: ExchangeDocument, name: string) => document.activities.find((activity) => activity.name === name);

describe('an imported register, made a document to merge', () => {
  it("places the activities under the register's organisation, unpublished, and complete ones in use", () => {
    const { document } = buildLayoutImport(payroll(), base, options());
    const activity = activityNamed(document, 'Payroll');
    expect(activity?.organisationId).toBe(base.organisations[0]?.id);
    expect(activity?.public).toBe(false);
    expect(activity?.status).toBe('active');
  });

  it('imports an activity that lacks what Art. 30 requires as a draft, and says so', () => {
    const read = buildLayoutImport(payroll(), base, options());
    expect(activityNamed(read.document, 'Visitor log')?.status).toBe('draft');
    expect(read.warnings.join('\n')).toMatch(/HR sheet, row 3.*"Visitor log" lacks what Art\. 30 requires/);
  });

  it('adds a processor the register does not have once, however its name is spaced or cased', () => {
    const { document } = buildLayoutImport(payroll(), base, options());
    const added = document.processors.filter((processor) => processor.name === 'Payroll Bureau Ltd');
    expect(added).toHaveLength(1);
    expect(activityNamed(document, 'Payroll')?.processorIds).toEqual([added[0]?.id]);
    expect(document.processors).toHaveLength(base.processors.length + 1);
  });

  it('takes a processor the register has by its name', () => {
    const known = base.processors[0];
    const imported = payroll();
    imported.activities[0]?.processorNames.splice(0, 2, ` ${String(known?.name).toUpperCase()} `);
    const { document } = buildLayoutImport(imported, base, options());
    expect(activityNamed(document, 'Payroll')?.processorIds).toEqual([known?.id]);
    expect(document.processors).toHaveLength(base.processors.length);
  });

  it('keeps a transfer that names no recipient in the notes, never inventing one', () => {
    const read = buildLayoutImport(payroll(), base, options());
    const activity = activityNamed(read.document, 'Payroll');
    expect(activity?.transfers).toBeUndefined();
    expect(activity?.notes).toContain('Transfer to US');
    expect(read.warnings.join('\n')).toContain('the transfer to US names no recipient');
  });

  it('gives the same activity its id again when the same file is imported into the register that took it', () => {
    const first = buildLayoutImport(payroll(), base, options()).document;
    const again = buildLayoutImport(payroll(), first, { newId: () => '00000000-0000-4000-8000-999999999999', now: () => '2026-12-03T10:00:00Z' });
    const before = activityNamed(first, 'Payroll');
    const after = activityNamed(again.document, 'Payroll');
    expect(after?.id).toBe(before?.id);
    expect(after?.[IMPORT_KEY]).toBe('mapping:payroll');
    expect(again.unmatched.map((row) => row.name)).not.toContain('Payroll');
  });

  it('creates the organisation in an empty register from the controller the file names, with its country', () => {
    const empty: ExchangeDocument = { ...base, organisations: [], processors: [], activities: [] };
    const imported = { ...payroll(), organisation: { name: 'Acme d.o.o.', address: 'Dunajska 1\n1000 Ljubljana, Slovenia', email: 'info@acme.si' } };
    const { document } = buildLayoutImport(imported, empty, options());
    expect(document.organisations).toEqual([expect.objectContaining({ name: 'Acme d.o.o.', country: 'SI', email: 'info@acme.si' })]);
  });

  it('refuses a file into an empty register when it does not say whose activities they are', () => {
    const empty: ExchangeDocument = { ...base, organisations: [], processors: [], activities: [] };
    expect(() => buildLayoutImport(payroll(), empty, options())).toThrow(/add your organisation \(name and country\) first/);
  });
});
