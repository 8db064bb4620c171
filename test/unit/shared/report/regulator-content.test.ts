import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { buildRegisterReport, type RegisterReport } from '../../../../shared/report/build-report.ts';
import { reportCatalogue } from '../../../../shared/report/catalogue/index.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../../shared/report/languages.ts';
import type { PdfContent } from '../../../../shared/report/pdf-document.ts';
import type { ReportInput } from '../../../../shared/report/report-input.ts';
import { rowsUnder, textOf } from './pdf-text.ts';

// What a supervisory authority asks of the record (Art. 30(4)), checked on the document definition the backend renders.

const ORGANISATION = '11111111-1111-4111-8111-111111111111';
const ACTIVITY = '22222222-2222-4222-8222-222222222222';
const PROCESSOR_ACTIVITY = '22222222-2222-4222-8222-222222222223';
const ZENDESK = '55555555-5555-4555-8555-555555555551';
const MAILER = '55555555-5555-4555-8555-555555555552';
const BARE = '55555555-5555-4555-8555-555555555553';
const TIKTOK = '55555555-5555-4555-8555-555555555554';
const FACEBOOK = '55555555-5555-4555-8555-555555555555';
const meta = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };

/**
 * An organisation in Ukraine (outside the EEA) with no address, no representative and no authority recorded; its
 * activity uses three processors, names two controllers among its processor records, and records transfers whose
 * tools are each wrong in their own way.
 */
function register(): ExchangeDocument {
  return readExchangeDocument({
    format: 'ropa-exchange',
    version: 1,
    exportedAt: '2026-11-20T12:00:00Z',
    register: { id: '33333333-3333-4333-8333-333333333333', name: 'Test register', defaultLanguage: 'en' },
    organisations: [{ id: ORGANISATION, ...meta, name: 'Odesa Media LLC', country: 'UA' }],
    processors: [
      {
        id: ZENDESK,
        ...meta,
        name: 'Zendesk, Inc.',
        service: 'Help desk',
        country: 'IE',
        dataLocations: ['IE'],
        registrationNumber: 'IE-519043',
        vatId: 'IE9825613N',
        dpa: { signedOn: '2025-03-02', reference: 'DPA-17' },
      },
      { id: MAILER, ...meta, name: 'Mailer GmbH', service: 'Newsletters', country: 'DE', dataLocations: ['DE'], dpa: {} },
      { id: BARE, ...meta, name: 'Bare Hosting' },
      { id: TIKTOK, ...meta, kind: 'independent-controller', name: 'TikTok Technology Limited', country: 'IE', dpa: {} },
      { id: FACEBOOK, ...meta, kind: 'joint-controller', name: 'Meta Platforms Ireland', country: 'IE' },
    ],
    activities: [
      {
        id: ACTIVITY,
        ...meta,
        organisationId: ORGANISATION,
        role: 'controller',
        name: 'Audience analytics',
        purposes: ['Measuring the audience'],
        legalBases: [{ basis: 'consent' }],
        dataSubjects: ['Visitors'],
        dataCategories: [{ name: 'Online identifiers' }],
        recipients: ['Advertising agencies'],
        processorIds: [ZENDESK, MAILER, BARE, TIKTOK, FACEBOOK],
        transfers: [
          { country: 'US', recipient: 'Old Analytics Inc.', mechanism: 'privacy-shield', safeguards: 'Certified in 2019' },
          { country: 'US', recipient: 'Legacy CRM Inc.', mechanism: 'scc', safeguards: 'Clauses of Decision 2010/87/EU' },
          { country: 'JP', recipient: 'Tokyo Metrics KK', mechanism: 'dpf', safeguards: 'Certified' },
          { country: 'IN', recipient: 'Pune Support Pvt', mechanism: 'adequacy' },
          { country: 'CH', recipient: 'Zurich Archive AG', mechanism: 'adequacy' },
          { country: 'BR', recipient: 'Sao Paulo Ads', mechanism: 'scc' },
          { country: 'AU', recipient: 'Sydney Labs' },
          { country: 'DE', recipient: 'Frankfurt Backup', mechanism: 'adequacy' },
        ],
        retention: 'Two years',
        securityMeasures: ['Pseudonymisation'],
        public: false,
        status: 'active',
      },
      {
        id: PROCESSOR_ACTIVITY,
        ...meta,
        organisationId: ORGANISATION,
        role: 'processor',
        name: 'Hosting for clients',
        purposes: ['Hosting'],
        dataSubjects: ['Clients’ users'],
        dataCategories: [{ name: 'Account data' }],
        controllers: [{ name: 'Client Ltd' }],
        retention: 'End of the contract',
        confirmedNone: ['transfers', 'processors'],
        public: false,
        status: 'active',
        owner: 'Head of IT',
        lastReviewedOn: '2026-01-15',
        nextReviewOn: '2026-12-02',
      },
    ],
  });
}

