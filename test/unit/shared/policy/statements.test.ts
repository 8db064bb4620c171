// The privacy policy never says more than the register: every "we do not …", every legal statement and every cell
// is backed by what the register records, in each of the four languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { buildPrivacyPolicy } from '../../../../shared/policy/build-policy.ts';
import { policyCatalogue } from '../../../../shared/policy/catalogue/index.ts';
import { plainText, type PolicyBlock, type PrivacyPolicy, type PolicySectionId } from '../../../../shared/policy/policy-document.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../../shared/report/languages.ts';
import { fixturePath, FIXTURES } from '../../../support/fixtures.ts';
import { activity, ACTIVITY, organisation, processor, PROCESSOR, register, SUB_PROCESSOR, type RegisterParts } from '../checks/register-builder.ts';

const GENERATED_AT = new Date('2026-12-02T10:00:00Z');

const policyOf = (document: ExchangeDocument, language: ReportLanguage = 'en', published?: { version: number; publishedAt: string }) =>
  buildPrivacyPolicy({ register: document, language, generatedAt: GENERATED_AT, ...(published === undefined ? {} : { published }) });

const policyFrom = (parts: RegisterParts, language: ReportLanguage = 'en') => policyOf(register(parts), language);

function blockText(block: PolicyBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return plainText(block.text);
    case 'list':
      return block.items.map(plainText).join('\n');
    case 'table':
      return [block.header.join(' | '), ...block.rows.map((row) => row.map((cell) => (Array.isArray(cell) ? cell.join('; ') : cell)).join(' | '))].join('\n');
    case 'subheading':
      return block.text;
  }
}

/** The text of the whole policy, or of one section (empty when the section is not printed). */
function textOf(policy: PrivacyPolicy, section?: PolicySectionId): string {
  const sections = policy.sections.filter((entry) => section === undefined || entry.id === section);
  return [policy.versionLine, policy.intro, ...sections.flatMap((entry) => [entry.title, ...entry.blocks.map(blockText)])].join('\n');
}

const sectionIds = (policy: PrivacyPolicy) => policy.sections.map((section) => section.id);
const warningsOf = (policy: PrivacyPolicy) => policy.warnings.map((warning) => warning.message).join('\n');

function fixture(name: string): ExchangeDocument {
  return readExchangeDocument(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
}

describe('1. "we do not transfer" only where the register proves it', () => {
  it('says nothing about transfers, and tells the DPO, where an activity records none but has not confirmed none', () => {
    for (const language of REPORT_LANGUAGES) {
      const policy = policyFrom({ activities: [activity(ACTIVITY, { confirmedNone: [] })] }, language);
      expect(textOf(policy)).not.toContain(policyCatalogue(language).transfers.none);
      expect(sectionIds(policy)).not.toContain('transfers');
      expect(warningsOf(policy)).toMatch(/the policy says nothing about transfers/);
    }
  });

  it('says "we do not transfer" where every activity confirmed none and every processor keeps the data in the EEA', () => {
    for (const language of REPORT_LANGUAGES) {
      const policy = policyFrom({ processors: [processor(PROCESSOR)], activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })] }, language);
      expect(textOf(policy, 'transfers')).toContain(policyCatalogue(language).transfers.none);
    }
  });

  it('lists the transfer a processor outside the EEA makes, never "none", though the activity confirmed none of its own', () => {
    const parts = {
      processors: [processor(PROCESSOR, { name: 'Mailer Inc', country: 'US', dpfCertified: true })],
      activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })],
    };
    for (const language of REPORT_LANGUAGES) {
      const policy = policyFrom(parts, language);
      const transfers = textOf(policy, 'transfers');
      expect(transfers).not.toContain(policyCatalogue(language).transfers.none);
      expect(transfers).toContain('Mailer Inc');
      expect(transfers).toContain(policyCatalogue(language).mechanisms.dpf.slice(1));
    }
  });

  it('does not say "none" where a processor of the activity has no recorded location (it may keep the data anywhere)', () => {
    const policy = policyFrom({ processors: [processor(PROCESSOR, { country: undefined })], activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })] });
    expect(textOf(policy)).not.toContain(policyCatalogue('en').transfers.none);
  });

  it('BY THE WAY: the US processor of §4 is never denied as a transfer in §5, in every language', () => {
    const document = fixture('bytheway-en');
    const abroad = document.processors.filter((entry) => entry.country === 'US' || (entry.dataLocations ?? []).includes('US'));
    expect(abroad.length).toBeGreaterThan(0);
    for (const language of REPORT_LANGUAGES) {
      const policy = policyOf(document, language);
      expect(textOf(policy)).not.toContain(policyCatalogue(language).transfers.none);
    }
  });
});

