import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../../../electron/main/backend/spreadsheets/read-csv.ts';
import { readXlsxSheets } from '../../../../../electron/main/backend/spreadsheets/read-xlsx.ts';
import type { ImportedRegister } from '../../../../../shared/import-layouts/imported-register.ts';
import type { SheetGrid } from '../../../../../shared/import-layouts/imported-register.ts';
import { cisoAssistantLayout } from '../../../../../shared/import-layouts/layouts/ciso-assistant.ts';
import { RegisterError } from '../../../../../shared/result.ts';
import {
  cisoProcessingsSheet,
  cisoWorkbookSheets,
  PROCESSING_HEADERS,
  writeCisoProcessingsCsv,
  writeCisoProcessingsXlsx,
} from '../../../../support/layouts/ciso-assistant-files.ts';

const read = (...sheets: SheetGrid[]) => cisoAssistantLayout.read(sheets);
/** The export with one row replaced, its cells by header. */
function withRow(cells: Record<string, string>, headers: readonly string[] = PROCESSING_HEADERS): SheetGrid {
  return { name: 'processings', rows: [[...headers], headers.map((header) => cells[header] ?? '')] };
}
const only = (sheet: SheetGrid) => {
  const register = read(sheet);
  const [activity] = register.activities;
  if (activity === undefined) throw new Error('no activity read');
  return { activity, findings: register.findings };
};

describe('CISO Assistant processings export: recognised', () => {
  it.each(['keys', 'labels'] as const)('by its headers, choices written as %s', (choices) => {
    expect(cisoAssistantLayout.recognises([cisoProcessingsSheet({ choices })])).toBe(true);
  });

  it('as a one-sheet XLSX beside an empty "Sheet2", and with the headers written as labels', () => {
    expect(cisoAssistantLayout.recognises([cisoProcessingsSheet(), { name: 'Sheet2', rows: [['', ''], []] }])).toBe(true);
    const labelled = { name: 'Export', rows: [['Ref ID', 'Name', 'Description', 'Processing nature', 'DPIA required']] };
    expect(cisoAssistantLayout.recognises([labelled])).toBe(true);
  });

  it('not for the workbook (sheets of purposes, personal data, … beside the processings)', () => {
    expect(cisoAssistantLayout.recognises(cisoWorkbookSheets())).toBe(false);
  });

  it('not for other layouts, nor without ref_id, name, processing_nature and one more of its headers', () => {
    const sheet = (...header: string[]): SheetGrid[] => [{ name: 'Sheet1', rows: [header, header.map(() => 'x')] }];
    const ico = sheet('Business function', 'Purpose of processing', 'Name and contact details of joint controller', 'Categories of individuals');
    const cnil = sheet('Nom / sigle', 'Finalité(s) du traitement effectué', 'Catégories de personnes concernées');
    const ours = sheet('id', 'name', 'role', 'purposes', 'legalBases', 'status');
    expect([ico, cnil, ours].map((sheets) => cisoAssistantLayout.recognises(sheets))).toEqual([false, false, false]);
    expect(cisoAssistantLayout.recognises(sheet('ref_id', 'name', 'processing_nature'))).toBe(false);
    expect(cisoAssistantLayout.recognises(sheet('ref_id', 'name', 'status', 'domain'))).toBe(false);
    expect(cisoAssistantLayout.recognises([])).toBe(false);
    expect(cisoAssistantLayout.recognises([{ name: 'Empty', rows: [] }])).toBe(false);
  });
});

