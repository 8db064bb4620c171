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
  it('prints "Not recorded" for every Art. 30 item the register leaves empty, and warns about each', () => {
    const report = buildRegisterReport(input(sparseRegister()));
    const content = contentOf(report);
    const value = (heading: string, label: string) => rowsUnder(content, heading).find(([name]) => name === label)?.[1];

    expect(value('(c)', 'Categories of data subjects')).toBe('Not recorded');
    expect(value('(b)', 'Legal basis (Art. 6(1))')).toBe('Not recorded');
    expect(value('(b)', 'Conditions for special categories or criminal-offence data (Art. 9(2), Art. 10)')).toBe('Not recorded');
    expect(value('(d)', 'Categories of recipients')).toBe('Not recorded');
    expect(value('(e)', 'Transfers')).toBe('Not recorded');
    expect(value('(f)', 'Time limit for erasure')).toBe('Not recorded');
    expect(value('(g)', 'Security measures')).toBe('Not recorded');
    expect(value('(a)', 'Data protection officer')).toBe('Not recorded');
    expect(value('(c)', 'Categories of personal data')).toContain('Health data (special category (Art. 9))');

    const notRecorded = report.warnings.filter((warning) => warning.kind === 'not-recorded').map((warning) => warning.message);
    expect(notRecorded).toEqual(expect.arrayContaining([
      'PA-0001 "Visitor log": not recorded: the time limit for erasure',
      'PA-0001 "Visitor log": not recorded: the security measures',
    ]));
    expect(notRecorded.length).toBeGreaterThanOrEqual(8);
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
