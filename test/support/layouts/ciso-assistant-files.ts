// Files as CISO Assistant's privacy module gives them, for the layout's tests: its processings export (CSV, or XLSX of
// one sheet) and a workbook with a sheet per model (Processing, Purposes, Personal data, Data subjects, Data
// recipients, Contractors, Transfers). The register is a small company's: HR recruitment, a customer CRM and CCTV.
// Choices are written as CISO Assistant's keys or as its labels, and child rows name their processing by id, ref_id
// or name, as asked; an orphan row (naming a processing the workbook does not have) can be added.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { SheetGrid } from '../../../shared/import-layouts/imported-register.ts';

export type CisoFileOptions = {
  /** How choice fields are written: `privacy_approved` or "Approved" (countries: `US` or "United States"). */
  choices?: 'keys' | 'labels';
  /** How a child row names its processing, in its `processing` column. */
  link?: 'id' | 'ref_id' | 'name';
  /** Adds a personal data row whose processing ("Visitor log") is not in the workbook. */
  orphan?: boolean;
  /** Adds this many generated processings after the three of the company (for files of some size). */
  extraProcessings?: number;
};

type Choice = readonly [key: string, label: string];
type Row = Record<string, string | Choice>;

const STATUS = {
  draft: ['privacy_draft', 'Draft'],
  inReview: ['privacy_in_review', 'In Review'],
  approved: ['privacy_approved', 'Approved'],
} as const satisfies Record<string, Choice>;

const nature = (key: string, label: string): Choice => [`privacy_${key}`, label];
const COLLECTION = nature('collection', 'Collection');
const RECORDING = nature('recording', 'Recording');
const STORAGE = nature('storage', 'Storage');
const CONSULTATION = nature('consultation', 'Consultation');
const USE = nature('use', 'Use');
const DISCLOSURE = nature('disclosureByTransmission', 'Disclosure by Transmission');
const ERASURE = nature('erasureOrDestruction', 'Erasure or Destruction');

/** A cell holding several choices: CISO Assistant joins them with ", ". */
const several = (...choices: Choice[]): Choice => [choices.map((choice) => choice[0]).join(', '), choices.map((choice) => choice[1]).join(', ')];

export const PROCESSING_HEADERS = [
  'ref_id',
  'name',
  'description',
  'domain',
  'status',
  'processing_nature',
  'assigned_to',
  'labels',
  'dpia_required',
  'dpia_reference',
  'has_sensitive_personal_data',
  'updated_at',
] as const;

/** The company's three processings, with the CISO Assistant ids their children may name them by. */
export const PROCESSINGS: readonly Row[] = [
  {
    id: '6f1c2a9e-0d4b-4c1e-9a51-3b2f7d8e1a01',
    ref_id: 'PRC-001',
    name: 'HR recruitment',
    description: 'Receiving and assessing job applications, interviews and references',
    domain: 'Human Resources',
    status: STATUS.approved,
    processing_nature: several(COLLECTION, RECORDING, STORAGE, CONSULTATION, ERASURE),
    assigned_to: 'hr.lead@example.eu, dpo@example.eu',
    labels: 'HR, GDPR',
    dpia_required: 'False',
    dpia_reference: '',
    has_sensitive_personal_data: 'True',
    updated_at: '2026-03-02T09:14:00Z',
  },
  {
    id: '6f1c2a9e-0d4b-4c1e-9a51-3b2f7d8e1a02',
    ref_id: 'PRC-002',
    name: 'Customer CRM',
    description: 'Managing customer accounts, orders and the newsletter',
    domain: 'Sales',
    status: STATUS.inReview,
    processing_nature: several(COLLECTION, STORAGE, USE, DISCLOSURE),
    assigned_to: 'sales.ops@example.eu',
    labels: 'Sales',
    dpia_required: 'False',
    dpia_reference: '',
    has_sensitive_personal_data: 'False',
    updated_at: '2026-04-18T16:40:00Z',
  },
  {
    id: '6f1c2a9e-0d4b-4c1e-9a51-3b2f7d8e1a03',
    ref_id: 'PRC-003',
    name: 'CCTV at the warehouse',
    description: '',
    domain: 'Facilities',
    status: STATUS.draft,
    processing_nature: several(RECORDING, STORAGE, ERASURE),
    assigned_to: 'facilities@example.eu',
    labels: 'Security, Premises',
    dpia_required: 'True',
    dpia_reference: 'DPIA-2026-03',
    has_sensitive_personal_data: 'False',
    updated_at: '2026-05-07T08:00:00Z',
  },
];

const [HR, CRM, CCTV] = PROCESSINGS.map((processing) => processing.name as string) as [string, string, string];

