import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { buildRegisterReport, type RegisterReport } from '../../../../shared/report/build-report.ts';
import type { ReportInput } from '../../../../shared/report/report-input.ts';
import { fixturePath } from '../../../support/fixtures.ts';
import { rowsUnder, textOf } from './pdf-text.ts';

const ORGANISATION = '11111111-1111-4111-8111-111111111111';
const ACTIVITY = '22222222-2222-4222-8222-222222222222';
const meta = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };

/** A register whose one activity is a draft with nothing but a name, a purpose and a data category. */
function sparseRegister(): ExchangeDocument {
  return readExchangeDocument({
    format: 'ropa-exchange',
    version: 1,
    exportedAt: '2026-11-20T12:00:00Z',
    register: { id: '33333333-3333-4333-8333-333333333333', name: 'Sparse register', defaultLanguage: 'en' },
    organisations: [{ id: ORGANISATION, ...meta, name: 'Acme d.o.o.', country: 'SI' }],
    processors: [],
    activities: [
      {
        id: ACTIVITY,
        ...meta,
        organisationId: ORGANISATION,
        role: 'controller',
        name: 'Visitor log',
        purposes: ['Building security'],
        dataSubjects: [],
        dataCategories: [{ name: 'Health data', special: true }],
        public: false,
        status: 'draft',
      },
    ],
  });
}

/** Every block's content in order, as the PDF prints it after the cover. */
const contentOf = (report: RegisterReport) => report.blocks.flatMap((block) => block.content);

function input(register: ExchangeDocument, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    register,
    references: Object.fromEntries(register.activities.map((activity, index) => [activity.id, `PA-${String(index + 1).padStart(4, '0')}`])),
    revision: 7,
    fingerprint: 'ab'.repeat(32),
    language: 'en',
    includeDrafts: true,
    generatedAt: new Date('2026-12-01T10:00:00Z'),
    ...overrides,
  };
}

