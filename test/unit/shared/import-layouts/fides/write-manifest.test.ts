// Writing the register as a Fides manifest: what each field becomes, nothing stated the register does not say, and
// the round trip (a manifest written and read back gives the same purposes, legal bases, subjects, categories,
// retention and transfers), both for a register kept in RoPA Desk and for one imported from a manifest.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { ExchangeDocument } from '../../../../../shared/exchange/read.ts';
import { buildLayoutImport } from '../../../../../shared/import-layouts/build-document.ts';
import { readFidesManifest } from '../../../../../shared/import-layouts/fides/read-manifest.ts';
import { toFidesManifest } from '../../../../../shared/import-layouts/fides/write-manifest.ts';
import type { ImportedActivity, ImportedRegister } from '../../../../../shared/import-layouts/imported-register.ts';
import { activity, organisation, processor, register } from '../../checks/register-builder.ts';
import { companyManifest } from '../../../../support/layouts/fides-company-manifest.ts';

const NEWSLETTER = '00000000-0000-4000-8000-0000000000c1';
const RECRUITMENT = '00000000-0000-4000-8000-0000000000c2';
const PAYROLL = '00000000-0000-4000-8000-0000000000c3';
const DRAFT = '00000000-0000-4000-8000-0000000000c4';
const MAILER = '00000000-0000-4000-8000-0000000000d1';
const HOSTING = '00000000-0000-4000-8000-0000000000d2';

/** A register kept in RoPA Desk: no Fides keys recorded anywhere. */
function ownRegister(): ExchangeDocument {
  return register({
    organisations: [
      organisation({
        name: 'Acme d.o.o.',
        phone: '+386 1 234 5678',
        dpo: { name: 'Maja Novak', email: 'dpo@acme.test' },
        representative: { name: 'Acme EU Rep GmbH', email: 'rep@acme.test' },
      }),
    ],
    processors: [
      processor(MAILER, {
        name: 'CloudMail Inc.',
        country: 'US',
        dataLocations: ['US', 'DE'],
        service: 'Newsletter delivery',
        contact: 'privacy@cloudmail.test',
      }),
      processor(HOSTING, { name: 'Hosting GmbH', country: 'DE' }),
    ],
    activities: [
      activity(NEWSLETTER, {
        name: 'Newsletter',
        purposes: ['Newsletter'],
        legalBases: [{ basis: 'consent' }],
        dataSubjects: ['Subscribers'],
        dataCategories: [{ name: 'Email address' }, { name: 'Reading habits' }],
        retention: '24 months after unsubscribing',
        processorIds: [MAILER, HOSTING],
        transfers: [{ country: 'US', processorId: MAILER, mechanism: 'dpf' }],
        confirmedNone: [],
        recipients: [],
      }),
      activity(RECRUITMENT, {
        name: 'Recruitment',
        purposes: ['Recruitment'],
        legalBases: [{ basis: 'legitimate-interests', detail: 'Finding the right candidates' }, { basis: 'contract' }],
        specialCategoryConditions: ['art9-2-b', 'art10'],
        dataSubjects: ['Job applicants'],
        dataCategories: [{ name: 'Name' }, { name: 'Health data', special: true }, { name: 'Criminal record extracts', special: true }],
        retention: '180 days',
        recipients: ['Hiring managers'],
        processorIds: [HOSTING],
        confirmedNone: ['transfers'],
        owner: 'HR',
      }),
      activity(PAYROLL, {
        name: 'Payroll',
        purposes: ['Paying salaries', 'Tax reporting'],
        legalBases: [{ basis: 'legal-obligation' }],
        dataSubjects: ['Employees'],
        dataCategories: [{ name: 'Bank account details' }],
        retention: '10 years',
        recipients: [],
        confirmedNone: ['recipients'],
        transfers: [{ country: 'CH', recipient: 'Payroll bureau AG', mechanism: 'adequacy' }],
        dpia: { required: true, reference: 'DPIA-7' },
      }),
      activity(DRAFT, {
        name: 'Visitor log',
        status: 'draft',
        public: false,
        purposes: [],
        legalBases: [],
        dataSubjects: [],
        dataCategories: [],
        retention: undefined,
        recipients: [],
        sources: [],
        securityMeasures: [],
        confirmedNone: [],
      }),
    ],
  });
}

type Manifest = { organization: Array<Record<string, unknown>>; system: Array<Record<string, unknown>> } & Record<string, unknown>;

function manifestOf(document: ExchangeDocument, language?: string): Manifest {
  // Through YAML text and back, as the file is: what a reader sees is what was serialised.
  return parse(stringify(toFidesManifest(document, language), { aliasDuplicateObjects: false })) as Manifest;
}