function input(document: ExchangeDocument, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    register: document,
    references: { [ACTIVITY]: 'PA-0001', [PROCESSOR_ACTIVITY]: 'PA-0002' },
    revision: 7,
    fingerprint: 'ab'.repeat(32),
    language: 'en',
    includeDrafts: false,
    generatedAt: new Date('2026-12-01T10:00:00Z'),
    ...overrides,
  };
}

const contentOf = (report: RegisterReport) => report.blocks.flatMap((block) => block.content);
const build = (language: ReportLanguage = 'en', document = register()) => buildRegisterReport(input(document, { language }));

/** Every node of the document definition, depth first (cells, runs, lists, nested tables). */
function nodes(content: unknown): Array<Record<string, unknown>> {
  if (content === null || typeof content !== 'object') return [];
  if (Array.isArray(content)) return content.flatMap(nodes);
  const node = content as Record<string, unknown>;
  const children = ['text', 'stack', 'ul', 'columns'].flatMap((key) => nodes(node[key]));
  const table = node['table'] as { body?: unknown } | undefined;
  return [node, ...children, ...nodes(table?.body)];
}

/** Whether a node printing exactly `text` (as a whole) is in the red of "Not recorded". */
function isRed(content: unknown, text: string): boolean {
  return nodes(content).some((node) => node['style'] === 'notRecorded' && textOf(node as PdfContent) === text);
}

/** The data rows (header left out) of the tables an annex prints after its heading. */
function annexRows(content: readonly PdfContent[], title: string): PdfContent[][] {
  const at = content.findIndex((node) => typeof node === 'object' && !Array.isArray(node) && 'text' in node && node.text === title);
  const tables = nodes(content[at + 1]).filter((node) => 'table' in node) as Array<{ table: { body: PdfContent[][] } }>;
  return tables.flatMap((table) => table.table.body.slice(1));
}

/** The text of a labelled row of the cover. */
function coverValue(report: RegisterReport, label: string): string | undefined {
  for (const block of report.cover) {
    if (typeof block !== 'object' || Array.isArray(block) || !('table' in block)) continue;
    const row = block.table.body.find((cells) => textOf(cells[0] ?? '') === label);
    if (row !== undefined) return textOf(row[1] ?? '');
  }
  return undefined;
}

describe('the cover', () => {
  it.each(REPORT_LANGUAGES)('names the competent supervisory authority, or says in red it is not recorded (%s)', (language) => {
    const catalogue = reportCatalogue(language);
    const missing = build(language);
    expect(coverValue(missing, catalogue.cover.supervisoryAuthority)).toBe(catalogue.document.notRecorded);
    expect(isRed(missing.cover, catalogue.document.notRecorded)).toBe(true);

    const document = register();
    document.organisations[0]!.supervisoryAuthority = {
      name: { en: 'Information Commissioner', uk: 'Уповноважений', bg: 'Комисия', sl: 'Informacijski pooblaščenec' },
      address: 'Dunajska 22, 1000 Ljubljana',
      website: 'https://www.ip-rs.si',
    };
    const named = coverValue(build(language, document), catalogue.cover.supervisoryAuthority);
    expect(named).toMatch(/^(Information Commissioner|Уповноважений|Комисия|Informacijski pooblaščenec)\n/);
    expect(named).toContain('Dunajska 22, 1000 Ljubljana');
    expect(named).toContain('https://www.ip-rs.si');
  });

  it('says the address is not recorded, rather than printing the country alone as the address', () => {
    const report = build();
    expect(coverValue(report, 'Address')).toBe('Not recorded');
    expect(coverValue(report, 'Country')).toBe('Ukraine');
  });
});