describe('2. a transfer without a valid tool is never published with it', () => {
  it('leaves a Privacy Shield transfer out of the policy, in every language, and tells the DPO', () => {
    const transfers = [{ country: 'US', recipient: 'Old Cloud LLC', mechanism: 'privacy-shield' }];
    for (const language of REPORT_LANGUAGES) {
      const policy = policyFrom({ activities: [activity(ACTIVITY, { confirmedNone: [], transfers })] }, language);
      const catalogue = policyCatalogue(language);
      expect(textOf(policy)).not.toContain(catalogue.mechanisms['privacy-shield'].slice(0, 30));
      expect(textOf(policy)).not.toContain('Old Cloud LLC');
      expect(warningsOf(policy)).toMatch(/privacy-shield: the transfer is left out/);
    }
  });
});

describe('3. automated decisions as the register records them', () => {
  const structured = (making: Record<string, unknown>) => ({ activities: [activity(ACTIVITY, { automatedDecisionMaking: making })] });

  it('claims nothing from a free-text description alone: no Art. 22 text, no Art. 22 right, a warning for the DPO', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const policy = policyFrom(
        { activities: [activity(ACTIVITY, { automatedDecisions: 'No decisions with legal or similarly significant effects' })] },
        language,
      );
      expect(sectionIds(policy)).not.toContain('automated');
      expect(textOf(policy)).not.toContain(catalogue.rights.automated);
      expect(textOf(policy)).not.toContain('No decisions with legal');
      expect(warningsOf(policy)).toMatch(/solely automated/);
    }
  });

  it('states Art. 22 and its right only for solely automated decisions with legal or similarly significant effects', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const policy = policyFrom(
        structured({
          solelyAutomated: true,
          significantEffects: true,
          profiling: true,
          logic: 'A credit score from payment history',
          consequences: 'An order may be refused',
        }),
        language,
      );
      expect(textOf(policy, 'automated')).toContain(catalogue.automated.decisionsIntro(true));
      expect(textOf(policy, 'automated')).toContain('A credit score from payment history');
      expect(textOf(policy, 'rights')).toContain(catalogue.rights.automated);
    }
  });

  it('describes profiling without such decisions as profiling, with no Art. 22 text or right', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const policy = policyFrom(
        structured({ solelyAutomated: false, significantEffects: false, profiling: true, logic: 'Offers chosen by past purchases' }),
        language,
      );
      const automated = textOf(policy, 'automated');
      expect(automated).toContain(catalogue.automated.profilingIntro);
      expect(automated).toContain(catalogue.automated.noSignificantDecisions);
      expect(automated).not.toContain(catalogue.automated.decisionsIntro(true));
      expect(textOf(policy)).not.toContain(catalogue.rights.automated);
    }
  });
});

describe('4. complaints: the authority of the person’s Member State, the representative, a national authority as what it is', () => {
  const ukrainian = {
    organisations: [organisation({ name: 'Kyiv Shop LLC', country: 'UA', representative: { name: 'EU Rep s.r.o.', email: 'rep@eurep.test' } })],
  };

  it('presents the Ukrainian authority as a national authority outside the EEA, named in the policy’s language, and names the representative', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const rights = textOf(policyFrom(ukrainian, language), 'rights');
      const country = new Intl.DisplayNames([language], { type: 'region' }).of('UA') as string;
      expect(rights).toContain(catalogue.rights.complaint);
      expect(rights).toContain(catalogue.rights.nationalAuthority(country));
      expect(rights).not.toContain(catalogue.rights.authority);
      expect(rights).toContain(catalogue.rights.representative);
      expect(rights).toContain('EU Rep s.r.o.');
    }
    expect(textOf(policyFrom(ukrainian, 'en'), 'rights')).toContain('Ukrainian Parliament Commissioner for Human Rights');
    expect(textOf(policyFrom(ukrainian, 'bg'), 'rights')).toContain('Комисар на Върховната рада на Украйна по правата на човека');
  });

  it('names the authority of the Member State where an EEA controller is established', () => {
    for (const language of REPORT_LANGUAGES) {
      const rights = textOf(policyFrom({}, language), 'rights');
      expect(rights).toContain(policyCatalogue(language).rights.authority);
      expect(rights).toContain('Informacijski pooblaščenec Republike Slovenije');
    }
  });
});