function declarations(manifest: Manifest): Array<Record<string, unknown>> {
  return manifest.system.flatMap((system) => system['privacy_declarations'] as Array<Record<string, unknown>>);
}

function declarationNamed(manifest: Manifest, name: string): Record<string, unknown> {
  const found = declarations(manifest).find((declaration) => declaration['name'] === name);
  if (found === undefined) throw new Error(`no declaration "${name}"`);
  return found;
}

function systemKeyed(manifest: Manifest, key: string): Record<string, unknown> {
  const found = manifest.system.find((system) => system['fides_key'] === key);
  if (found === undefined) throw new Error(`no system "${key}" in ${manifest.system.map((system) => String(system['fides_key'])).join(', ')}`);
  return found;
}

/** The fields the round trip keeps, as the reader gives them. */
function essentials(activity: ImportedActivity) {
  return {
    name: activity.name,
    purposes: activity.purposes,
    legalBases: activity.legalBases,
    specialCategoryConditions: activity.specialCategoryConditions,
    dataSubjects: activity.dataSubjects,
    dataCategories: activity.dataCategories,
    retention: activity.retention,
    transfers: activity.transfers.map(({ country, mechanism }) => ({ country, mechanism })),
  };
}

/** The same fields of the register's own activities. */
function registerEssentials(document: ExchangeDocument) {
  return document.activities.map((record) => ({
    name: record.name,
    purposes: record.purposes,
    legalBases: record.legalBases ?? [],
    specialCategoryConditions: record.specialCategoryConditions ?? [],
    dataSubjects: record.dataSubjects,
    dataCategories: record.dataCategories,
    retention: record.retention,
    transfers: (record.transfers ?? []).map(({ country, mechanism }) => ({ country, mechanism })),
  }));
}