describe('Art. 30(1)(d): recipients and processors', () => {
  it('names independent and joint controllers as recipients, with their role and country, not as processors', () => {
    const rows = rowsUnder(contentOf(build()), '(d)');
    const [recipients, processors] = [
      rows.find(([label]) => label === 'Categories of recipients')?.[1],
      rows.find(([label]) => label === 'Processors and sub-processors')?.[1],
    ];
    expect(recipients).toContain('Advertising agencies');
    expect(recipients).toContain('TikTok Technology Limited — independent controller · Ireland');
    expect(recipients).toContain('Meta Platforms Ireland — joint controller · Ireland');
    expect(processors).toContain('Zendesk, Inc.');
    expect(processors).not.toContain('TikTok');
    expect(processors).not.toContain('Meta Platforms');
  });

  it('leaves controllers out of Annex A and out of the processors counted on the cover', () => {
    const report = build();
    const names = annexRows(contentOf(report), 'Annex A. Processors and sub-processors').map((row) => textOf(row[0] ?? ''));
    expect(names).toEqual(['Zendesk, Inc.', 'Mailer GmbH', 'Bare Hosting']);
    expect(textOf(report.cover)).toContain('2 processing activities, 3 processors and sub-processors');
  });
});

describe('Annex A', () => {
  it('shows each processor’s registration and VAT numbers and the state of its Art. 28 contract, and no blank cell', () => {
    const rows = annexRows(contentOf(build()), 'Annex A. Processors and sub-processors');
    const byName = new Map(rows.map((row) => [textOf(row[0] ?? ''), row]));
    const zendesk = byName.get('Zendesk, Inc.')!.map((cell) => textOf(cell));
    expect(zendesk[4]).toBe('Reg. no.: IE-519043\nVAT: IE9825613N');
    expect(zendesk[5]).toBe('Signed on 2 March 2025\nRef.: DPA-17');
    expect(textOf(byName.get('Mailer GmbH')![5]!)).toBe('Signed (date not recorded)');
    const bare = byName.get('Bare Hosting')!;
    // Service, country, data locations, registration and contract: none recorded, each said so in red.
    expect(bare.slice(1).map((cell) => textOf(cell))).toEqual(Array(5).fill('Not recorded'));
    for (const cell of bare.slice(1)) expect(isRed(cell, 'Not recorded')).toBe(true);
    for (const row of rows) for (const cell of row) expect(textOf(cell).trim()).not.toBe('');
  });

  it.each(REPORT_LANGUAGES)('heads its columns and words the contract in %s', (language) => {
    const catalogue = reportCatalogue(language);
    const content = contentOf(build(language));
    const header = nodes(content)
      .filter((node) => node['style'] === 'tableHeader')
      .map((node) => node['text']);
    expect(header).toContain(catalogue.annex.registration);
    expect(header).toContain(catalogue.annex.dpa);
    expect(textOf(content)).toContain(catalogue.annex.dpaSignedUndated);
  });
});

describe('Art. 27 representative', () => {
  it('prints the row as "Not recorded", in red, in every activity of a controller outside the EEA, in both parts', () => {
    const content = contentOf(build());
    const parts = (nodes(content) as PdfContent[]).filter(
      (node) => typeof node === 'object' && !Array.isArray(node) && 'table' in node && textOf(node.table.body[0]?.[0] ?? '').startsWith('(a)'),
    );
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      const rows = textOf(part).split('\n');
      expect(rows).toContain('Representative (Art. 27) Not recorded');
      expect(isRed(part, 'Not recorded')).toBe(true);
    }
  });

  it('leaves the row out for an organisation in the EEA, even with a representative filled in', () => {
    const document = register();
    const organisation = document.organisations[0]!;
    organisation.country = 'SI';
    organisation.representative = { name: 'Needless Rep' };
    const report = build('en', document);
    expect(textOf(contentOf(report))).not.toContain('Art. 27');
    expect(textOf(report.cover)).not.toContain('Needless Rep');
  });
});