/** The child sheets, each row with the name of its processing in `processing` (replaced by its id or ref_id as asked). */
export const CHILD_SHEETS: ReadonlyArray<{ sheet: string; headers: readonly string[]; rows: readonly Row[] }> = [
  {
    sheet: 'Purposes',
    headers: ['processing', 'name', 'description', 'legal_basis', 'article_9_condition'],
    rows: [
      { processing: HR, name: 'Assess applications', legal_basis: ['privacy_contract', 'Performance of a Contract'] },
      { processing: HR, name: 'Keep a talent pool', description: 'With the applicant’s agreement, for two years', legal_basis: ['privacy_consent', 'Consent'] },
      {
        processing: HR,
        name: 'Adjust interviews for a disability',
        legal_basis: ['privacy_legal_obligation', 'Compliance with a Legal Obligation'],
        article_9_condition: ['privacy_employment_social_security', 'Employment and Social Security Law'],
      },
      { processing: CRM, name: 'Manage customer accounts and orders', legal_basis: ['privacy_contract', 'Performance of a Contract'] },
      { processing: CRM, name: 'Send the newsletter to customers', legal_basis: ['privacy_legitimate_interests', 'Legitimate Interests'] },
      { processing: CCTV, name: 'Protect the premises and the goods', legal_basis: ['privacy_legitimate_interests', 'Legitimate Interests'] },
    ],
  },
  {
    sheet: 'Personal data',
    headers: ['processing', 'name', 'description', 'category', 'retention', 'deletion_policy', 'is_sensitive'],
    rows: [
      {
        processing: HR,
        name: 'CV and cover letter',
        category: ['privacy_professional_qualifications', 'Professional Qualifications'],
        retention: '2 years after the last contact',
        deletion_policy: ['privacy_automatic_deletion', 'Automatic Deletion'],
        is_sensitive: 'False',
      },
      {
        processing: HR,
        name: '',
        category: ['privacy_contact_details', 'Contact Details'],
        retention: '2 years after the last contact',
        is_sensitive: 'False',
      },
      {
        processing: HR,
        name: 'Disability adjustments',
        category: ['privacy_health_data', 'Health Data'],
        retention: '6 months after the interview',
        deletion_policy: ['privacy_manual_review_deletion', 'Manual Review Deletion'],
        is_sensitive: 'True',
      },
      {
        processing: CRM,
        name: 'Customer identity',
        category: ['privacy_basic_identity', 'Basic Identity Information'],
        retention: '3 years after the last order',
        is_sensitive: 'False',
      },
      {
        processing: CRM,
        name: 'Purchase history',
        category: ['privacy_transaction_history', 'Transaction History'],
        retention: '3 years after the last order',
        is_sensitive: 'False',
      },
      {
        processing: CCTV,
        name: 'CCTV footage',
        description: 'Four cameras at the loading bays',
        category: ['privacy_video_recordings', 'Video Recordings'],
        retention: '30 days',
        deletion_policy: ['privacy_automatic_deletion', 'Automatic Deletion'],
        is_sensitive: 'False',
      },
    ],
  },
  {
    sheet: 'Data subjects',
    headers: ['processing', 'name', 'description', 'category'],
    rows: [
      { processing: HR, name: 'Applicants', category: ['privacy_job_applicant', 'Job Applicant'] },
      { processing: CRM, name: 'Customers', category: ['privacy_customer', 'Customer/Client'] },
      { processing: CRM, name: '', category: ['privacy_prospect', 'Prospective Customer/Client'] },
      { processing: CCTV, name: 'Warehouse staff', category: ['privacy_employee', 'Employee'] },
      { processing: CCTV, name: 'Drivers and visitors', category: ['privacy_visitor', 'Visitor'] },
    ],
  },
  {
    sheet: 'Data recipients',
    headers: ['processing', 'name', 'description', 'category'],
    rows: [
      { processing: HR, name: 'Hiring managers', category: ['privacy_internal_team', 'Internal Team/Department'] },
      { processing: CRM, name: 'Sales team', category: ['privacy_internal_team', 'Internal Team/Department'] },
      { processing: CRM, name: 'Tax office', category: ['privacy_tax_authority', 'Tax Authority'] },
      { processing: CCTV, name: 'Police, on request', category: ['privacy_law_enforcement', 'Law Enforcement'] },
    ],
  },
  {
    sheet: 'Contractors',
    headers: ['processing', 'name', 'description', 'relationship_type', 'country', 'documentation_link'],
    rows: [
      {
        processing: HR,
        name: 'TalentFlow B.V.',
        description: 'Applicant tracking system',
        relationship_type: ['privacy_data_processor', 'Data Processor'],
        country: ['NL', 'Netherlands'],
        documentation_link: 'https://talentflow.example/dpa',
      },
      {
        processing: CRM,
        name: 'CloudCRM Inc.',
        description: 'Hosted CRM',
        relationship_type: ['privacy_data_processor', 'Data Processor'],
        country: ['US', 'United States'],
        documentation_link: 'https://cloudcrm.example/dpa',
      },
      { processing: CRM, name: 'Partner Retail SA', relationship_type: ['privacy_joint_controller', 'Joint Controller'], country: ['FR', 'France'] },
      {
        processing: CCTV,
        name: 'SecureWatch Ltd',
        description: 'Remote monitoring of the cameras',
        relationship_type: ['privacy_data_processor', 'Data Processor'],
        country: ['GB', 'United Kingdom'],
      },
    ],
  },
  {
    sheet: 'Transfers',
    headers: ['processing', 'name', 'description', 'entity', 'country', 'transfer_mechanism', 'guarantees', 'documentation_link'],
    rows: [
      {
        processing: CRM,
        name: 'CRM hosting in the US',
        entity: 'CloudCRM Inc.',
        country: ['US', 'United States'],
        transfer_mechanism: ['privacy_standard_contractual_clauses', 'Standard Contractual Clauses (Art. 46.2c)'],
        guarantees: 'SCCs 2021/914 module 2; encryption at rest',
        documentation_link: 'https://cloudcrm.example/scc',
      },
      {
        processing: CCTV,
        name: 'Remote monitoring centre',
        entity: 'SecureWatch Ltd',
        country: ['GB', 'United Kingdom'],
        transfer_mechanism: ['privacy_adequacy_decision', 'Adequacy Decision (Art. 45)'],
      },
    ],
  },
];

