import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsxSheets } from '../../../../../electron/main/backend/spreadsheets/read-xlsx.ts';
import type { ImportedActivity, ImportedRegister, SheetGrid } from '../../../../../shared/import-layouts/imported-register.ts';
import { cisoAssistantWorkbookLayout } from '../../../../../shared/import-layouts/layouts/ciso-assistant-workbook.ts';
import { recogniseLayout } from '../../../../../shared/import-layouts/read-sheets.ts';
import { RegisterError } from '../../../../../shared/result.ts';
import { cisoProcessingsSheet, cisoWorkbookSheets, writeCisoWorkbook, type CisoFileOptions } from '../../../../support/layouts/ciso-assistant-files.ts';

const read = (sheets: readonly SheetGrid[]) => cisoAssistantWorkbookLayout.read(sheets);
const workbook = (options: CisoFileOptions = {}) => read(cisoWorkbookSheets(options));
function activity(register: ImportedRegister, name: string): ImportedActivity {
  const found = register.activities.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no activity "${name}"`);
  return found;
}
/** The workbook with a sheet replaced (or added) by one of the given rows under the given header. */
function withSheet(name: string, header: string[], ...rows: string[][]): SheetGrid[] {
  const sheets = cisoWorkbookSheets().filter((sheet) => sheet.name !== name);
  return [...sheets, { name, rows: [header, ...rows] }];
}
/** A workbook of the Processing sheet and one child sheet. */
const processingAnd = (name: string, header: string[], ...rows: string[][]): SheetGrid[] => [
  cisoWorkbookSheets()[0] as SheetGrid,
  { name, rows: [header, ...rows] },
];

describe('CISO Assistant workbook: recognised', () => {
  it.each(['keys', 'labels'] as const)('by its Processing sheet and a child sheet naming the processing, choices as %s', (choices) => {
    expect(cisoAssistantWorkbookLayout.recognises(cisoWorkbookSheets({ choices }))).toBe(true);
  });

  it('by sheet names however they are written: singular or plural, spaces, underscores, capitals', () => {
    const names = ['processings', 'PURPOSE', 'personal_data', 'DataSubjects', 'data-recipients', 'data_contractors', 'Data Transfers'];
    const renamed = cisoWorkbookSheets().map((sheet, index) => ({ ...sheet, name: names[index] ?? sheet.name }));
    expect(cisoAssistantWorkbookLayout.recognises(renamed)).toBe(true);
    const register = read(renamed);
    expect(register.findings).toEqual([]);
    // The same register, but for the sheet names in the places rows were read from.
    const unplaced = (read: ImportedRegister) => JSON.parse(JSON.stringify(read, (key, value: unknown) => (key === 'place' ? undefined : value))) as unknown;
    expect(unplaced(register)).toEqual(unplaced(workbook()));
  });

  it('among the known layouts: the workbook as the workbook, its processings alone as the export', () => {
    for (const choices of ['keys', 'labels'] as const) {
      expect(recogniseLayout(cisoWorkbookSheets({ choices, link: 'name' }))?.id).toBe('ciso-assistant-workbook');
      expect(recogniseLayout([cisoProcessingsSheet({ choices })])?.id).toBe('ciso-assistant');
    }
  });

  it('not for the processings export alone, nor for other layouts', () => {
    expect(cisoAssistantWorkbookLayout.recognises([cisoProcessingsSheet()])).toBe(false);
    const [processing] = cisoWorkbookSheets();
    expect(cisoAssistantWorkbookLayout.recognises([processing as SheetGrid, { name: 'Notes', rows: [['processing', 'text']] }])).toBe(false);
    const ico: SheetGrid[] = [
      {
        name: 'Processing',
        rows: [
          ['Business function', 'Purpose of processing', 'Name'],
          ['HR', 'Payroll', 'x'],
        ],
      },
      { name: 'Purposes', rows: [['Purpose', 'Lawful basis']] },
    ];
    expect(cisoAssistantWorkbookLayout.recognises(ico)).toBe(false);
    expect(cisoAssistantWorkbookLayout.recognises([])).toBe(false);
  });
});

describe('CISO Assistant workbook: read', () => {
  it('reads a processing and every sheet that hangs from it into the right fields', () => {
    const register = workbook();
    expect(register.layout).toBe('ciso-assistant-workbook');
    expect(register.findings).toEqual([]);
    expect(activity(register, 'HR recruitment')).toEqual({
      place: { sheet: 'Processing', row: 2 },
      name: 'HR recruitment',
      sourceKey: 'PRC-001',
      description: 'Receiving and assessing job applications, interviews and references',
      owner: 'hr.lead@example.eu, dpo@example.eu',
      status: 'active',
      dpia: { required: false },
      purposes: ['Assess applications', 'Keep a talent pool', 'Adjust interviews for a disability'],
      // Three purposes on three bases: each basis says which purpose it serves.
      legalBases: [
        { basis: 'contract', detail: 'Assess applications' },
        { basis: 'consent', detail: 'Keep a talent pool' },
        { basis: 'legal-obligation', detail: 'Adjust interviews for a disability' },
      ],
      specialCategoryConditions: ['art9-2-b'],
      dataSubjects: ['Applicants (Job Applicant)'],
      dataCategories: [
        { name: 'CV and cover letter (Professional Qualifications)', retention: '2 years after the last contact' },
        { name: 'Contact Details', retention: '2 years after the last contact' },
        { name: 'Disability adjustments (Health Data)', special: true, retention: '6 months after the interview' },
      ],
      retention: expect.stringContaining('6 months after the interview'),
      sources: [],
      recipients: ['Hiring managers (Internal Team/Department)'],
      processorNames: ['TalentFlow B.V.'],
      transfers: [],
      securityMeasures: [],
      jointControllers: [],
      notes: [],
      extensions: {
        'x-ciso-id': '6f1c2a9e-0d4b-4c1e-9a51-3b2f7d8e1a01',
        'x-ciso-ref-id': 'PRC-001',
        'x-ciso-domain': 'Human Resources',
        'x-ciso-labels': ['HR', 'GDPR'],
        'x-ciso-processing-nature': ['privacy_collection', 'privacy_recording', 'privacy_storage', 'privacy_consultation', 'privacy_erasureOrDestruction'],
        'x-ciso-status': 'privacy_approved',
        'x-ciso-has-sensitive-personal-data': true,
        'x-ciso-updated-at': '2026-03-02T09:14:00Z',
        'x-ciso-purpose-details': [{ name: 'Keep a talent pool', description: 'With the applicant’s agreement, for two years' }],
        'x-ciso-personal-data-details': [
          { name: 'CV and cover letter (Professional Qualifications)', deletion_policy: 'privacy_automatic_deletion' },
          { name: 'Disability adjustments (Health Data)', deletion_policy: 'privacy_manual_review_deletion' },
        ],
      },
    });
  });

  it('reads contractors as processors, a joint controller as one, and a transfer with its country, tool and guarantees', () => {
    const register = workbook();
    const crm = activity(register, 'Customer CRM');
    expect(crm.processorNames).toEqual(['CloudCRM Inc.']);
    expect(crm.jointControllers).toEqual([{ name: 'Partner Retail SA' }]);
    expect(crm.transfers).toEqual([{ country: 'US', recipient: 'CloudCRM Inc.', mechanism: 'scc', safeguards: 'SCCs 2021/914 module 2; encryption at rest' }]);
    expect(crm.extensions['x-ciso-transfer-details']).toEqual([{ name: 'CRM hosting in the US', documentation_link: 'https://cloudcrm.example/scc' }]);
    expect(crm.extensions['x-ciso-contractor-details']).toEqual([{ name: 'Partner Retail SA', country: 'FR' }]);
    expect(crm.status).toBe('draft');
    expect(crm.extensions['x-ciso-status']).toBe('privacy_in_review');
    expect(register.processors).toEqual([
      {
        place: { sheet: 'Contractors', row: 2 },
        name: 'TalentFlow B.V.',
        country: 'NL',
        service: 'Applicant tracking system',
        extensions: { 'x-ciso-relationship-type': 'privacy_data_processor', 'x-ciso-documentation-link': 'https://talentflow.example/dpa' },
      },
      {
        place: { sheet: 'Contractors', row: 3 },
        name: 'CloudCRM Inc.',
        country: 'US',
        service: 'Hosted CRM',
        extensions: { 'x-ciso-relationship-type': 'privacy_data_processor', 'x-ciso-documentation-link': 'https://cloudcrm.example/dpa' },
      },
      {
        place: { sheet: 'Contractors', row: 5 },
        name: 'SecureWatch Ltd',
        country: 'GB',
        service: 'Remote monitoring of the cameras',
        extensions: { 'x-ciso-relationship-type': 'privacy_data_processor' },
      },
    ]);
  });

  it('reads subjects and recipients by name and category, and the retention of the data as the activity’s', () => {
    const register = workbook();
    const crm = activity(register, 'Customer CRM');
    expect(crm.dataSubjects).toEqual(['Customers (Customer/Client)', 'Prospective Customer/Client']);
    expect(crm.recipients).toEqual(['Sales team (Internal Team/Department)', 'Tax office (Tax Authority)']);
    expect(crm.retention).toBe('3 years after the last order');
    const cctv = activity(register, 'CCTV at the warehouse');
    expect(cctv.dataSubjects).toEqual(['Warehouse staff (Employee)', 'Drivers and visitors']);
    expect(cctv.retention).toBe('30 days');
    expect(cctv.legalBases).toEqual([{ basis: 'legitimate-interests' }]);
    expect(cctv.transfers).toEqual([{ country: 'GB', recipient: 'SecureWatch Ltd', mechanism: 'adequacy' }]);
    expect(cctv.dpia).toEqual({ required: true, reference: 'DPIA-2026-03' });
    // HR's data are kept for different times: each limit with the data it applies to.
    expect(activity(register, 'HR recruitment').retention).toBe(
      'CV and cover letter (Professional Qualifications), Contact Details: 2 years after the last contact; ' +
        'Disability adjustments (Health Data): 6 months after the interview',
    );
  });

  it.each([
    ['labels', 'name'],
    ['keys', 'ref_id'],
    ['labels', 'id'],
    ['keys', 'name'],
  ] as const)('reads choices as %s and children linked by %s exactly as keys linked by id', (choices, link) => {
    expect(workbook({ choices, link })).toEqual(workbook({ choices: 'keys', link: 'id' }));
  });

  it('links a child by processing_id, processing_ref_id or processing_name, and by its name whatever its case', () => {
    const subjects = (header: string, value: string) =>
      activity(read(processingAnd('Data subjects', [header, 'name', 'category'], [value, 'Interns', 'privacy_employee'])), 'HR recruitment').dataSubjects;
    expect(subjects('processing_id', '6f1c2a9e-0d4b-4c1e-9a51-3b2f7d8e1a01')).toEqual(['Interns (Employee)']);
    expect(subjects('Processing ref ID', 'prc-001')).toEqual(['Interns (Employee)']);
    expect(subjects('processing_name', '  hr   RECRUITMENT ')).toEqual(['Interns (Employee)']);
  });

  it('reports a child whose processing is not in the workbook with its sheet, row and values, and imports it nowhere', () => {
    const register = workbook({ orphan: true });
    expect(register.findings).toEqual([
      {
        place: { sheet: 'Personal data', row: 8, column: 'processing' },
        message:
          '"Visitor log" is not in the workbook (looked up by id, ref_id and name), so this personal data row was not imported ' +
          '(processing "Visitor log", name "Visitor names", category "privacy_name", retention "1 year")',
      },
    ]);
    const names = register.activities.flatMap((read) => read.dataCategories.map((category) => category.name));
    expect(names.some((name) => name.includes('Visitor'))).toBe(false);
    expect({ ...register, findings: [] }).toEqual(workbook());
  });

  it('reports a child that names no processing, or a name two processings share', () => {
    const [processing] = cisoWorkbookSheets();
    const twice: SheetGrid = { ...(processing as SheetGrid), rows: [...(processing as SheetGrid).rows, ['', 'PRC-004', 'HR recruitment']] };
    const register = read([
      twice,
      {
        name: 'Purposes',
        rows: [
          ['processing', 'name'],
          ['', 'Onboarding'],
          ['HR recruitment', 'Assess applications'],
        ],
      },
    ]);
    expect(register.findings).toEqual([
      {
        place: { sheet: 'Purposes', row: 2, column: 'processing' },
        message: 'this purpose row names no processing, so it was not imported (name "Onboarding")',
      },
      {
        place: { sheet: 'Purposes', row: 3, column: 'processing' },
        message:
          '"HR recruitment" names more than one processing, so this purpose row was not imported (processing "HR recruitment", name "Assess applications")',
      },
    ]);
    expect(register.activities.flatMap((read) => read.purposes)).toEqual([]);
  });

  it('keeps choices it cannot read in the notes of the activity, naming the sheet and column, with a finding', () => {
    const sheets = [
      ...processingAnd('Purposes', ['processing', 'name', 'legal_basis'], ['PRC-001', 'Screen applicants', 'Because the CEO said so']),
      {
        name: 'Transfers',
        rows: [
          ['processing', 'name', 'country', 'transfer_mechanism'],
          ['PRC-001', 'Backup', 'Atlantis', 'privacy_adequacy_decision'],
          ['PRC-001', 'Mirror', 'CA', 'a handshake'],
        ],
      },
      {
        name: 'Contractors',
        rows: [
          ['processing', 'name', 'relationship_type', 'country'],
          ['PRC-001', 'HireHelp', 'Reseller of sorts', 'EU'],
        ],
      },
    ];
    const register = read(sheets);
    const hr = activity(register, 'HR recruitment');
    expect(hr.purposes).toEqual(['Screen applicants']);
    expect(hr.legalBases).toEqual([]);
    expect(hr.notes).toEqual([
      'Purposes, legal_basis: "Because the CEO said so"',
      'Contractors, relationship_type: "Reseller of sorts"',
      'Transfers, country: "Atlantis"',
      'Transfers, transfer_mechanism: "a handshake"',
    ]);
    // The transfer to nowhere is not made; its other cells are kept with the activity.
    expect(hr.transfers).toEqual([{ country: 'CA', recipient: 'Mirror' }]);
    expect(hr.extensions['x-ciso-transfer-details']).toEqual([{ name: 'Backup', transfer_mechanism: 'privacy_adequacy_decision' }]);
    expect(register.processors).toEqual([{ place: { sheet: 'Contractors', row: 2 }, name: 'HireHelp', extensions: { 'x-ciso-country': 'EU' } }]);
    expect(register.findings.map((finding) => `${finding.place.sheet}, row ${finding.place.row}, ${finding.place.column}`)).toEqual([
      'Purposes, row 2, legal_basis',
      'Contractors, row 2, relationship_type',
      'Contractors, row 2, country',
      'Transfers, row 2, country',
      'Transfers, row 3, transfer_mechanism',
    ]);
  });

  it('reads an independent controller as a recipient, and "Other" as a processor, saying so', () => {
    const register = read(
      processingAnd(
        'Contractors',
        ['processing', 'name', 'relationship_type', 'country'],
        ['PRC-001', 'Pension Fund', 'Independent Controller', 'DE'],
        ['PRC-001', 'Courier Co', 'privacy_other', 'BE'],
        ['PRC-002', 'Courier Co', 'Sub-processor', ''],
      ),
    );
    const hr = activity(register, 'HR recruitment');
    expect(hr.recipients).toEqual(['Pension Fund']);
    expect(hr.processorNames).toEqual(['Courier Co']);
    expect(activity(register, 'Customer CRM').processorNames).toEqual(['Courier Co']);
    // One processor for the two rows that name it.
    expect(register.processors.map((processor) => [processor.name, processor.country])).toEqual([['Courier Co', 'BE']]);
    expect(register.findings).toEqual([
      { place: { sheet: 'Contractors', row: 3, column: 'relationship_type' }, message: expect.stringContaining('read as a processor') },
    ]);
  });

  it('marks data special when sensitive, or of an Art. 9 category even when is_sensitive says no (with a finding)', () => {
    const register = read(
      processingAnd(
        'Personal data',
        ['processing', 'name', 'category', 'is_sensitive'],
        ['PRC-003', 'Face images', 'Biometric Data', 'False'],
        ['PRC-003', 'Badge photos', 'privacy_images_photos', 'True'],
        ['PRC-003', 'Badge numbers', 'privacy_identification_numbers', 'False'],
        ['PRC-003', 'Union dues', 'privacy_other', 'unsure'],
      ),
    );
    const cctv = activity(register, 'CCTV at the warehouse');
    expect(cctv.dataCategories).toEqual([
      { name: 'Face images (Biometric Data)', special: true },
      { name: 'Badge photos (Images and Photos)', special: true },
      { name: 'Badge numbers (Identification Numbers)' },
      { name: 'Union dues (Other Personal Data)' },
    ]);
    expect(cctv.notes).toEqual(['Personal data, is_sensitive: "unsure"']);
    // No category says how long it is kept: nor does the activity.
    expect(cctv.retention).toBeUndefined();
    expect(register.findings.map((finding) => finding.place.row)).toEqual([2, 5]);
  });

  it('keeps the cells of a row that names nothing, and of a transfer with no country, saying so', () => {
    const register = read([
      ...processingAnd('Data subjects', ['processing', 'name', 'category', 'description'], ['PRC-001', '', '', 'Seasonal staff, see the HR memo']),
      {
        name: 'Transfers',
        rows: [
          ['processing', 'name', 'country', 'guarantees'],
          ['PRC-001', 'Backup', '', 'Encrypted'],
        ],
      },
    ]);
    const hr = activity(register, 'HR recruitment');
    expect(hr.dataSubjects).toEqual([]);
    expect(hr.transfers).toEqual([]);
    expect(hr.extensions['x-ciso-data-subject-details']).toEqual([{ name: '', description: 'Seasonal staff, see the HR memo' }]);
    expect(hr.extensions['x-ciso-transfer-details']).toEqual([{ name: 'Backup', guarantees: 'Encrypted' }]);
    expect(register.findings.map((finding) => `${finding.place.sheet} ${finding.place.row}: ${finding.message}`)).toEqual([
      'Data subjects 2: this data subject row has no name or category: its cells are kept with "HR recruitment" (x-ciso-data-subject-details)',
      'Transfers 2: this transfer row has no country: its cells are kept with "HR recruitment" (x-ciso-transfer-details)',
    ]);
  });

  it('reads a Processing sheet of names only, its children linked by name', () => {
    const sheets: SheetGrid[] = [
      {
        name: 'Processings',
        rows: [
          ['name', 'status'],
          ['Visitor log', 'Approved'],
        ],
      },
      {
        name: 'Purposes',
        rows: [
          ['processing', 'name', 'legal_basis'],
          ['Visitor log', 'Know who is on site', 'Legal obligation'],
        ],
      },
    ];
    expect(cisoAssistantWorkbookLayout.recognises(sheets)).toBe(true);
    const visitors = activity(read(sheets), 'Visitor log');
    expect([visitors.status, visitors.purposes, visitors.legalBases, visitors.sourceKey]).toEqual([
      'active',
      ['Know who is on site'],
      [{ basis: 'legal-obligation' }],
      undefined,
    ]);
  });

  it('tells of a sheet it does not read, and refuses a workbook with no Processing sheet', () => {
    const register = read(withSheet('Risk register', ['risk', 'owner'], ['Phishing', 'CISO']));
    expect(register.findings).toEqual([{ place: { sheet: 'Risk register', row: 1 }, message: expect.stringContaining('not read') }]);
    expect(() => read([{ name: 'Purposes', rows: [['processing', 'name']] }])).toThrow(RegisterError);
  });
});

describe('CISO Assistant workbook: the file the tests write', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'ciso-workbook-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads as the sheets it was written from, orphan and all', async () => {
    const file = path.join(folder, 'register.xlsx');
    const options: CisoFileOptions = { choices: 'labels', link: 'name', orphan: true, extraProcessings: 5 };
    await writeCisoWorkbook(file, options);
    const sheets = await readXlsxSheets(file);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Processing',
      'Purposes',
      'Personal data',
      'Data subjects',
      'Data recipients',
      'Contractors',
      'Transfers',
    ]);
    expect(cisoAssistantWorkbookLayout.recognises(sheets)).toBe(true);
    const register = read(sheets);
    expect(register).toEqual(workbook(options));
    expect(register.activities).toHaveLength(8);
    expect(register.findings).toHaveLength(1);
  });
});