describe('transfers, in item (e) and Annex B', () => {
  const transfersOf = (report: RegisterReport) => {
    const content = contentOf(report);
    const annex = annexRows(content, reportCatalogue(report.document.language as ReportLanguage).annex.transfersTitle);
    const section = content.find(
      (node) => typeof node === 'object' && !Array.isArray(node) && 'table' in node && /^(\(e\)|д\))/.test(textOf(node.table.body[0]?.[0] ?? '')),
    );
    return { annex, section: section as PdfContent & { table: { body: PdfContent[][] } } };
  };

  it('prints a tool that cannot cover the transfer in red, with the reason, as it prints a missing one', () => {
    const { annex, section } = transfersOf(build());
    const reds = [
      'EU–U.S. Privacy Shield — not valid since 16 July 2020 (judgment C-311/18)',
      'Standard data protection clauses (Art. 46(2)(c)) — not valid: the clauses of Decision 2010/87/EU relied on have been repealed',
      'EU–U.S. Data Privacy Framework (adequacy decision, Art. 45) — not valid: the Framework covers only the United States',
      'Adequacy decision (Art. 45) — not valid: no adequacy decision covers this country or international organisation',
    ];
    for (const where of [section, annex]) {
      for (const red of reds) expect(isRed(where, red)).toBe(true);
      expect(isRed(where, 'Standard data protection clauses (Art. 46(2)(c))')).toBe(false);
    }
    const australia = annex.find((row) => textOf(row[1] ?? '') === 'Australia')!;
    expect(isRed(australia[3], 'Not recorded')).toBe(true);
  });

  it.each(REPORT_LANGUAGES)('words the reason in %s, after the tool’s name', (language) => {
    const catalogue = reportCatalogue(language);
    const { annex } = transfersOf(build(language));
    const text = textOf(annex);
    expect(text).toContain(`${catalogue.mechanisms['privacy-shield']} — ${catalogue.transfer.invalid['privacy-shield']}`);
    expect(text).toContain(`${catalogue.mechanisms.adequacy} — ${catalogue.transfer.invalid['adequacy-unfounded']}`);
    expect(text).toContain(`${catalogue.mechanisms.dpf} — ${catalogue.transfer.invalid['dpf-outside-us']}`);
    expect(text).toContain(catalogue.transfer.noSafeguardNeeded);
  });

  it('never leaves a cell blank: no recipient or safeguards is "Not recorded", and an adequate destination needs none', () => {
    const document = register();
    document.activities[0]!.transfers!.push({ country: 'CN', processorId: '99999999-9999-4999-8999-999999999999', mechanism: 'scc' });
    const { annex, section } = transfersOf(build('en', document));
    const sectionRows = section.table.body.slice(2);
    for (const rows of [annex, sectionRows]) {
      for (const row of rows) for (const cell of row) expect(textOf(cell).trim()).not.toBe('');
      const china = rows.find((row) => row.some((cell) => textOf(cell) === 'China'))!;
      expect(china.filter((cell) => isRed(cell, 'Not recorded'))).toHaveLength(2);
      const switzerland = rows.find((row) => row.some((cell) => textOf(cell) === 'Switzerland'))!;
      expect(textOf(switzerland.at(-1)!)).toBe('None needed (adequacy decision)');
      expect(isRed(switzerland.at(-1), 'None needed (adequacy decision)')).toBe(false);
      const brazil = rows.find((row) => row.some((cell) => textOf(cell) === 'Brazil'))!;
      expect(isRed(brazil.at(-1), 'Not recorded')).toBe(true);
    }
  });

  it('never shows a transfer to Germany: inside the EEA it is none', () => {
    const { annex, section } = transfersOf(build());
    expect(textOf(annex)).not.toContain('Germany');
    expect(textOf(section)).not.toContain('Germany');
    expect(textOf(annex)).not.toContain('Frankfurt Backup');
  });

  it('prints item (e)’s transfers in a table across the whole width, under its letter heading and column headings', () => {
    const { section } = transfersOf(build());
    const [heading, columns, ...rows] = section.table.body;
    expect(heading?.[0]).toMatchObject({ colSpan: 4, style: 'letter' });
    expect(textOf(heading?.[0] ?? '')).toMatch(/^\(e\) Transfers/);
    expect(columns?.map((cell) => textOf(cell))).toEqual(['Country', 'Recipient', 'Transfer mechanism', 'Safeguards documented']);
    expect(rows).toHaveLength(7);
    // Heading and column headings repeat on a new page; the heading never stands alone at a page's foot.
    expect(section.table).toMatchObject({ headerRows: 2, keepWithHeaderRows: 1 });
  });
});

describe('the summary table', () => {
  it('prints "Not recorded" in red for an empty owner or review date, and dates in the long form', () => {
    const content = contentOf(build());
    const rows = annexRows(content, 'Summary of processing activities');
    const [controller, processor] = rows.map((row) => row.map((cell) => textOf(cell)));
    expect(controller?.slice(4)).toEqual(['Not recorded', 'Not recorded', 'Not recorded']);
    for (const cell of rows[0]!.slice(4)) expect(isRed(cell, 'Not recorded')).toBe(true);
    expect(processor?.slice(4)).toEqual(['Head of IT', '15 January 2026', '2 December 2026']);
  });
});

