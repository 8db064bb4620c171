import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../../../shared/exchange/read.ts';
import { describePlace, type ImportedActivity, type ImportedRegister, type SheetGrid } from '../../../../../shared/import-layouts/imported-register.ts';
import { cnilLayout } from '../../../../../shared/import-layouts/layouts/cnil.ts';
import { icoLayout } from '../../../../../shared/import-layouts/layouts/ico.ts';
import { RegisterError } from '../../../../../shared/result.ts';
import { toSheets } from '../../../../../shared/spreadsheet/to-rows.ts';
import { fixturePath } from '../../../../support/fixtures.ts';
import { CNIL_CONTROLLER, CNIL_SAMPLE_FICHES, cnilSheets } from '../../../../support/layouts/cnil-workbook.ts';
import {
  ICO_CONTROLLER,
  ICO_FIRST_ACTIVITY_ROW,
  ICO_SAMPLE_ROWS,
  icoHeader,
  icoRows,
  icoSheets,
  type IcoRow,
  type IcoWorkbook,
} from '../../../../support/layouts/ico-workbook.ts';

const [PAYROLL, RECRUITMENT, CCTV, NEWSLETTER] = ICO_SAMPLE_ROWS as [IcoRow, IcoRow, IcoRow, IcoRow];

const read = (workbook: IcoWorkbook): ImportedRegister => icoLayout.read(icoSheets(workbook));
const only = (row: IcoRow, workbook: Omit<IcoWorkbook, 'rows'> = {}): { activity: ImportedActivity; register: ImportedRegister } => {
  const register = read({ ...workbook, rows: [row] });
  expect(register.activities).toHaveLength(1);
  return { activity: register.activities[0] as ImportedActivity, register };
};
const templateOf = (register: ImportedRegister) => register.activities;

