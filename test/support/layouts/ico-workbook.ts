// The UK ICO's "Documentation template for controllers" filled in by a small UK company, for the layout's tests: a
// Notes sheet, then the Template sheet with the controller's details in rows 1–6, the column-group titles in merged
// cells on row 8, the 30 headers on row 9 and an activity per row from row 10. The wording of groups and headers is
// written out here, apart from the reader's table, so that a test compares the reader with the template, not with itself.
import type { SheetGrid } from '../../../shared/import-layouts/imported-register.ts';
import { rowOf, writeGridWorkbook, type GridSheet, type Merge } from './grid-workbook.ts';

export type IcoColumnKey =
  | 'businessFunction'
  | 'purpose'
  | 'jointController'
  | 'individuals'
  | 'personalData'
  | 'recipients'
  | 'processorContract'
  | 'thirdCountries'
  | 'safeguards'
  | 'retention'
  | 'security'
  | 'article6'
  | 'article9'
  | 'legitimateInterests'
  | 'liaLink'
  | 'rights'
  | 'automatedDecisions'
  | 'source'
  | 'consentLink'
  | 'location'
  | 'dpiaRequired'
  | 'dpiaProgress'
  | 'dpiaLink'
  | 'breach'
  | 'breachLink'
  | 'dpaCondition'
  | 'dpaLawfulBasis'
  | 'retentionPolicy'
  | 'retentionFollowed'
  | 'policyReasons';

/** One activity: the cells of its row, by column. */
export type IcoRow = Partial<Record<IcoColumnKey, string>>;

type Contact = { name?: string; address?: string; email?: string; telephone?: string };
export type IcoController = { controller?: Contact; dpo?: Contact; representative?: Contact };

export type IcoWorkbook = {
  rows: readonly IcoRow[];
  controller?: IcoController;
  /** Other wordings of some headers (a DPO's copy, an earlier edition). */
  headers?: Partial<Record<IcoColumnKey, string>>;
  /** Without the row of group titles (a copy that deleted it): row 8 is left empty. */
  withoutGroups?: boolean;
  /** Rows put between the headers and the activities, as written (the template's "e.g." examples). */
  examples?: readonly (readonly string[])[];
};

/** The template's groups and headers, in order: columns A to AD. */
export const ICO_TEMPLATE: ReadonlyArray<{ group: string; columns: ReadonlyArray<readonly [IcoColumnKey, string]> }> = [
  {
    group: 'Article 30 Record of Processing Activities',
    columns: [
      ['businessFunction', 'Business function'],
      ['purpose', 'Purpose of processing'],
      ['jointController', 'Name and contact details of joint controller (if applicable)'],
      ['individuals', 'Categories of individuals'],
      ['personalData', 'Categories of personal data'],
      ['recipients', 'Categories of recipients'],
      ['processorContract', 'Link to contract with processor'],
      ['thirdCountries', 'Names of third countries or international organisations that personal data are transferred to (if applicable)'],
      ['safeguards', 'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)'],
      ['retention', 'Retention schedule (if possible)'],
      ['security', 'General description of technical and organisational security measures (if possible)'],
    ],
  },
  {
    group: 'Privacy Notices',
    columns: [
      ['article6', 'Article 6 lawful basis for processing personal data'],
      ['article9', 'Article 9 condition for processing special category data'],
      ['legitimateInterests', 'Legitimate interests for the processing (if applicable)'],
      ['liaLink', 'Link to record of legitimate interests assessment (if applicable)'],
      ['rights', 'Rights available to individuals'],
      ['automatedDecisions', 'Existence of automated decision-making, including profiling (if applicable)'],
      ['source', 'The source of the personal data (if applicable)'],
    ],
  },
  { group: 'Consent', columns: [['consentLink', 'Link to record of consent']] },
  { group: 'Access Requests', columns: [['location', 'Location of personal data']] },
  {
    group: 'Data Protection Impact Assessments',
    columns: [
      ['dpiaRequired', 'Data Protection Impact Assessment required?'],
      ['dpiaProgress', 'Data Protection Impact Assessment progress'],
      ['dpiaLink', 'Link to Data Protection Impact Assessment'],
    ],
  },
  {
    group: 'Personal Data Breaches',
    columns: [
      ['breach', 'Has a personal data breach occurred?'],
      ['breachLink', 'Link to record of personal data breach'],
    ],
  },
  {
    group: 'Data Protection Act 2018 - Special Category or Criminal Conviction and Offence data',
    columns: [
      ['dpaCondition', 'Data Protection Act 2018 Schedule 1 Condition for processing'],
      ['dpaLawfulBasis', 'GDPR Article 6 lawful basis for processing'],
      ['retentionPolicy', 'Link to retention and erasure policy document'],
      ['retentionFollowed', 'Is personal data retained and erased in accordance with the policy document?'],
      ['policyReasons', 'Reasons for not adhering to policy document (if applicable)'],
    ],
  },
];