describe('dates', () => {
  it.each([
    ['en', '2 December 2026'],
    ['uk', '2 грудня 2026 р.'],
    ['bg', '2 декември 2026 г.'],
    ['sl', '2. decembra 2026'],
  ] as const)('are written one way throughout the %s report: %s', (language, expected) => {
    const text = textOf(contentOf(build(language)));
    expect(text).toContain(expected);
    expect(text).not.toMatch(/\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/);
  });

  it('take the genitive of every Slovenian month', () => {
    const document = register();
    const activity = document.activities[1]!;
    const months = ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'];
    months.forEach((month, index) => {
      activity.nextReviewOn = `2027-${String(index + 1).padStart(2, '0')}-09`;
      expect(textOf(contentOf(build('sl', document)))).toContain(`9. ${month} 2027`);
    });
  });
});

describe('the wording of each language', () => {
  /** Every fixed text of a catalogue, its functions called with a sample argument. */
  const strings = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return strings((value as (...args: string[]) => unknown)('2010/87/EU', '2', '3', '4'));
    if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  };

  it('heads the Bulgarian points of Art. 30 with Cyrillic letters а)–ж) and cites points as буква „б“ от ОРЗД', () => {
    const bg = reportCatalogue('bg');
    const { partController: part, partProcessor } = bg;
    expect([part.a, part.b, part.c, part.d, part.e, part.f, part.g].map((heading) => heading.slice(0, 2))).toEqual(['а)', 'б)', 'в)', 'г)', 'д)', 'е)', 'ж)']);
    expect([partProcessor.a, partProcessor.b, partProcessor.c, partProcessor.d].map((heading) => heading.slice(0, 2))).toEqual(['а)', 'б)', 'в)', 'г)']);
    const texts = strings(bg);
    expect(texts.filter((text) => /буква \S\)|\([a-g]\)/.test(text))).toEqual([]);
    expect(bg.legalBases.contract).toBe('Изпълнение на договор (чл. 6, пар. 1, буква „б“ от ОРЗД)');
    // Every article cited names the Regulation.
    for (const text of texts) for (const cited of text.match(/чл\. \d+[^()]*/g) ?? []) expect(cited).toMatch(/от ОРЗД/);
  });

  it('calls the United States "САЩ" in Bulgarian', () => {
    const text = textOf(contentOf(build('bg')));
    expect(text).toContain('САЩ');
    expect(text).not.toContain('Съединени щати');
  });

  it('calls the register’s revision "različica" in Slovenian, on the cover and in the footer alike', () => {
    const report = build('sl');
    expect(coverValue(report, 'Različica evidence')).toBe('7');
    expect(report.footerText(1, 2)).toBe('Stran 1 od 2 · 1. decembra 2026 · različica 7');
    expect(strings(reportCatalogue('sl')).join(' ')).not.toMatch(/[Rr]evizij/);
  });

  it('writes the Ukrainian apostrophe as ’ only, and erasure as "стирання"', () => {
    const texts = strings(reportCatalogue('uk'));
    expect(texts.filter((text) => /['ʼ]/.test(text))).toEqual([]);
    expect(texts.filter((text) => /видал/.test(text))).toEqual([]);
    expect(texts.some((text) => text.includes('суб’єкт'))).toBe(true);
    expect(reportCatalogue('uk').partController.f).toBe('(f) Передбачені строки стирання');
  });
});

describe('automated decisions in the report', () => {
  it.each(REPORT_LANGUAGES)('prints the structured answer, each question Yes or No, with the logic and the description (%s)', (language) => {
    const document = register();
    const [first] = document.activities;
    if (first === undefined) throw new Error('the register has no activity');
    first.automatedDecisionMaking = { solelyAutomated: true, significantEffects: false, profiling: true, logic: 'Scores from page views' };
    first.automatedDecisions = 'Audience segments for advertising';
    const words = reportCatalogue(language);
    const text = textOf(contentOf(build(language, document)));
    expect(text).toContain(`${words.field.automated.solelyAutomated}: ${words.document.yes}`);
    expect(text).toContain(`${words.field.automated.significantEffects}: ${words.document.no}`);
    expect(text).toContain(`${words.field.automated.profiling}: ${words.document.yes}`);
    expect(text).toContain('Scores from page views');
    expect(text).toContain('Audience segments for advertising');
  });
});

describe('headings kept with what they head', () => {
  it('keeps each activity’s heading, description and first item together on one page, the contents pointing at it', () => {
    const report = build();
    for (const block of report.blocks.filter((entry) => entry.activities === 1)) {
      const [first] = block.content;
      if (typeof first !== 'object' || Array.isArray(first) || !('stack' in first)) throw new Error('an activity begins with a kept-together block');
      expect(first.unbreakable).toBe(true);
      expect(first.id).toMatch(/^activity-/);
      expect(report.contents.map((entry) => entry.id)).toContain(first.id);
      expect(textOf(first)).toContain('(a)');
    }
  });
});