/** The orphan row: a personal data row for a processing the workbook does not have. */
export const ORPHAN_ROW: Row = { processing: 'Visitor log', name: 'Visitor names', category: ['privacy_name', 'Name'], retention: '1 year' };

function generatedProcessing(index: number): Row {
  const number = String(index + 4).padStart(3, '0');
  return {
    id: `6f1c2a9e-0d4b-4c1e-9a51-${String(index + 4).padStart(12, '0')}`,
    ref_id: `PRC-${number}`,
    name: `Processing ${number}`,
    description: `Generated processing ${number}`,
    domain: 'Global',
    status: STATUS.approved,
    processing_nature: several(COLLECTION, STORAGE),
    assigned_to: 'dpo@example.eu',
    labels: '',
    dpia_required: 'False',
    dpia_reference: '',
    has_sensitive_personal_data: 'False',
    updated_at: '2026-06-01T12:00:00Z',
  };
}

function cellText(value: string | Choice | undefined, choices: 'keys' | 'labels'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return choices === 'keys' ? value[0] : value[1];
}

function processingsOf(options: CisoFileOptions): Row[] {
  const extra = Array.from({ length: options.extraProcessings ?? 0 }, (_, index) => generatedProcessing(index));
  return [...PROCESSINGS, ...extra];
}

/** The processings export: the sheet CISO Assistant writes from Privacy → Processings. */
export function cisoProcessingsSheet(options: CisoFileOptions = {}, sheet = 'Processings'): SheetGrid {
  const choices = options.choices ?? 'keys';
  const rows = processingsOf(options).map((processing) => PROCESSING_HEADERS.map((header) => cellText(processing[header], choices)));
  return { name: sheet, rows: [[...PROCESSING_HEADERS], ...rows] };
}

/** The workbook's sheets: the processings (with their ids) and a sheet per child model. */
export function cisoWorkbookSheets(options: CisoFileOptions = {}): SheetGrid[] {
  const choices = options.choices ?? 'keys';
  const link = options.link ?? 'id';
  const processings = processingsOf(options);
  const headers = ['id', ...PROCESSING_HEADERS];
  const processingSheet: SheetGrid = {
    name: 'Processing',
    rows: [headers, ...processings.map((row) => headers.map((header) => cellText(row[header], choices)))],
  };
  const linkOf = (name: string) => {
    const processing = processings.find((candidate) => candidate.name === name);
    return processing === undefined ? name : cellText(processing[link], choices);
  };
  const children = CHILD_SHEETS.map(({ sheet, headers: childHeaders, rows }) => {
    const all = sheet === 'Personal data' && options.orphan === true ? [...rows, ORPHAN_ROW] : rows;
    const grid = all.map((row) =>
      childHeaders.map((header) => (header === 'processing' ? linkOf(cellText(row.processing, choices)) : cellText(row[header], choices))),
    );
    return { name: sheet, rows: [[...childHeaders], ...grid] };
  });
  return [processingSheet, ...children];
}

/** Writes the processings export as CSV, as CISO Assistant does (comma-separated, a header row, UTF-8). */
export function writeCisoProcessingsCsv(file: string, options: CisoFileOptions = {}): void {
  const [header = [], ...rows] = cisoProcessingsSheet(options).rows;
  writeFileSync(file, Papa.unparse({ fields: header, data: rows }), 'utf8');
}

async function writeWorkbook(file: string, sheets: readonly SheetGrid[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows.map((row) => [...row]));
  await workbook.xlsx.writeFile(file);
}

/** Writes the processings export as an XLSX of one sheet. */
export async function writeCisoProcessingsXlsx(file: string, options: CisoFileOptions = {}): Promise<void> {
  await writeWorkbook(file, [cisoProcessingsSheet(options)]);
}

/** Writes the workbook of processings and their purposes, personal data, subjects, recipients, contractors and transfers. */
export async function writeCisoWorkbook(file: string, options: CisoFileOptions = {}): Promise<void> {
  await writeWorkbook(file, cisoWorkbookSheets(options));
}