const KEYS: readonly IcoColumnKey[] = ICO_TEMPLATE.flatMap((group) => group.columns.map(([key]) => key));
const WIDTH = KEYS.length;
export const ICO_HEADER_ROW = 9;
export const ICO_FIRST_ACTIVITY_ROW = 10;

/** The header a column has in the workbook. */
export function icoHeader(key: IcoColumnKey, headers: IcoWorkbook['headers'] = {}): string {
  const written = ICO_TEMPLATE.flatMap((group) => group.columns).find(([candidate]) => candidate === key)?.[1] ?? key;
  return headers[key] ?? written;
}

export const ICO_CONTROLLER: IcoController = {
  controller: { name: 'Harbour Tea Rooms Ltd', address: '4 Quay Street, Bristol BS1 4DB', email: 'hello@harbourtearooms.co.uk', telephone: '0117 496 0123' },
  dpo: { name: 'Priya Shah', address: '4 Quay Street, Bristol BS1 4DB', email: 'dpo@harbourtearooms.co.uk', telephone: '0117 496 0124' },
  representative: {},
};

/** Payroll, recruitment, CCTV and the newsletter, as the company's DPO filled them in. */
export const ICO_SAMPLE_ROWS: readonly IcoRow[] = [
  {
    businessFunction: 'Human resources',
    purpose: 'Paying staff salaries and expenses',
    individuals: 'Employees\nFormer employees',
    personalData: 'Name and contact details\nBank details\nSalary and tax code\nSickness absence records (health)',
    recipients: 'HMRC\nPension provider',
    processorContract: 'Payroll Bureau Ltd – https://intranet.harbourtearooms.co.uk/contracts/payroll-bureau.pdf',
    retention: '6 years after the end of employment',
    security: 'Payroll system encrypted at rest; access limited to the payroll officer',
    article6: 'Article 6(1)(b) contract; Article 6(1)(c) legal obligation',
    article9: 'Article 9(2)(b) employment, social security and social protection',
    rights: 'Access, rectification, restriction',
    automatedDecisions: 'No',
    source: 'The employee\nHMRC (tax codes)',
    location: 'Payroll system (Sage), HR shared drive',
    dpiaRequired: 'No',
    breach: 'No',
    dpaCondition: 'Schedule 1, Part 1, paragraph 1 (employment, social security and social protection)',
    dpaLawfulBasis: 'Article 6(1)(c) legal obligation',
    retentionPolicy: 'https://intranet.harbourtearooms.co.uk/policies/retention.pdf',
    retentionFollowed: 'Yes',
  },
  {
    businessFunction: 'Human resources',
    purpose: 'Recruiting new staff',
    individuals: 'Job applicants',
    personalData: 'Name and contact details; CV and employment history; Right to work documents; Criminal convictions (DBS checks)',
    recipients: 'Hiring managers; Disclosure and Barring Service',
    processorContract: 'https://intranet.harbourtearooms.co.uk/contracts/applicant-tracking.pdf',
    thirdCountries: 'United States',
    safeguards: 'Standard contractual clauses with the UK Addendum',
    retention: '6 months after the recruitment campaign',
    security: 'Applicant tracking system with role-based access',
    article6: 'Legitimate interests',
    article9: 'Article 10 – criminal offence data (DPA 2018 Schedule 1 paragraph 6)',
    legitimateInterests: 'Assessing candidates for our vacancies',
    liaLink: 'https://intranet.harbourtearooms.co.uk/lia/recruitment.docx',
    rights: 'Access, erasure, objection',
    automatedDecisions: 'A screening tool ranks applications; a person reviews every ranking',
    source: 'Applicants; recruitment agencies',
    dpiaRequired: 'Yes',
    dpiaProgress: 'Complete',
    dpiaLink: 'https://intranet.harbourtearooms.co.uk/dpia/recruitment.pdf',
    breach: 'No',
  },
  {
    businessFunction: 'Facilities',
    purpose: 'Crime prevention and staff safety on the premises',
    individuals: 'Staff; Customers; Members of the public',
    personalData: 'CCTV images',
    recipients: 'Police (on request)',
    processorContract: 'SecureView Monitoring Ltd',
    retention: '30 days, unless an incident is under investigation',
    security: 'Recordings on a locked server; viewing logged',
    article6: 'Legitimate interests',
    legitimateInterests: 'Protecting staff, customers and property',
    rights: 'Access, objection',
    location: 'CCTV recorder in the back office',
    dpiaRequired: 'Yes',
    dpiaProgress: 'In progress',
    breach: 'No',
  },
  {
    businessFunction: 'Marketing',
    purpose: 'Sending our monthly newsletter',
    individuals: 'Newsletter subscribers',
    personalData: 'Name; Email address; Opens and clicks',
    processorContract: 'Mailchimp (The Rocket Science Group LLC)',
    thirdCountries: 'United States',
    safeguards: 'UK Extension to the EU-US Data Privacy Framework',
    retention: 'Until the subscriber unsubscribes',
    security: 'Two-factor authentication on the mailing account',
    article6: 'Consent',
    rights: 'Access, erasure, withdrawal of consent',
    source: 'Sign-up form on our website',
    consentLink: 'https://crm.harbourtearooms.co.uk/consent-log',
    dpiaRequired: 'No',
    breach: 'No',
  },
];