describe('the register report document', () => {
  it('prints "Not recorded" in red for every Art. 30 item the register leaves empty (the checks list them, not the report)', () => {
    const report = buildRegisterReport(input(sparseRegister()));
    const content = contentOf(report);
    const value = (heading: string, label: string) => rowsUnder(content, heading).find(([name]) => name === label)?.[1];

    expect(value('(c)', 'Categories of data subjects')).toBe('Not recorded');
    expect(value('(b)', 'Legal basis (Art. 6(1))')).toBe('Not recorded');
    expect(value('(b)', 'Conditions for special categories or criminal-offence data (Art. 9(2), Art. 10)')).toBe('Not recorded');
    expect(value('(d)', 'Categories of recipients')).toBe('Not recorded');
    expect(value('(d)', 'Processors and sub-processors')).toBe('Not recorded');
    expect(value('(e)', 'Transfers')).toBe('Not recorded');
    expect(value('(f)', 'Time limit for erasure')).toBe('Not recorded');
    expect(value('(g)', 'Security measures')).toBe('Not recorded');
    expect(value('(a)', 'Data protection officer')).toBe('Not recorded');
    expect(value('Further information', 'Source of the data')).toBe('Not recorded');
    expect(value('(c)', 'Categories of personal data')).toContain('Health data (special category (Art. 9))');
    expect(report.warnings.filter((warning) => warning.kind === 'not-recorded')).toEqual([]);
  });

  it('prints "None" in normal ink for what the DPO confirmed there are none of, and the organisation\'s own measures', () => {
    const register = sparseRegister();
    const [activity] = register.activities;
    if (activity === undefined) throw new Error('no activity');
    activity.confirmedNone = ['transfers', 'recipients', 'processors', 'sources', 'automatedDecisions'];
    const [organisation] = register.organisations;
    if (organisation === undefined) throw new Error('no organisation');
    organisation.securityMeasures = ['Access to the premises by badge only'];
    const content = contentOf(buildRegisterReport(input(register)));
    const rows = (heading: string) => rowsUnder(content, heading);
    const value = (heading: string, label: string) => rows(heading).find(([name]) => name === label)?.[1];

    expect(value('(e)', 'Transfers')).toBe('None');
    expect(value('(d)', 'Categories of recipients')).toBe('None');
    expect(value('(d)', 'Processors and sub-processors')).toBe('None');
    expect(value('Further information', 'Source of the data')).toBe('None: the data are collected from the data subject');
    expect(value('Further information', 'Automated decision-making, including profiling (Art. 22)')).toBe('None');
    expect(rows('(g)')).toEqual([['Measures for the whole organisation', 'Access to the premises by badge only']]);
    // "None" is an answer: printed as text, never in the red of "Not recorded".
    const transfersCell = JSON.stringify(content).match(/"Transfers"[^\]]*/)?.[0] ?? '';
    expect(transfersCell).not.toContain('notRecorded');
  });

  it('leaves transfers inside the EEA out, and shows those that follow from where a sub-processor keeps the data', () => {
    const register = sparseRegister();
    const zendesk = '55555555-5555-4555-8555-555555555555';
    const aws = '66666666-6666-4666-8666-666666666666';
    register.processors.push(
      { id: zendesk, ...meta, name: 'Zendesk, Inc.', country: 'IE', dpa: {} },
      { id: aws, ...meta, name: 'Amazon Web Services', parentId: zendesk, country: 'US', dpa: {} },
    );
    const [activity] = register.activities;
    if (activity === undefined) throw new Error('no activity');
    activity.status = 'active';
    activity.processorIds = [zendesk];
    activity.transfers = [{ country: 'DE', recipient: 'Backup centre', mechanism: 'adequacy' }];
    const content = contentOf(buildRegisterReport(input(register)));
    const text = textOf(content);

    expect(text).not.toContain('Backup centre');
    expect(text).toContain('Amazon Web Services (via Zendesk, Inc.)');
    expect(text).toContain('Not recorded for this activity: follows from where the processor keeps the data');
    expect(text).toMatch(/United States/);
  });

  it('marks the "Not recorded" value in a colour that stands out', () => {
    const report = buildRegisterReport(input(sparseRegister()));
    const style = report.document.styles['notRecorded'];
    expect(style?.color).toMatch(/^#(?:b0|c0|d0|e0)/i);
    expect(JSON.stringify(contentOf(report))).toContain('"style":"notRecorded"');
  });

  it('leaves drafts out unless asked, and marks them as drafts when included', () => {
    const without = buildRegisterReport(input(sparseRegister(), { includeDrafts: false }));
    expect(without.activityCount).toBe(0);
    expect(textOf(contentOf(without))).not.toContain('Visitor log');
    const withDrafts = buildRegisterReport(input(sparseRegister()));
    expect(textOf(contentOf(withDrafts))).toMatch(/PA-0001 {2}Visitor log {2}Draft/);
  });

  it('sets the title, author and language of the PDF, and numbers pages "X of Y" with date and revision', () => {
    const report = buildRegisterReport(input(sparseRegister()));
    expect(report.document.info.title).toBe('Record of processing activities: Acme d.o.o.');
    expect(report.document.info.author).toBe('Acme d.o.o.');
    expect(report.document.language).toBe('en');
    expect(report.footerText(2, 9)).toBe('Page 2 of 9 · 1 December 2026 · revision 7');
  });

  it('lists each text printed in the default language instead of the chosen one', () => {
    const register = readExchangeDocument(JSON.parse(readFileSync(fixturePath('btc-sl'), 'utf8')));
    const report = buildRegisterReport(input(register, { language: 'en', includeDrafts: false }));
    const fallbacks = report.warnings.filter((warning) => warning.kind === 'fallback');
    expect(fallbacks.length).toBeGreaterThan(0);
    expect(fallbacks[0]?.message).toMatch(/no English text, printed in Slovenian$/);
  });

  it('refuses an organisation the register does not have, naming it', () => {
    expect(() => buildRegisterReport(input(sparseRegister(), { organisationId: '44444444-4444-4444-8444-444444444444' }))).toThrow(
      /no organisation with the id 44444444-4444-4444-8444-444444444444/,
    );
  });
});
