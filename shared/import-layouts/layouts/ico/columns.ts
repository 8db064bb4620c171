// The columns of the ICO's "Documentation template for controllers" (sheet "Template": the controller's details in
// rows 1–6, column-group titles in merged cells on row 8, one header per column on row 9, an activity per row after).
// Headers are as the ICO's workbook writes them, plus the wordings of its earlier editions and of common copies;
// each is compared in plain form (label-text.ts), so case, accents and "(if applicable)" do not matter.
import { plainLabel } from '../label-text.ts';

/** The column groups of row 8. Some headers ("Lawful basis") are in two groups: the group says which is meant. */
export type IcoGroup = 'record' | 'privacy-notice' | 'consent' | 'access-requests' | 'dpia' | 'breaches' | 'dpa-2018';

/** What a column is read into: a field of the activity, or an `x-ico-` field of its own. */
export type IcoField =
  | 'businessFunction'
  | 'purposes'
  | 'jointControllers'
  | 'dataSubjects'
  | 'dataCategories'
  | 'recipients'
  | 'processorContract'
  | 'transferCountries'
  | 'transferSafeguards'
  | 'retention'
  | 'securityMeasures'
  | 'legalBases'
  | 'specialConditions'
  | 'legitimateInterests'
  | 'automatedDecisions'
  | 'sources'
  | 'dpiaRequired'
  | 'dpiaLink'
  | `x-ico-${string}`;

export type IcoColumn = { group: IcoGroup; field: IcoField; headers: readonly string[] };

const column = (group: IcoGroup, field: IcoField, ...headers: string[]): IcoColumn => ({ group, field, headers: headers.map(plainLabel) });

export const ICO_COLUMNS: readonly IcoColumn[] = [
  column('record', 'businessFunction', 'Business function', 'Department or business function'),
  column('record', 'purposes', 'Purpose of processing', 'Purposes of processing', 'Purpose(s) of processing'),
  column('record', 'jointControllers', 'Name and contact details of joint controller (if applicable)', 'Joint controller', 'Joint controllers'),
  column('record', 'dataSubjects', 'Categories of individuals', 'Categories of data subjects'),
  column('record', 'dataCategories', 'Categories of personal data'),
  column('record', 'recipients', 'Categories of recipients'),
  column('record', 'processorContract', 'Link to contract with processor', 'Link to contract with processors'),
  column(
    'record',
    'transferCountries',
    'Names of third countries or international organisations that personal data are transferred to (if applicable)',
    'Third countries or international organisations',
  ),
  column(
    'record',
    'transferSafeguards',
    'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
    'Safeguards for exceptional transfers',
  ),
  column('record', 'retention', 'Retention schedule (if possible)', 'Retention schedule'),
  column('record', 'securityMeasures', 'General description of technical and organisational security measures (if possible)'),
  column('privacy-notice', 'legalBases', 'Article 6 lawful basis for processing personal data', 'Article 6 lawful basis', 'Lawful basis'),
  column(
    'privacy-notice',
    'specialConditions',
    'Article 9 condition for processing special category data',
    'Article 9 basis for processing special category data',
    'Article 9 condition',
  ),
  column('privacy-notice', 'legitimateInterests', 'Legitimate interests for the processing (if applicable)'),
  column('privacy-notice', 'x-ico-legitimate-interests-assessment', 'Link to record of legitimate interests assessment (if applicable)'),
  column('privacy-notice', 'x-ico-rights-available', 'Rights available to individuals'),
  column('privacy-notice', 'automatedDecisions', 'Existence of automated decision-making, including profiling (if applicable)'),
  column('privacy-notice', 'sources', 'The source of the personal data (if applicable)', 'Source of the personal data'),
  // Earlier editions put the consent link under "Privacy notice"; the current one gives it a group of its own.
  column('consent', 'x-ico-consent-record', 'Link to record of consent'),
  column('access-requests', 'x-ico-data-location', 'Location of personal data'),
  column('dpia', 'dpiaRequired', 'Data Protection Impact Assessment required?', 'DPIA required?'),
  column('dpia', 'x-ico-dpia-progress', 'Data Protection Impact Assessment progress', 'DPIA progress'),
  column('dpia', 'dpiaLink', 'Link to Data Protection Impact Assessment', 'Link to DPIA'),
  column('breaches', 'x-ico-breach-occurred', 'Has a personal data breach occurred?', 'Has the personal data been involved in a breach?'),
  column('breaches', 'x-ico-breach-record', 'Link to record of personal data breach', 'Link to record of the personal data breach'),
  column(
    'dpa-2018',
    'x-ico-dpa-2018-condition',
    'Data Protection Act 2018 Schedule 1 Condition for processing',
    'Data Protection Act 2018 Schedule Condition for processing',
    'Condition for processing special category or criminal offence data',
    'Schedule 1 condition for processing',
  ),
  column(
    'dpa-2018',
    'x-ico-dpa-2018-lawful-basis',
    'GDPR Article 6 lawful basis for processing',
    'Lawful basis',
    'Article 6 lawful basis for processing personal data',
  ),
  column('dpa-2018', 'x-ico-retention-erasure-policy', 'Link to retention and erasure policy document', 'Retention and erasure policy'),
  column('dpa-2018', 'x-ico-retention-policy-followed', 'Is personal data retained and erased in accordance with the policy document?'),
  column('dpa-2018', 'x-ico-policy-departure-reasons', 'Reasons for not adhering to policy document (if applicable)'),
];

/** The group a row-8 title names, if it is one of the template's. */
export function groupOf(title: string): IcoGroup | undefined {
  const plain = plainLabel(title);
  if (plain === '') return undefined;
  if (plain.startsWith('data protection act 2018') || plain.startsWith('dpa 2018')) return 'dpa-2018';
  if (plain.includes('record of processing activities') || plain.startsWith('article 30')) return 'record';
  if (plain.startsWith('privacy notice')) return 'privacy-notice';
  if (plain === 'consent') return 'consent';
  if (plain.startsWith('access request') || plain.startsWith('subject access request')) return 'access-requests';
  if (plain.startsWith('data protection impact assessment') || plain.startsWith('dpia')) return 'dpia';
  if (plain.includes('breach')) return 'breaches';
  return undefined;
}

/** The template's columns a header may be, in the template's order. */
export function columnsNamed(header: string): IcoColumn[] {
  const plain = plainLabel(header);
  return plain === '' ? [] : ICO_COLUMNS.filter((candidate) => candidate.headers.includes(plain));
}
