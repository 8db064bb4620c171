// Reading a Fides manifest: each value of a realistic company manifest in the field it belongs to, what fits no
// choice kept and told, the fideslang versions' other spellings, and what is no manifest refused with the reason.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFidesManifest } from '../../../../../shared/import-layouts/fides/read-manifest.ts';
import type { ImportedActivity, ImportedRegister } from '../../../../../shared/import-layouts/imported-register.ts';
import { RegisterError } from '../../../../../shared/result.ts';
import { companyManifest } from '../../../../support/layouts/fides-company-manifest.ts';

function activityNamed(register: ImportedRegister, name: string): ImportedActivity {
  const activity = register.activities.find((candidate) => candidate.name === name);
  if (activity === undefined) throw new Error(`no activity "${name}" in ${register.activities.map((each) => each.name).join(', ')}`);
  return activity;
}

function refusal(manifest: unknown): RegisterError {
  try {
    readFidesManifest(manifest, 'manifest.yml');
  } catch (error) {
    if (error instanceof RegisterError) return error;
    throw error;
  }
  throw new Error('the manifest was read');
}

const read = (yaml: string) => readFidesManifest(parse(yaml) as unknown, 'manifest.yml');

describe('a company manifest (fideslang 2.x)', () => {
  const register = readFidesManifest(companyManifest(), 'northwind.yml');

  it('reads one activity per privacy declaration, in the manifest order', () => {
    expect(register.layout).toBe('fides');
    expect(register.activities.map((activity) => activity.name)).toEqual([
      'Payroll and personnel administration',
      'Recruitment',
      'Co-branded newsletter',
      'Loyalty programme',
      'Card payments',
      'Fraud screening',
    ]);
    expect(register.activities.map((activity) => activity.place)).toEqual([
      { sheet: 'system hr_platform', row: 1 },
      { sheet: 'system hr_platform', row: 2 },
      { sheet: 'system newsletter', row: 1 },
      { sheet: 'system newsletter', row: 2 },
      { sheet: 'system checkout', row: 1 },
      { sheet: 'system stripe', row: 1 },
    ]);
  });

  it('reads the organization as the controller, leaving out Fides’s empty and N/A placeholders', () => {
    expect(register.organisation).toEqual({
      name: 'Northwind Outfitters GmbH',
      address: 'Hafenstraße 12, 20457 Hamburg, Germany',
      email: 'privacy@northwind.example',
      phone: '+49 40 123456',
      dpo: { name: 'Dr. Jana Weber', email: 'dpo@northwind.example' },
    });
  });

  it('places every value of the HR declaration with health data', () => {
    const payroll = activityNamed(register, 'Payroll and personnel administration');
    expect(payroll.purposes).toEqual(['Employment and human resources']);
    expect(payroll.legalBases).toEqual([{ basis: 'legal-obligation' }]);
    expect(payroll.specialCategoryConditions).toEqual(['art9-2-b']);
    expect(payroll.dataSubjects).toEqual(['Employees']);
    expect(payroll.dataCategories).toEqual([
      { name: 'Name' },
      { name: 'Postal address' },
      { name: 'Bank account details' },
      { name: 'National identification number' },
      { name: 'Health and medical data', special: true },
    ]);
    expect(payroll.retention).toBe('3650 days');
    expect(payroll.recipients).toEqual(['Tax office', 'Social security institutions']);
    expect(payroll.role).toBe('controller');
    expect(payroll.owner).toBe('People & Culture');
    expect(payroll.description).toBe('Personnel files, payroll and recruitment, hosted by the HR software vendor');
    expect(payroll.securityMeasures).toEqual(['Single sign-on with MFA; personnel files encrypted at rest']);
    expect(payroll.dpia).toEqual({ required: true, reference: 'https://wiki.northwind.example/dpia/hr-platform' });
    expect(payroll.notes).toContain('DPIA progress (Fides): Complete');
    expect(payroll.processorNames).toEqual([]);
    expect(payroll.jointControllers).toEqual([]);
  });

  it('reads the system’s alpha-3 transfer countries, with the one tool it names and its supplementary measures', () => {
    const payroll = activityNamed(register, 'Payroll and personnel administration');
    expect(payroll.transfers).toEqual([{ country: 'US', recipient: 'HR platform', mechanism: 'scc', safeguards: 'Supplementary measures' }]);
    expect(activityNamed(register, 'Fraud screening').transfers).toEqual([
      { country: 'US', recipient: 'Stripe Payments Europe, Ltd.', mechanism: 'scc' },
      { country: 'IN', recipient: 'Stripe Payments Europe, Ltd.', mechanism: 'scc' },
    ]);
  });

  it('reads a retention period YAML wrote as a number as days', () => {
    expect(activityNamed(register, 'Recruitment').retention).toBe('180 days');
    expect(activityNamed(register, 'Card payments').retention).toBe('Ten years after the end of the financial year');
  });

  it('names custom keys by the manifest’s own entries, and unknown keys by their last segment, telling which', () => {
    expect(activityNamed(register, 'Loyalty programme').purposes).toEqual(['Loyalty programme rewards']);
    expect(activityNamed(register, 'Co-branded newsletter').dataSubjects).toEqual(['Customers', 'Newsletter subscribers']);
    expect(activityNamed(register, 'Card payments').dataCategories.map((category) => category.name)).toContain('Hashed IBAN');
    expect(activityNamed(register, 'Recruitment').dataCategories.map((category) => category.name)).toEqual(['Name', 'Email address', 'Work phone', 'Employer']);
    expect(register.findings).toContainEqual({
      place: { sheet: 'system hr_platform', row: 2, column: 'data_categories' },
      message: `"user.contact.work_phone" is neither in Fides's taxonomy nor among the manifest's data_category entries: read as "Work phone"`,
    });
  });

  it('keeps a legal basis that fits no choice in the notes, and says so', () => {
    const newsletter = activityNamed(register, 'Co-branded newsletter');
    expect(newsletter.legalBases).toEqual([]);
    expect(newsletter.notes).toContain('legal_basis_for_processing: "Consnet"');
    expect(register.findings).toContainEqual({
      place: { sheet: 'system newsletter', row: 1, column: 'legal_basis_for_processing' },
      message: `"Consnet" is not one of the legal bases of Art. 6(1): kept in the activity's notes`,
    });
  });

  it('reads a named joint controller as joint control, with its contact', () => {
    for (const name of ['Co-branded newsletter', 'Loyalty programme']) {
      const activity = activityNamed(register, name);
      expect(activity.role).toBe('joint-controller');
      expect(activity.jointControllers).toEqual([{ name: 'Summit Gear AG', contact: 'privacy@summitgear.example' }]);
    }
  });

  it('keeps the legitimate interest assessment’s location in the notes (it is no DPIA)', () => {
    const newsletter = activityNamed(register, 'Co-branded newsletter');
    expect(newsletter.dpia).toBeUndefined();
    expect(newsletter.notes).toContain('Legitimate interest assessment (Fides): https://wiki.northwind.example/lia/newsletter');
  });

  it('reads vendors’ systems as processors, named by their legal name', () => {
    expect(register.processors).toEqual([
      {
        place: { sheet: 'northwind.yml', row: 3, column: 'system mailchimp' },
        name: 'The Rocket Science Group LLC',
        service: 'Sends the newsletter',
        dataLocations: ['US'],
        contact: 'privacy@mailchimp.example',
        extensions: {
          'x-fides-system': 'mailchimp',
          'x-fides-system-name': 'Mailchimp',
          'x-fides-system-legal-name': 'The Rocket Science Group LLC',
          'x-fides-system-system-type': 'Third Party',
          'x-fides-system-vendor-id': 'gvl.1234',
          'x-fides-system-dpo': 'privacy@mailchimp.example',
        },
      },
      {
        place: { sheet: 'northwind.yml', row: 5, column: 'system stripe' },
        name: 'Stripe Payments Europe, Ltd.',
        service: 'Card payment processing',
        dataLocations: ['US', 'IN'],
        extensions: {
          'x-fides-system': 'stripe',
          'x-fides-system-name': 'Stripe',
          'x-fides-system-legal-name': 'Stripe Payments Europe, Ltd.',
          'x-fides-system-system-type': 'Third Party',
        },
      },
    ]);
  });

  it('gives each activity the vendors its system sends data to, or those its own egress names', () => {
    expect(activityNamed(register, 'Co-branded newsletter').processorNames).toEqual(['The Rocket Science Group LLC']);
    expect(activityNamed(register, 'Loyalty programme').processorNames).toEqual(['The Rocket Science Group LLC']);
    expect(activityNamed(register, 'Card payments').processorNames).toEqual(['Stripe Payments Europe, Ltd.']);
    // A vendor's own declaration is processing by that vendor.
    expect(activityNamed(register, 'Fraud screening').processorNames).toEqual(['Stripe Payments Europe, Ltd.']);
  });

  it('keeps the keys and the fields the register has no place for, to write them back', () => {
    const payroll = activityNamed(register, 'Payroll and personnel administration');
    expect(payroll.sourceKey).toBe('hr_platform/Payroll and personnel administration');
    expect(payroll.extensions).toMatchObject({
      'x-fides-system': 'hr_platform',
      'x-fides-system-name': 'HR platform',
      'x-fides-system-system-type': 'Service',
      'x-fides-system-tags': ['hr'],
      'x-fides-declaration': 'Payroll and personnel administration',
      'x-fides-data-qualifier': 'aggregated.anonymized.unlinked_pseudonymized.pseudonymized.identified',
      'x-fides-data-use': { 'Employment and human resources': 'employment' },
      'x-fides-data-subjects': { Employees: 'employee' },
    });
    expect(activityNamed(register, 'Recruitment').extensions['x-fides-features']).toEqual(['Applicant tracking']);
    // The flow to the dataset is kept; the one to the vendor is its processor.
    const payments = activityNamed(register, 'Card payments');
    expect(payments.extensions['x-fides-system-egress']).toEqual([{ fides_key: 'order_db', type: 'dataset' }]);
    expect(payments.extensions['x-fides-egress']).toEqual(['order_db']);
  });

  it('tells nothing else', () => {
    expect(register.findings).toHaveLength(2);
  });
});