describe('CISO Assistant processings export: read', () => {
  it('reads each processing into its fields, and keeps what the register has no field for as x-ciso- fields', () => {
    const register = read(cisoProcessingsSheet());
    expect(register.layout).toBe('ciso-assistant');
    expect(register.findings).toEqual([]);
    expect(register.processors).toEqual([]);
    expect(register.activities.map((activity) => activity.name)).toEqual(['HR recruitment', 'Customer CRM', 'CCTV at the warehouse']);
    expect(register.activities[0]).toEqual({
      place: { sheet: 'Processings', row: 2 },
      name: 'HR recruitment',
      sourceKey: 'PRC-001',
      description: 'Receiving and assessing job applications, interviews and references',
      owner: 'hr.lead@example.eu, dpo@example.eu',
      status: 'active',
      dpia: { required: false },
      purposes: [],
      legalBases: [],
      specialCategoryConditions: [],
      dataSubjects: [],
      dataCategories: [],
      sources: [],
      recipients: [],
      processorNames: [],
      transfers: [],
      securityMeasures: [],
      jointControllers: [],
      notes: [],
      extensions: {
        'x-ciso-ref-id': 'PRC-001',
        'x-ciso-domain': 'Human Resources',
        'x-ciso-labels': ['HR', 'GDPR'],
        'x-ciso-processing-nature': ['privacy_collection', 'privacy_recording', 'privacy_storage', 'privacy_consultation', 'privacy_erasureOrDestruction'],
        'x-ciso-status': 'privacy_approved',
        'x-ciso-has-sensitive-personal-data': true,
        'x-ciso-updated-at': '2026-03-02T09:14:00Z',
      },
    });
  });

  it('reads a DPIA required with its reference, and a processing with no description', () => {
    const cctv = read(cisoProcessingsSheet()).activities[2];
    expect(cctv?.dpia).toEqual({ required: true, reference: 'DPIA-2026-03' });
    expect(cctv?.description).toBeUndefined();
    expect(cctv?.status).toBe('draft');
  });

  it('reads choices written as labels exactly as those written as keys', () => {
    expect(read(cisoProcessingsSheet({ choices: 'labels' }))).toEqual(read(cisoProcessingsSheet({ choices: 'keys' })));
  });

  it.each([
    ['privacy_draft', 'draft'],
    ['In Review', 'draft'],
    ['privacy_approved', 'active'],
    ['Deprecated', 'retired'],
    ['deprecated', 'retired'],
    ['Active', 'active'],
  ])('reads the status "%s" as %s', (status, expected) => {
    expect(only(withRow({ ref_id: 'PRC-9', name: 'Payroll', status })).activity.status).toBe(expected);
  });

  it('keeps a status it cannot read in the notes, with a finding naming the sheet, row and column', () => {
    const { activity, findings } = only(withRow({ ref_id: 'PRC-9', name: 'Payroll', status: 'Parked until Q3' }));
    expect(activity.status).toBeUndefined();
    expect(activity.notes).toEqual(['status: "Parked until Q3"']);
    expect(findings).toEqual([{ place: { sheet: 'processings', row: 2, column: 'status' }, message: expect.stringContaining('"Parked until Q3"') }]);
  });

  it('keeps a DPIA reference without dpia_required, and a yes/no it cannot read, in the notes', () => {
    const noAnswer = only(withRow({ name: 'Payroll', dpia_reference: 'DPIA-7' }));
    expect(noAnswer.activity.dpia).toBeUndefined();
    expect(noAnswer.activity.notes).toEqual(['dpia_reference: "DPIA-7"']);
    const unclear = only(withRow({ name: 'Payroll', dpia_required: 'to be decided', has_sensitive_personal_data: 'perhaps' }));
    expect(unclear.activity.notes).toEqual(['dpia_required: "to be decided"', 'has_sensitive_personal_data: "perhaps"']);
    expect(unclear.findings.map((finding) => finding.place.column)).toEqual(['dpia_required', 'has_sensitive_personal_data']);
  });

  it('reads an older export’s legal_basis: Art. 6 bases, combinations, Art. 9 conditions, and keeps the rest in the notes', () => {
    const headers = [...PROCESSING_HEADERS, 'legal_basis'];
    const basis = (legal_basis: string) => only(withRow({ name: 'Payroll', legal_basis }, headers));
    expect(basis('privacy_consent_and_contract').activity.legalBases).toEqual([{ basis: 'consent' }, { basis: 'contract' }]);
    expect(basis('Legitimate Interests').activity.legalBases).toEqual([{ basis: 'legitimate-interests' }]);
    expect(basis('privacy_explicit_consent').activity.specialCategoryConditions).toEqual(['art9-2-a']);
    expect(basis('Establishment, Exercise or Defense of Legal Claims').activity.specialCategoryConditions).toEqual(['art9-2-f']);
    const transfer = basis('privacy_data_transfer_adequacy');
    expect(transfer.activity.legalBases).toEqual([]);
    expect(transfer.activity.notes).toEqual(['legal_basis: "privacy_data_transfer_adequacy"']);
    expect(transfer.findings).toHaveLength(1);
  });

  it('keeps the nature of the processing as CISO Assistant keys, and a nature it does not know as written', () => {
    const { activity } = only(withRow({ name: 'Payroll', processing_nature: 'Collection, privacy_use, Profiling' }));
    expect(activity.extensions['x-ciso-processing-nature']).toEqual(['privacy_collection', 'privacy_use', 'Profiling']);
    expect(activity.description).toBeUndefined();
  });

  it('keeps every other column under its own x-ciso- name, and the CISO Assistant id when the export has one', () => {
    const headers = ['id', ...PROCESSING_HEADERS, 'Information channel', 'created_at'];
    const { activity } = only(withRow({ id: 'a1b2', name: 'Payroll', 'Information channel': 'Employee handbook', created_at: '2025-01-02' }, headers));
    expect(activity.extensions).toEqual({ 'x-ciso-id': 'a1b2', 'x-ciso-information-channel': 'Employee handbook', 'x-ciso-created-at': '2025-01-02' });
    expect(activity.sourceKey).toBe('a1b2');
  });

  it('keeps two columns of the same name both', () => {
    const { activity } = only(withRow({ name: 'Payroll', Comment: 'first' }, ['ref_id', 'name', 'processing_nature', 'status', 'Comment', 'comment']));
    const sheet: SheetGrid = {
      name: 'processings',
      rows: [
        ['name', 'Comment', 'comment'],
        ['Payroll', 'first', 'second'],
      ],
    };
    expect(activity.extensions).toEqual({ 'x-ciso-comment': 'first' });
    expect(only(sheet).activity.extensions).toEqual({ 'x-ciso-comment': 'first', 'x-ciso-comment-2': 'second' });
  });

  it('names a processing with no name by its ref_id, and tells of a row with neither, giving its cells', () => {
    const sheet = withRow({ ref_id: 'PRC-12', domain: 'Finance' });
    const named = read(sheet);
    expect(named.activities.map((activity) => activity.name)).toEqual(['PRC-12']);
    expect(named.findings[0]?.place).toEqual({ sheet: 'processings', row: 2, column: 'name' });
    const nameless = read(withRow({ domain: 'Finance', labels: 'Audit' }));
    expect(nameless.activities).toEqual([]);
    expect(nameless.findings).toEqual([{ place: { sheet: 'processings', row: 2 }, message: expect.stringContaining('domain "Finance", labels "Audit"') }]);
  });

  it('skips blank rows, numbering the others as the file does', () => {
    const sheet = cisoProcessingsSheet();
    const rows = [...sheet.rows];
    rows.splice(2, 0, ['', ' ', '']);
    const register = read({ ...sheet, rows });
    expect(register.activities.map((activity) => activity.place.row)).toEqual([2, 4, 5]);
  });

  it('refuses a sheet with no name column, saying so', () => {
    expect(() =>
      read({
        name: 'Sheet1',
        rows: [
          ['ref_id', 'status'],
          ['PRC-1', 'Draft'],
        ],
      }),
    ).toThrow(RegisterError);
  });
});