describe('5. the Art. 27 representative only for a controller outside the EEA', () => {
  it('prints no representative, and no "we are not established in the Union", for an Irish company that filled the field in', () => {
    const irish = { organisations: [organisation({ name: 'Dublin Ltd', country: 'IE', representative: { name: 'Someone' } })] };
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const policy = policyFrom(irish, language);
      expect(textOf(policy)).not.toContain(catalogue.controller.representativeIntro);
      expect(textOf(policy)).not.toContain('Someone');
      expect(warningsOf(policy)).toMatch(/Art. 27 concerns only controllers outside the EEA/);
    }
  });

  it('introduces the representative for a controller outside the EEA, in every language', () => {
    for (const language of REPORT_LANGUAGES) {
      const policy = policyFrom({ organisations: [organisation({ country: 'UA', representative: { name: 'EU Rep s.r.o.' } })] }, language);
      expect(textOf(policy, 'controller')).toContain(policyCatalogue(language).controller.representativeIntro);
      expect(textOf(policy, 'controller')).toContain('EU Rep s.r.o.');
    }
  });
});

describe('6. withdrawal of consent derived from Art. 6(1)(a) and Art. 9(2)(a)', () => {
  it('states the right to withdraw consent where the only consent is explicit consent to special-category data', () => {
    const explicit = activity(ACTIVITY, {
      legalBases: [{ basis: 'contract' }],
      dataCategories: [{ name: 'Health data', special: true }],
      specialCategoryConditions: ['art9-2-a'],
    });
    for (const language of REPORT_LANGUAGES) {
      expect(textOf(policyFrom({ activities: [explicit] }, language), 'rights')).toContain(policyCatalogue(language).rights.withdrawal);
    }
  });
});

describe('7. EEA destinations are never transfers', () => {
  it('leaves a transfer to Germany out of the transfers section, in every language', () => {
    const german = activity(ACTIVITY, { confirmedNone: [], transfers: [{ country: 'DE', recipient: 'Berlin Hosting GmbH', mechanism: 'adequacy' }] });
    for (const language of REPORT_LANGUAGES) {
      const transfers = textOf(policyFrom({ activities: [german] }, language), 'transfers');
      expect(transfers).not.toContain('Berlin Hosting GmbH');
      expect(transfers).not.toContain(new Intl.DisplayNames([language], { type: 'region' }).of('DE') as string);
    }
  });
});

describe('8. public text is published, internal notes never', () => {
  const notes = activity(ACTIVITY, {
    description: 'Internal: moved from the old CRM in 2024',
    publicDescription: 'We send you our newsletter when you ask for it.',
    notes: 'Check with marketing whether the list is still used',
    securityMeasures: ['Two marketing staff with access'],
    legalBases: [{ basis: 'legal-obligation', detail: '(no law named)' }],
  });

  it('prints the public description, and neither the internal description, the notes, the activity’s internal measures nor a bracketed note', () => {
    for (const language of REPORT_LANGUAGES) {
      const text = textOf(policyFrom({ activities: [notes] }, language));
      expect(text).toContain('We send you our newsletter when you ask for it.');
      for (const internal of ['Internal: moved', 'Check with marketing', 'Two marketing staff', '(no law named)']) expect(text).not.toContain(internal);
    }
  });

  it('publishes only the measures the organisation wrote for the public, after a general sentence that is always there', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const none = textOf(policyFrom({ activities: [notes] }, language), 'security');
      expect(none).toContain(catalogue.security.general);
      const published = textOf(
        policyFrom({ organisations: [organisation({ publicSecurityMeasures: ['Encryption of data in transit'] })], activities: [notes] }, language),
        'security',
      );
      expect(published).toContain('Encryption of data in transit');
      expect(published).not.toContain('Two marketing staff');
    }
  });

  it('BTC: "Rok hrambe v politiki ni določen." is the DPO’s note that no period is known, never a published period', () => {
    for (const language of REPORT_LANGUAGES) {
      const policy = policyOf(fixture('btc-sl'), language);
      expect(textOf(policy)).not.toContain('ni določen');
    }
    expect(warningsOf(policyOf(fixture('btc-sl'), 'sl'))).toMatch(/sets no limit and is left out of the policy/);
  });
});