/** `count` activities: the four samples again and again, each purpose numbered so that every name is its own. */
export function icoRows(count: number): IcoRow[] {
  const rows: IcoRow[] = [];
  for (let index = 0; index < count; index++) {
    const sample = ICO_SAMPLE_ROWS[index % ICO_SAMPLE_ROWS.length] as IcoRow;
    const round = Math.floor(index / ICO_SAMPLE_ROWS.length);
    rows.push(round === 0 ? sample : { ...sample, purpose: `${sample.purpose ?? ''} (site ${round + 1})` });
  }
  return rows;
}

function controllerBlock(controller: IcoController | undefined): string[][] {
  const line = (label: string, contact: Contact | undefined) =>
    rowOf(WIDTH, [label, contact?.name ?? '', contact?.address ?? '', contact?.email ?? '', contact?.telephone ?? '']);
  return [
    rowOf(WIDTH, []),
    rowOf(WIDTH, ['Name and contact details', 'Name', 'Address', 'Email', 'Telephone']),
    line('Controller', controller?.controller),
    line('Data Protection Officer', controller?.dpo),
    line('Representative', controller?.representative),
    rowOf(WIDTH, []),
  ];
}

/** The Template sheet as the import reads it (a merged group title in its first cell only), and its merges. */
function templateSheet(workbook: IcoWorkbook): GridSheet {
  const groups = rowOf(WIDTH, []);
  const merges: Merge[] = [];
  let column = 0;
  for (const group of ICO_TEMPLATE) {
    if (workbook.withoutGroups !== true) {
      groups[column] = group.group;
      if (group.columns.length > 1) merges.push({ row: 8, left: column + 1, right: column + group.columns.length });
    }
    column += group.columns.length;
  }
  const rows = [
    ...controllerBlock(workbook.controller),
    rowOf(WIDTH, []),
    groups,
    KEYS.map((key) => icoHeader(key, workbook.headers)),
    ...(workbook.examples ?? []).map((example) => rowOf(WIDTH, example)),
    ...workbook.rows.map((row) => KEYS.map((key) => row[key] ?? '')),
  ];
  return { name: 'Template', rows, merges, columnWidths: KEYS.map(() => 28) };
}

const NOTES: GridSheet = {
  name: 'Notes',
  rows: [
    ['Documentation template for controllers'],
    ['Use this template to document the processing activities you carry out as a controller.'],
    ['Green headings are required by Article 30 of the UK GDPR or Schedule 1 of the DPA 2018; blue headings are optional.'],
  ],
};

/** The workbook as the sheets the import reads: Notes, then Template. */
export function icoSheets(workbook: IcoWorkbook): SheetGrid[] {
  return [NOTES, templateSheet(workbook)].map(({ name, rows }) => ({ name, rows }));
}

/** Writes the workbook as an XLSX file. */
export async function writeIcoWorkbook(filePath: string, workbook: IcoWorkbook): Promise<void> {
  await writeGridWorkbook(filePath, [NOTES, templateSheet(workbook)]);
}