describe('fideslang 3.x and 1.x spellings', () => {
  it('reads 3.x’s responsibility, DPIA fields and joint controller text', () => {
    const register = read(`
system:
  - fides_key: crm
    name: CRM
    system_type: Service
    responsibility: [Processor]
    requires_data_protection_assessments: true
    dpa_location: DPIA-2025-07
    dpa_progress: In review
    joint_controller_info: Alpha Ltd (alpha@example.com); Beta SE
    does_international_transfers: true
    privacy_declarations:
      - data_use: essential.service.operations.support
        data_categories: [user.contact.phone_number]
        data_subjects: [customer]
`);
    const [activity] = register.activities;
    expect(activity?.name).toBe('CRM: Customer support');
    expect(activity?.role).toBe('processor');
    expect(activity?.dpia).toEqual({ required: true, reference: 'DPIA-2025-07' });
    expect(activity?.jointControllers).toEqual([{ name: 'Alpha Ltd', contact: 'alpha@example.com' }, { name: 'Beta SE' }]);
    expect(activity?.transfers).toEqual([]);
    expect(activity?.notes).toEqual(['does_international_transfers: "true"', 'DPIA progress (Fides): In review']);
    expect(activity?.sourceKey).toBe('crm/essential.service.operations.support');
  });

  it('leaves the role to the DPO when a system is both controller and processor', () => {
    const register = read(`
system:
  - fides_key: app
    responsibility: [Controller, Processor]
    privacy_declarations:
      - { data_use: essential.service, data_categories: [user.name] }
`);
    expect(register.activities[0]?.role).toBeUndefined();
    expect(register.findings.map((finding) => finding.message)).toContain(
      'says both Controller and Processor: set the role of each of its activities yourself',
    );
  });

  it('reads 1.x category keys, and the legal basis and recipients 1.x kept on a data use', () => {
    const register = read(`
organization:
  fides_key: acme
  name: Acme
system:
  - fides_key: shop
    system_type: Service
    privacy_declarations:
      - name: Orders
        data_use: acme_orders
        data_categories: [user.provided.identifiable.contact.email, user.provided.identifiable.health_and_medical]
        data_subjects: [customer]
data_use:
  - fides_key: acme_orders
    name: Order handling
    legal_basis: Contract
    recipients: [Couriers]
`);
    const [orders] = register.activities;
    expect(register.organisation).toEqual({ name: 'Acme' });
    expect(orders?.purposes).toEqual(['Order handling']);
    expect(orders?.legalBases).toEqual([{ basis: 'contract' }]);
    expect(orders?.recipients).toEqual(['Couriers']);
    expect(orders?.dataCategories).toEqual([{ name: 'Email address' }, { name: 'Health and medical data', special: true }]);
  });

  it('says when special category data is declared but no category is one, and when a custom name sounds special', () => {
    const register = read(`
system:
  - fides_key: clinic
    privacy_declarations:
      - name: Appointments
        data_use: essential.service
        data_categories: [user.name, clinic.trade_union_membership]
        processes_special_category_data: true
        special_category_legal_basis: Health or social care (with a basis in law)
`);
    expect(register.activities[0]?.specialCategoryConditions).toEqual(['art9-2-h']);
    expect(register.findings.map((finding) => finding.message)).toEqual([
      `"clinic.trade_union_membership" is neither in Fides's taxonomy nor among the manifest's data_category entries: read as "Trade union membership"`,
      `"Trade union membership" (clinic.trade_union_membership) sounds like special category data, which the manifest does not say: mark it special if it is`,
      `"true" says special category data are processed, but none of the data categories is one: mark it: kept in the activity's notes`,
    ]);
  });

  it('reads an activity id and the full lists our own manifests keep beside fideslang’s single fields', () => {
    const register = read(`
system:
  - fides_key: ours
    privacy_declarations:
      - name: Research
        x-ropa-id: 6F1C2D3E-4A5B-4C6D-8E7F-001122334455
        data_use: custom_research
        x-ropa-purposes: [Clinical research, Product safety]
        x-ropa-legal-bases: [{ basis: public-task, detail: Research Act § 4 }, { basis: consent }]
        x-ropa-special-category-conditions: [art9-2-j, art10]
        data_categories: [user.health]
`);
    const [research] = register.activities;
    expect(research?.id).toBe('6f1c2d3e-4a5b-4c6d-8e7f-001122334455');
    expect(research?.purposes).toEqual(['Clinical research', 'Product safety']);
    expect(research?.legalBases).toEqual([{ basis: 'public-task', detail: 'Research Act § 4' }, { basis: 'consent' }]);
    expect(research?.specialCategoryConditions).toEqual(['art9-2-j', 'art10']);
  });

  it('reads fideslang’s field instead of one of our lists that a hand edit broke, and says so', () => {
    const register = read(`
system:
  - fides_key: ours
    privacy_declarations:
      - name: Research
        data_use: essential
        legal_basis_for_processing: Consent
        x-ropa-legal-bases: [{ basis: consnet }]
        data_categories: [user.name]
`);
    expect(register.activities[0]?.legalBases).toEqual([{ basis: 'consent' }]);
    expect(register.findings).toEqual([
      {
        place: { sheet: 'system ours', row: 1, column: 'x-ropa-legal-bases' },
        message:
          'is not a list RoPA Desk wrote, and was not read: [0].basis: "consnet" is not one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests',
      },
    ]);
  });

  it('tells of a manifest with datasets only that no activity was read', () => {
    const register = read('dataset:\n  - fides_key: orders\n    collections: []\n');
    expect(register.activities).toEqual([]);
    expect(register.findings.map((finding) => finding.message)).toEqual([
      'has no system: Fides records processing on systems, so no activity was read',
      'its datasets were not read: a dataset says where data are stored, not why they are processed (that is a system’s privacy declaration)',
    ]);
  });
});