describe('a register kept in RoPA Desk, as a manifest', () => {
  const document = ownRegister();
  const manifest = manifestOf(document);

  it('writes the organisation as Fides’s default organization, with its contacts', () => {
    expect(manifest.organization).toEqual([
      {
        fides_key: 'default_organization',
        name: 'Acme d.o.o.',
        controller: { name: 'Acme d.o.o.', address: 'Dunajska 1, Ljubljana', email: 'privacy@acme.test', phone: '+386 1 234 5678' },
        data_protection_officer: { name: 'Maja Novak', email: 'dpo@acme.test' },
        representative: { name: 'Acme EU Rep GmbH', email: 'rep@acme.test' },
      },
    ]);
  });

  it('maps a purpose to a Fides data use only when it is the data use’s own name; else a custom use named by it', () => {
    expect(declarationNamed(manifest, 'Recruitment')['data_use']).toBe('employment.recruitment');
    expect(declarationNamed(manifest, 'Newsletter')['data_use']).toBe('custom_newsletter');
    expect(manifest['data_use']).toContainEqual({ fides_key: 'custom_newsletter', name: 'Newsletter' });
    expect(manifest['data_use']).not.toContainEqual(expect.objectContaining({ fides_key: 'employment.recruitment' }));
  });

  it('writes built-in categories and subjects by their keys, custom ones under user.custom_… and custom_…', () => {
    expect(declarationNamed(manifest, 'Newsletter')['data_categories']).toEqual(['user.contact.email', 'user.custom_reading_habits']);
    expect(declarationNamed(manifest, 'Recruitment')['data_categories']).toEqual(['user.name', 'user.health', 'user.custom_criminal_record_extracts']);
    expect(declarationNamed(manifest, 'Recruitment')['data_subjects']).toEqual(['job_applicant']);
    expect(manifest['data_category']).toEqual([
      { fides_key: 'user.custom_reading_habits', name: 'Reading habits', parent_key: 'user' },
      { fides_key: 'user.custom_criminal_record_extracts', name: 'Criminal record extracts', parent_key: 'user', tags: ['special_category'] },
    ]);
    expect(declarationNamed(manifest, 'Payroll')['data_subjects']).toEqual(['employee']);
    expect(manifest['data_subject']).toEqual([{ fides_key: 'custom_subscribers', name: 'Subscribers' }]);
  });

  it('writes single legal bases and conditions in fideslang’s words, and the full lists beside them where there are more', () => {
    const newsletter = declarationNamed(manifest, 'Newsletter');
    expect(newsletter['legal_basis_for_processing']).toBe('Consent');
    expect(newsletter['x-ropa-legal-bases']).toBeUndefined();
    const recruitment = declarationNamed(manifest, 'Recruitment');
    expect(recruitment['legal_basis_for_processing']).toBeUndefined();
    expect(recruitment['x-ropa-legal-bases']).toEqual([{ basis: 'legitimate-interests', detail: 'Finding the right candidates' }, { basis: 'contract' }]);
    expect(recruitment['special_category_legal_basis']).toBeUndefined();
    expect(recruitment['x-ropa-special-category-conditions']).toEqual(['art9-2-b', 'art10']);
    expect(recruitment['processes_special_category_data']).toBe(true);
    expect(declarationNamed(manifest, 'Payroll')['x-ropa-purposes']).toEqual(['Paying salaries', 'Tax reporting']);
  });

  it('writes retention in days as fideslang’s number of days, any other wording as written', () => {
    expect(declarationNamed(manifest, 'Recruitment')['retention_period']).toBe('180');
    expect(declarationNamed(manifest, 'Payroll')['retention_period']).toBe('10 years');
  });

  it('splits the organisation’s system where activities differ in what fideslang keeps on a system', () => {
    const keys = manifest.system.map((system) => system['fides_key']);
    expect(keys).toEqual(['ropa_acme_d_o_o', 'ropa_acme_d_o_o_2', 'ropa_acme_d_o_o_3', 'cloudmail_inc', 'hosting_gmbh']);
    const newsletterSystem = systemKeyed(manifest, 'ropa_acme_d_o_o');
    expect(newsletterSystem).toMatchObject({
      name: 'Processing activities of Acme d.o.o.',
      system_type: 'Processing activities',
      organization_fides_key: 'default_organization',
      responsibility: ['Controller'],
      third_country_transfers: ['USA'],
      does_international_transfers: true,
      legal_basis_for_transfers: ['Data Privacy Framework'],
      egress: [
        { fides_key: 'cloudmail_inc', type: 'system' },
        { fides_key: 'hosting_gmbh', type: 'system' },
      ],
    });
    // The draft shares Recruitment's system, but neither confirmed "no transfers" nor has HR as owner: neither is said.
    const recruitmentSystem = systemKeyed(manifest, 'ropa_acme_d_o_o_2');
    expect((recruitmentSystem['privacy_declarations'] as Array<Record<string, unknown>>).map((declaration) => declaration['name'])).toEqual([
      'Recruitment',
      'Visitor log',
    ]);
    expect(recruitmentSystem).not.toHaveProperty('does_international_transfers');
    expect(recruitmentSystem).not.toHaveProperty('administrating_department');
    expect(systemKeyed(manifest, 'ropa_acme_d_o_o_3')).toMatchObject({
      third_country_transfers: ['CHE'],
      legal_basis_for_transfers: ['Adequacy Decision'],
      requires_data_protection_assessments: true,
      dpa_location: 'DPIA-7',
      data_protection_impact_assessment: { is_required: true },
    });
  });

  it('writes each processor as a vendor’s system, with where it keeps data outside the EEA', () => {
    expect(systemKeyed(manifest, 'cloudmail_inc')).toEqual({
      fides_key: 'cloudmail_inc',
      name: 'CloudMail Inc.',
      description: 'Newsletter delivery',
      system_type: 'Third Party',
      organization_fides_key: 'default_organization',
      dpo: 'privacy@cloudmail.test',
      third_country_transfers: ['USA'],
      does_international_transfers: true,
      privacy_declarations: [],
    });
    expect(declarationNamed(manifest, 'Newsletter')['egress']).toEqual(['cloudmail_inc', 'hosting_gmbh']);
    expect(declarationNamed(manifest, 'Recruitment')['egress']).toEqual(['hosting_gmbh']);
  });

  it('states nothing the register does not say', () => {
    const draft = declarationNamed(manifest, 'Visitor log');
    expect(draft).toEqual({
      name: 'Visitor log',
      'x-ropa-id': DRAFT,
      data_use: 'custom_purpose_not_recorded',
      'x-ropa-purposes': [],
      data_categories: [],
      data_subjects: [],
      // Its own (empty) egress: without it, a reader would give it the system's vendor.
      egress: [],
    });
    // Recipients "none" only where the register confirmed none; special data only where a category is special.
    expect(declarationNamed(manifest, 'Newsletter')).not.toHaveProperty('data_shared_with_third_parties');
    expect(declarationNamed(manifest, 'Newsletter')).not.toHaveProperty('processes_special_category_data');
    expect(declarationNamed(manifest, 'Payroll')['data_shared_with_third_parties']).toBe(false);
    expect(declarationNamed(manifest, 'Recruitment')).toMatchObject({ data_shared_with_third_parties: true, third_parties: 'Hiring managers' });
  });

  it('reads back as the same purposes, legal bases, subjects, categories, retention and transfers, under the same ids', () => {
    const read = readFidesManifest(manifest, 'acme.yml');
    // Systems group the activities: read back in the systems' order, each under its own id.
    const again = document.activities.map((record) => read.activities.find((each) => each.id === record.id));
    expect(again.map((each) => each?.id)).toEqual([NEWSLETTER, RECRUITMENT, PAYROLL, DRAFT]);
    expect(again.map((each) => (each === undefined ? undefined : essentials(each)))).toEqual(registerEssentials(document));
    expect(read.processors.map((each) => each.name)).toEqual(['CloudMail Inc.', 'Hosting GmbH']);
    expect(again.map((each) => each?.processorNames)).toEqual([['CloudMail Inc.', 'Hosting GmbH'], ['Hosting GmbH'], [], []]);
    expect(read.findings).toEqual([]);
  });

  it('writes the texts in the language asked for', () => {
    const translated = register({
      activities: [activity(NEWSLETTER, { name: { en: 'Newsletter', sl: 'E-novice' }, purposes: [{ en: 'Newsletter', sl: 'Obveščanje' }] })],
    });
    const slovenian = manifestOf(translated, 'sl');
    expect(declarations(slovenian)[0]).toMatchObject({ name: 'E-novice', data_use: 'custom_obvescanje' });
    expect(slovenian['data_use']).toEqual([{ fides_key: 'custom_obvescanje', name: 'Obveščanje' }]);
  });
});