describe('the ICO documentation template', () => {
  it('reads payroll: each column into its field, links and DPA 2018 columns as x-ico- fields', () => {
    const { activity, register } = only(PAYROLL, { controller: ICO_CONTROLLER });
    expect(register.findings).toEqual([]);
    expect(activity).toEqual({
      place: { sheet: 'Template', row: ICO_FIRST_ACTIVITY_ROW },
      name: 'Human resources – Paying staff salaries and expenses',
      owner: 'Human resources',
      purposes: ['Paying staff salaries and expenses'],
      legalBases: [{ basis: 'contract' }, { basis: 'legal-obligation' }],
      specialCategoryConditions: ['art9-2-b'],
      dataSubjects: ['Employees', 'Former employees'],
      dataCategories: [
        { name: 'Name and contact details' },
        { name: 'Bank details' },
        { name: 'Salary and tax code' },
        { name: 'Sickness absence records (health)', special: true },
      ],
      sources: ['The employee', 'HMRC (tax codes)'],
      recipients: ['HMRC', 'Pension provider'],
      processorNames: ['Payroll Bureau Ltd'],
      transfers: [],
      retention: '6 years after the end of employment',
      securityMeasures: ['Payroll system encrypted at rest', 'access limited to the payroll officer'],
      jointControllers: [],
      dpia: { required: false },
      notes: ['Existence of automated decision-making, including profiling (if applicable): "No"'],
      extensions: {
        'x-ico-processor-contract': PAYROLL.processorContract,
        'x-ico-rights-available': 'Access, rectification, restriction',
        'x-ico-data-location': 'Payroll system (Sage), HR shared drive',
        'x-ico-breach-occurred': 'No',
        'x-ico-dpa-2018-condition': PAYROLL.dpaCondition,
        'x-ico-dpa-2018-lawful-basis': 'Article 6(1)(c) legal obligation',
        'x-ico-retention-erasure-policy': PAYROLL.retentionPolicy,
        'x-ico-retention-policy-followed': 'Yes',
      },
    });
  });

  it('reads recruitment: legitimate interests as the detail of that basis, a transfer with its safeguards, the DPIA and its link', () => {
    const { activity, register } = only(RECRUITMENT);
    expect(register.findings).toEqual([]);
    expect(activity.legalBases).toEqual([{ basis: 'legitimate-interests', detail: 'Assessing candidates for our vacancies' }]);
    expect(activity.specialCategoryConditions).toEqual(['art10']);
    expect(activity.dataCategories).toContainEqual({ name: 'Criminal convictions (DBS checks)', special: true });
    expect(activity.transfers).toEqual([{ country: 'US', mechanism: 'scc', safeguards: 'Standard contractual clauses with the UK Addendum' }]);
    expect(activity.dpia).toEqual({ required: true, reference: RECRUITMENT.dpiaLink });
    expect(activity.sources).toEqual(['Applicants', 'recruitment agencies']);
    // A link to a contract names no processor: kept as it is.
    expect(activity.processorNames).toEqual([]);
    expect(activity.extensions).toMatchObject({
      'x-ico-processor-contract': RECRUITMENT.processorContract,
      'x-ico-legitimate-interests-assessment': RECRUITMENT.liaLink,
      'x-ico-dpia-progress': 'Complete',
    });
    // Automated decision-making is the DPO's to record: its text is a note, never a structured answer.
    expect(activity.notes).toEqual([`${icoHeader('automatedDecisions')}: "${RECRUITMENT.automatedDecisions}"`]);
  });

  it('reads CCTV and the newsletter: a processor named in the contract column, consent, a DPF transfer', () => {
    const register = read({ rows: [CCTV, NEWSLETTER] });
    const [cctv, newsletter] = templateOf(register) as [ImportedActivity, ImportedActivity];
    expect(cctv.name).toBe('Facilities – Crime prevention and staff safety on the premises');
    expect(cctv.processorNames).toEqual(['SecureView Monitoring Ltd']);
    expect(cctv.extensions['x-ico-processor-contract']).toBeUndefined();
    expect(cctv.dataSubjects).toEqual(['Staff', 'Customers', 'Members of the public']);
    expect(cctv.dpia).toEqual({ required: true });
    expect(cctv.legalBases).toEqual([{ basis: 'legitimate-interests', detail: 'Protecting staff, customers and property' }]);
    expect(newsletter.place).toEqual({ sheet: 'Template', row: ICO_FIRST_ACTIVITY_ROW + 1 });
    expect(newsletter.legalBases).toEqual([{ basis: 'consent' }]);
    expect(newsletter.processorNames).toEqual(['Mailchimp']);
    expect(newsletter.extensions['x-ico-processor-contract']).toBe('Mailchimp (The Rocket Science Group LLC)');
    expect(newsletter.extensions['x-ico-consent-record']).toBe(NEWSLETTER.consentLink);
    expect(newsletter.transfers).toEqual([{ country: 'US', mechanism: 'dpf', safeguards: NEWSLETTER.safeguards }]);
  });

  it("reads the controller's details from the block above the table", () => {
    const register = read({
      rows: [CCTV],
      controller: { ...ICO_CONTROLLER, representative: { name: 'EU Rep Services BV', address: 'Keizersgracht 1, Amsterdam', email: 'rep@eurep.example' } },
    });
    expect(register.organisation).toEqual({
      name: 'Harbour Tea Rooms Ltd',
      address: '4 Quay Street, Bristol BS1 4DB',
      email: 'hello@harbourtearooms.co.uk',
      phone: '0117 496 0123',
      dpo: { name: 'Priya Shah', address: '4 Quay Street, Bristol BS1 4DB', email: 'dpo@harbourtearooms.co.uk', phone: '0117 496 0124' },
      representative: { name: 'EU Rep Services BV', address: 'Keizersgracht 1, Amsterdam', email: 'rep@eurep.example' },
    });
    expect(read({ rows: [CCTV] }).organisation).toBeUndefined();
  });

  it('tells the two "Lawful basis" columns apart by their group: the privacy notice\'s is the Art. 6 basis, the DPA 2018 one an x- field', () => {
    const headers = { article6: 'Lawful basis', dpaLawfulBasis: 'Lawful basis' };
    const row: IcoRow = { ...PAYROLL, article6: 'Consent', dpaLawfulBasis: 'Article 6(1)(c) legal obligation' };
    const { activity, register } = only(row, { headers });
    expect(register.findings).toEqual([]);
    expect(activity.legalBases).toEqual([{ basis: 'consent' }]);
    expect(activity.extensions['x-ico-dpa-2018-lawful-basis']).toBe('Article 6(1)(c) legal obligation');

    // A copy without the group titles: the same headers are taken in the template's order.
    const withoutGroups = only(row, { headers, withoutGroups: true }).activity;
    expect(withoutGroups.legalBases).toEqual([{ basis: 'consent' }]);
    expect(withoutGroups.extensions['x-ico-dpa-2018-lawful-basis']).toBe('Article 6(1)(c) legal obligation');
  });

  it('reads a group title repeated in every cell of its merge, as some readers give merged cells', () => {
    const sheets = icoSheets({ rows: [PAYROLL], headers: { article6: 'Lawful basis', dpaLawfulBasis: 'Lawful basis' } });
    const template = sheets[1] as SheetGrid;
    const groups = template.rows[7] as string[];
    groups.forEach((title, index) => {
      if (title === '' && index > 0) groups[index] = groups[index - 1] as string;
    });
    const activity = icoLayout.read(sheets).activities[0] as ImportedActivity;
    expect(activity.legalBases).toEqual([{ basis: 'contract' }, { basis: 'legal-obligation' }]);
    expect(activity.extensions['x-ico-dpa-2018-lawful-basis']).toBe('Article 6(1)(c) legal obligation');
  });

  it('keeps a value that fits no choice in the notes, with a finding naming its sheet, row and column', () => {
    const row: IcoRow = {
      ...PAYROLL,
      article6: 'Contract; Because the manager said so',
      thirdCountries: 'Atlantis',
      safeguards: '',
      dpiaRequired: 'Ask legal',
    };
    const { activity, register } = only(row);
    expect(activity.legalBases).toEqual([{ basis: 'contract' }]);
    expect(activity.transfers).toEqual([]);
    expect(activity.dpia).toBeUndefined();
    expect(activity.notes).toEqual([
      `${icoHeader('article6')}: "Because the manager said so"`,
      `${icoHeader('automatedDecisions')}: "No"`,
      `${icoHeader('thirdCountries')}: "Atlantis"`,
      `${icoHeader('dpiaRequired')}: "Ask legal"`,
    ]);
    const finding = register.findings.find((candidate) => candidate.message.includes('Because the manager said so'));
    expect(finding?.place).toEqual({ sheet: 'Template', row: ICO_FIRST_ACTIVITY_ROW, column: icoHeader('article6') });
    expect(describePlace(finding?.place ?? { sheet: '', row: 0 })).toBe(`Template sheet, row ${ICO_FIRST_ACTIVITY_ROW}, column "${icoHeader('article6')}"`);
    expect(register.findings.map((candidate) => candidate.place.column)).toEqual([
      icoHeader('article6'),
      icoHeader('thirdCountries'),
      icoHeader('dpiaRequired'),
    ]);
  });

  it('keeps safeguards with no country, legitimate interests with no such basis, and tells of an Art. 9 condition with no special category', () => {
    const row: IcoRow = {
      businessFunction: 'Sales',
      purpose: 'Customer accounts',
      personalData: 'Name; Order history',
      article6: 'Contract',
      article9: 'Explicit consent',
      legitimateInterests: 'Knowing our customers',
      safeguards: 'Binding corporate rules',
    };
    const { activity, register } = only(row);
    expect(activity.specialCategoryConditions).toEqual(['art9-2-a']);
    expect(activity.notes).toEqual([`${icoHeader('safeguards')}: "Binding corporate rules"`, `${icoHeader('legitimateInterests')}: "Knowing our customers"`]);
    expect(register.findings.map((finding) => finding.place.column)).toEqual([
      icoHeader('safeguards'),
      icoHeader('legitimateInterests'),
      icoHeader('article9'),
    ]);
  });

  it('keeps a transfer tool it cannot read as the safeguards, and tells of it', () => {
    const { activity, register } = only({ ...NEWSLETTER, safeguards: 'Vendor promised to be careful' });
    expect(activity.transfers).toEqual([{ country: 'US', safeguards: 'Vendor promised to be careful' }]);
    expect(register.findings).toHaveLength(1);
    expect(register.findings[0]?.place.column).toBe(icoHeader('safeguards'));
  });

  it('reads joint controllers one per line, the name before the first comma', () => {
    const { activity } = only({ ...CCTV, jointController: 'Quay Street Landlords Ltd, 1 Quay Street, Bristol, estates@qsl.example\nBristol BID' });
    expect(activity.jointControllers).toEqual([
      { name: 'Quay Street Landlords Ltd', contact: '1 Quay Street, Bristol, estates@qsl.example' },
      { name: 'Bristol BID' },
    ]);
  });

  it('names an activity by its purpose without a business function, and by its row without either', () => {
    expect(only({ purpose: 'Visitor log\nFire safety' }).activity.name).toBe('Visitor log');
    const { activity, register } = only({ personalData: 'Name', location: 'Reception desk' });
    expect(activity.name).toBe(`Template row ${ICO_FIRST_ACTIVITY_ROW}`);
    expect(register.findings[0]?.place).toEqual({ sheet: 'Template', row: ICO_FIRST_ACTIVITY_ROW });
  });

  it('skips empty rows and the template\'s "e.g." example rows', () => {
    const examples = [['e.g. Finance', 'e.g. Paying suppliers', '', 'eg Suppliers']];
    const register = read({ rows: [PAYROLL, {}, { businessFunction: '   ' }, CCTV], examples });
    expect(register.activities.map((activity) => activity.place.row)).toEqual([ICO_FIRST_ACTIVITY_ROW + 1, ICO_FIRST_ACTIVITY_ROW + 4]);
    expect(register.findings).toEqual([{ place: { sheet: 'Template', row: ICO_FIRST_ACTIVITY_ROW }, message: expect.stringContaining('example') }]);
  });

  it('keeps columns it does not know, and values under no header, as x-ico- fields', () => {
    const sheets = icoSheets({ rows: [CCTV] });
    const template = sheets[1] as SheetGrid;
    (template.rows[8] as string[]).push('Reviewed by');
    (template.rows[9] as string[]).push('Jo Bloggs', 'stray note');
    const register = icoLayout.read(sheets);
    expect(register.activities[0]?.extensions).toMatchObject({ 'x-ico-reviewed-by': 'Jo Bloggs', 'x-ico-column-af': 'stray note' });
    expect(register.findings[0]?.place).toEqual({ sheet: 'Template', row: ICO_FIRST_ACTIVITY_ROW, column: 'AF' });
  });

  it('reads every row of a 2,000-activity register as its own activity', () => {
    const register = read({ rows: icoRows(2000), controller: ICO_CONTROLLER });
    expect(register.activities).toHaveLength(2000);
    expect(new Set(register.activities.map((activity) => activity.name)).size).toBe(2000);
  });

  describe('recognises', () => {
    it('the template, also with some headers reworded or deleted', () => {
      expect(icoLayout.recognises(icoSheets({ rows: [PAYROLL] }))).toBe(true);
      const sheets = icoSheets({ rows: [], headers: { retention: 'Retention', security: 'Security', rights: '', consentLink: '' }, withoutGroups: true });
      expect(icoLayout.recognises(sheets)).toBe(true);
    });

    it('not our own spreadsheet template, a CSV of other headers, or the CNIL model', () => {
      const document = parseExchangeText(readFileSync(fixturePath('bytheway-en'), 'utf8'));
      const ours = toSheets(document).map((sheet) => ({ name: sheet.sheet, rows: [sheet.header, ...sheet.rows] }));
      expect(icoLayout.recognises(ours)).toBe(false);
      const csv = [
        {
          name: 'export.csv',
          rows: [
            ['Name', 'Email', 'Phone', 'Department', 'Purpose', 'Retention'],
            ['Ann', 'ann@example.com', '1', 'HR', 'Payroll', '6y'],
          ],
        },
      ];
      expect(icoLayout.recognises(csv)).toBe(false);
      expect(icoLayout.recognises(cnilSheets({ fiches: CNIL_SAMPLE_FICHES, controller: CNIL_CONTROLLER }))).toBe(false);
      expect(icoLayout.recognises([])).toBe(false);
    });

    it('and the CNIL layout does not take the ICO template', () => {
      expect(cnilLayout.recognises(icoSheets({ rows: ICO_SAMPLE_ROWS, controller: ICO_CONTROLLER }))).toBe(false);
    });
  });

  it('refuses sheets without the template headers', () => {
    expect(() => icoLayout.read([{ name: 'Sheet1', rows: [['Name', 'Email']] }])).toThrow(RegisterError);
  });
});