describe('what is not a Fides manifest', () => {
  it('refuses a value that is not a mapping', () => {
    for (const value of ['just text', ['system'], null, 42]) {
      const error = refusal(value);
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/^is not a Fides manifest/);
    }
  });

  it('refuses another tool’s YAML, naming the keys a manifest has', () => {
    const error = refusal(parse('services:\n  web:\n    image: nginx\n'));
    expect(error.message).toBe(
      'is not a Fides manifest: it has none of the keys organization:, system:, data_category:, data_use:, data_subject:, dataset:, policy: at its top level',
    );
  });

  it('names the field a system or declaration lacks, and where', () => {
    const noDeclarations = refusal(parse('system:\n  - fides_key: a\n    privacy_declarations: []\n  - fides_key: b\n    name: B\n'));
    expect(noDeclarations.message).toBe(
      'is not a Fides manifest that can be read: system[1].privacy_declarations: is required (every Fides system lists its privacy declarations, even as [])',
    );
    expect(noDeclarations.path).toBe('system[1].privacy_declarations');
    const noUse = refusal(parse('system:\n  - fides_key: a\n    privacy_declarations:\n      - data_categories: [user.name]\n'));
    expect(noUse.message).toBe(
      'is not a Fides manifest that can be read: system[0].privacy_declarations[0].data_use: is required (every privacy declaration names its data use)',
    );
  });

  it('names a value of the wrong type', () => {
    const error = refusal(parse('system:\n  - fides_key: a\n    privacy_declarations:\n      - data_use: x\n        data_categories: user.name\n'));
    expect(error.message).toBe(
      'is not a Fides manifest that can be read: system[0].privacy_declarations[0].data_categories: should be an array, not "user.name"',
    );
  });

  it('refuses a key that could reach a prototype', () => {
    const manifest = JSON.parse('{"system": [{"fides_key": "a", "privacy_declarations": [], "__proto__": {"polluted": true}}]}') as unknown;
    expect(refusal(manifest).message).toBe('system[0].__proto__: a key with this name is not allowed');
  });
});