describe('CISO Assistant processings export: the files the tests write', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'ciso-export-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  /** The register without the places, which name the sheet (a CSV's is its file name). */
  const unplaced = (register: ImportedRegister) =>
    JSON.parse(JSON.stringify(register, (key, value: unknown) => (key === 'place' ? undefined : value))) as unknown;

  it.each(['keys', 'labels'] as const)('a CSV (choices as %s) reads as the sheet it was written from', (choices) => {
    const file = path.join(folder, `processings-${choices}.csv`);
    writeCisoProcessingsCsv(file, { choices, extraProcessings: 20 });
    const sheets = [{ name: 'processings.csv', rows: readCsvRecords(file) }];
    expect(cisoAssistantLayout.recognises(sheets)).toBe(true);
    const register = read(...sheets);
    expect(register.activities).toHaveLength(23);
    expect(unplaced(register)).toEqual(unplaced(read(cisoProcessingsSheet({ choices, extraProcessings: 20 }))));
  });

  it('a one-sheet XLSX reads as the sheet it was written from', async () => {
    const file = path.join(folder, 'processings.xlsx');
    await writeCisoProcessingsXlsx(file, { choices: 'labels' });
    const sheets = await readXlsxSheets(file);
    expect(cisoAssistantLayout.recognises(sheets)).toBe(true);
    expect(read(...sheets)).toEqual(read(cisoProcessingsSheet({ choices: 'labels' })));
  });
});