describe('a register imported from a manifest, written back', () => {
  let next = 0;
  const base = register({ organisations: [organisation({ name: 'Northwind Outfitters GmbH', country: 'DE' })], activities: [] });
  const original = readFidesManifest(companyManifest(), 'northwind.yml');
  const imported = buildLayoutImport(original, base, {
    newId: () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
    now: () => '2026-11-20T12:00:00Z',
  }).document;
  const manifest = manifestOf(imported);
  const again: ImportedRegister = readFidesManifest(manifest, 'northwind-out.yml');

  it('goes back to the same systems, under their keys and names', () => {
    expect(manifest.system.map((system) => [system['fides_key'], system['name']])).toEqual([
      ['hr_platform', 'HR platform'],
      ['newsletter', 'Newsletter'],
      ['checkout', 'Checkout'],
      ['stripe', 'Stripe'],
      ['mailchimp', 'Mailchimp'],
    ]);
  });

  it('writes back every key it read, and the fields the register had no place for', () => {
    expect(declarationNamed(manifest, 'Payroll and personnel administration')).toMatchObject({
      data_use: 'employment',
      data_categories: [
        'user.name',
        'user.contact.address',
        'user.financial.bank_account',
        'user.government_id.national_identification_number',
        'user.health_and_medical',
      ],
      data_subjects: ['employee'],
      data_qualifier: 'aggregated.anonymized.unlinked_pseudonymized.pseudonymized.identified',
    });
    expect(declarationNamed(manifest, 'Loyalty programme')['data_use']).toBe('marketing.loyalty');
    expect(declarationNamed(manifest, 'Card payments')['egress']).toEqual(['stripe', 'order_db']);
    expect(systemKeyed(manifest, 'checkout')['egress']).toEqual([
      { fides_key: 'order_db', type: 'dataset' },
      { fides_key: 'stripe', type: 'system' },
    ]);
    expect(systemKeyed(manifest, 'hr_platform')).toMatchObject({ tags: ['hr'], system_type: 'Service' });
    expect(systemKeyed(manifest, 'mailchimp')).toMatchObject({ vendor_id: 'gvl.1234', legal_name: 'The Rocket Science Group LLC', name: 'Mailchimp' });
    expect(manifest['data_use']).toEqual([{ fides_key: 'marketing.loyalty', name: 'Loyalty programme rewards', parent_key: 'marketing' }]);
  });

  it('reads back as the activities it was read as', () => {
    const first = original.activities.map(essentials);
    expect(again.activities.map(essentials)).toEqual(
      // "Consnet" fitted no legal basis: it stayed in the notes, and is not written as one.
      first,
    );
    expect(again.activities.map((each) => each.processorNames)).toEqual(original.activities.map((each) => each.processorNames));
    expect(again.activities.map((each) => each.jointControllers)).toEqual(original.activities.map((each) => each.jointControllers));
    expect(again.activities.map((each) => each.role)).toEqual(['controller', 'controller', 'joint-controller', 'joint-controller', 'controller', 'controller']);
    expect(again.processors.map((each) => each.name)).toEqual(['Stripe Payments Europe, Ltd.', 'The Rocket Science Group LLC']);
  });
});