describe('9. no blank cells', () => {
  it('fills every cell of every table of both fixtures’ policies, in every language', () => {
    for (const name of FIXTURES) {
      for (const language of REPORT_LANGUAGES) {
        for (const section of policyOf(fixture(name), language).sections) {
          for (const block of section.blocks) {
            if (block.kind !== 'table') continue;
            for (const row of block.rows)
              for (const cell of row) expect(Array.isArray(cell) ? cell.length : cell.trim().length, `${name} ${language} ${section.id}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('lists a recipient without a recorded country on its line without a blank, and tells the DPO', () => {
    const policy = policyFrom({
      processors: [processor(PROCESSOR, { name: 'Nowhere Ltd', country: undefined, service: 'Hosting' })],
      activities: [activity(ACTIVITY, { processorIds: [PROCESSOR] })],
    });
    expect(textOf(policy, 'recipients')).toContain(`Nowhere Ltd — ${policyCatalogue('en').recipients.roles.processor}: Hosting`);
    expect(warningsOf(policy)).toMatch(/Nowhere Ltd.*country/);
  });

  it('names a sub-processor keeping the data abroad with the processor that engaged it', () => {
    const parts = {
      processors: [processor(PROCESSOR, { name: 'Helpdesk Ltd' }), processor(SUB_PROCESSOR, { name: 'Cloud Co', parentId: PROCESSOR, country: 'JP' })],
      activities: [activity(ACTIVITY, { confirmedNone: [], processorIds: [PROCESSOR] })],
    };
    expect(textOf(policyFrom(parts), 'transfers')).toContain('Cloud Co (sub-processor of Helpdesk Ltd)');
  });
});

describe('a policy not yet published', () => {
  it('promises no version number at its top, in every language', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const draft = textOf(policyFrom({}, language), 'changes');
      expect(draft).toContain(catalogue.changes.textUnpublished);
      expect(draft).not.toContain(catalogue.changes.text);
      const published = policyOf(register({}), language, { version: 2, publishedAt: '2026-12-01' });
      expect(textOf(published, 'changes')).toContain(catalogue.changes.text);
    }
  });
});

describe('review: what a transfer row may claim', () => {
  it('leaves out a DPF transfer whose recipient the register does not record as certified, in every language', () => {
    const parts = {
      processors: [processor(PROCESSOR, { name: 'Mailer Inc', country: 'US' })],
      activities: [
        activity(ACTIVITY, { confirmedNone: [], processorIds: [PROCESSOR], transfers: [{ country: 'US', processorId: PROCESSOR, mechanism: 'dpf' }] }),
      ],
    };
    for (const language of REPORT_LANGUAGES) {
      const policy = policyFrom(parts, language);
      expect(textOf(policy, 'transfers')).not.toContain(policyCatalogue(language).mechanisms.dpf.slice(1));
      expect(warningsOf(policy)).toMatch(/certification under the Data Privacy Framework/);
    }
  });

  it('never publishes safeguards that name the Privacy Shield or repealed clauses, whatever the mechanism', () => {
    for (const safeguards of ['Privacy Shield certification and SCC', 'Clauses of Decision 2010/87/EU']) {
      const transfers = [{ country: 'IN', recipient: 'Pune Support Pvt', mechanism: 'bcr', safeguards }];
      const policy = policyFrom({ activities: [activity(ACTIVITY, { confirmedNone: [], transfers })] });
      expect(textOf(policy, 'transfers')).toContain('Pune Support Pvt');
      expect(textOf(policy)).not.toContain(safeguards);
    }
  });

  it('finds the processor a transfer names by its recipient, as the checks do: a certified US processor’s transfer is listed', () => {
    const parts = {
      processors: [processor(PROCESSOR, { name: 'Mailer Inc', country: 'US', dpfCertified: true })],
      activities: [activity(ACTIVITY, { confirmedNone: [], processorIds: [PROCESSOR], transfers: [{ country: 'US', recipient: 'Mailer Inc' }] })],
    };
    expect(textOf(policyFrom(parts), 'transfers')).toContain('Mailer Inc');
  });

  it('says "including profiling" in the Art. 22 text only where profiling is recorded, and leaves out a decision without its logic', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const making = {
        solelyAutomated: true,
        significantEffects: true,
        profiling: false,
        logic: 'A fixed rule on the order value',
        consequences: 'An order may be refused',
      };
      const policy = policyFrom({ activities: [activity(ACTIVITY, { automatedDecisionMaking: making })] }, language);
      expect(textOf(policy, 'automated')).toContain(catalogue.automated.decisionsIntro(false));
      const bare = policyFrom({ activities: [activity(ACTIVITY, { automatedDecisionMaking: { ...making, logic: undefined } })] }, language);
      expect(sectionIds(bare)).not.toContain('automated');
      expect(warningsOf(bare)).toMatch(/the decision is left out of the policy/);
    }
  });
});
