// The validation messages a DPO can meet in the editors, produced by the real record schemas of shared/model on bad
// drafts, are each shown in Ukrainian, Bulgarian and Slovenian: none is left in English because the validation
// catalogue lacks it (a message shared/ starts to produce here without a catalogue entry fails this test).
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../../renderer/src/i18n/index.ts';
import { formatDate, formatNumber } from '../../../renderer/src/i18n/format.ts';
import { useIssueText } from '../../../renderer/src/components/form/DraftFormContext.tsx';
import { translateIssue } from '../../../renderer/src/components/form/issueText.ts';
import { fieldIssues } from '../../../shared/model/issues.ts';
import { LIMITS } from '../../../shared/model/limits.ts';
import { recordSchemas } from '../../../shared/model/records.ts';
import { CONFIRMABLE_ITEMS } from '../../../shared/model/vocabulary.ts';

const ID = '0b7c4a1e-5f3d-4c2b-9a8e-1d2c3b4a5f6e';
const activity = {
  organisationId: ID,
  role: 'controller',
  name: 'Payroll',
  purposes: ['Paying staff'],
  dataSubjects: ['Employees'],
  dataCategories: [{ name: 'Bank details' }],
  public: false,
  status: 'draft',
};
const processor = { name: 'Cloud host' };
const organisation = { name: 'Acme', country: 'DE' };
const tooLong = (kind: keyof typeof LIMITS) => 'x'.repeat(LIMITS[kind] + 1);

/** One of each filled item `confirmedNone` can contradict. */
const RECORDED: Record<(typeof CONFIRMABLE_ITEMS)[number], Record<string, unknown>> = {
  transfers: { transfers: [{ country: 'US', recipient: 'Support desk' }] },
  sources: { sources: ['Former employer'] },
  recipients: { recipients: ['Tax office'] },
  processors: { processorIds: [ID] },
  automatedDecisions: { automatedDecisions: 'Scoring' },
  jointControllers: { jointControllers: [{ name: 'Partner Ltd' }] },
};

const ACTIVITY_DRAFTS: Array<Record<string, unknown>> = [
  { name: '' },
  { name: '   ' },
  { name: tooLong('name') },
  { name: { en: 'Payroll', uk: tooLong('name') } },
  { name: { en: 'Payroll', UK: 'Зарплата' } },
  { name: { en: 'Payroll', uk: 5 } },
  { name: { uk: 'Зарплата' } },
  { name: 5 },
  { name: undefined },
  { description: tooLong('long') },
  { owner: tooLong('short') },
  { dataSubjects: [tooLong('short')] },
  { purposes: [''] },
  { revision: 0 },
  { revision: 1.5 },
  { revision: '1' },
  { id: 'not-an-id' },
  { updatedAt: 'yesterday' },
  { role: 'boss' },
  { role: undefined },
  { public: 'yes' },
  { purposes: 'Paying staff' },
  { dpia: 'required' },
  { owner: 5 },
  { lastReviewedOn: '2026-13-01' },
  { lastReviewedOn: '2026-06-01', nextReviewOn: '2026-01-01' },
  { transfers: [{ country: 'XX' }] },
  { jointControllers: [{ name: '' }] },
  { 'unknown field': 1 },
  { confirmedNone: ['nothing'] },
  { status: 'active', purposes: [], dataSubjects: [], dataCategories: [], legalBases: [] },
  { status: 'active', role: 'joint-controller', retention: '5 years' },
  { status: 'active', role: 'processor', retention: '5 years' },
  ...CONFIRMABLE_ITEMS.map((item) => ({ confirmedNone: [item, item] })),
  ...CONFIRMABLE_ITEMS.map((item) => ({ confirmedNone: [item], ...RECORDED[item] })),
];
const PROCESSOR_DRAFTS: Array<Record<string, unknown>> = [
  { name: '' },
  { kind: 'partner' },
  { parentId: 5 },
  { dataLocations: ['XX'] },
  { dpa: { signedOn: '1 May' } },
  { dpfCertified: 'no' },
];
const ORGANISATION_DRAFTS: Array<Record<string, unknown>> = [
  { country: 'XX' },
  { representative: { name: '' } },
  { representative: { name: tooLong('name') } },
  { dpo: { name: tooLong('name') } },
  { channels: [''] },
  { securityMeasures: [{ en: '' }] },
];

/**
 * Every message the drafts get, as the editors see them (without the input) and as a read of a file does (with the
 * offending value quoted in front).
 */
function messages(): string[] {
  const schemas = recordSchemas('en');
  const all = new Set<string>();
  const collect = (schema: (typeof schemas)[keyof typeof schemas], base: Record<string, unknown>, drafts: Array<Record<string, unknown>>) => {
    for (const changes of drafts) {
      for (const reportInput of [false, true]) {
        const parsed = schema.safeParse({ ...base, ...changes }, { reportInput });
        if (!parsed.success) for (const issue of fieldIssues(parsed.error)) all.add(issue.message);
      }
    }
  };
  collect(schemas.activityDraft, activity, ACTIVITY_DRAFTS);
  collect(schemas.processorDraft, processor, PROCESSOR_DRAFTS);
  collect(schemas.organisationDraft, organisation, ORGANISATION_DRAFTS);
  return [...all].sort();
}

const MESSAGES = messages();

describe('the validation messages of the record schemas', () => {
  it('are the ones the drafts are meant to produce', () => {
    expect(MESSAGES).toEqual(
      expect.arrayContaining([
        'must not be empty',
        'is 201 characters long; a name is at most 200',
        'is 1,001 characters long; a short text such as this is at most 1,000',
        'is 20,001 characters long; a text is at most 20,000',
        'has a translation into uk that is 201 characters long; a name is at most 200',
        'lists "transfers" twice',
        'confirms there are no sources (the data come from the person), but the activity records some',
        'is before the last review (2026-06-01)',
        'needs at least 1',
        'should be a boolean, not "yes"',
        '"XX" is not a country code (or INT for an international organisation)',
      ]),
    );
    for (const item of CONFIRMABLE_ITEMS) expect(MESSAGES).toContain(`lists "${item}" twice`);
    expect(MESSAGES.filter((message) => message.startsWith('confirms there are no '))).toHaveLength(CONFIRMABLE_ITEMS.length);
  });

  describe.each(['uk', 'bg', 'sl'])('in %s', (language) => {
    it.each(MESSAGES)('translates %j', (message) => {
      const translated = translateIssue(message, i18n, language);
      expect(translated).not.toBe(message);
      // Not English by the fallback language either.
      expect(translated).not.toBe(translateIssue(message, i18n, 'en'));
      expect(translated).not.toMatch(/\{\{|\}\}/);
    });

    it('writes numbers and dates in the form of the language, and keeps a value quoted in front', () => {
      const long = translateIssue('is 20,001 characters long; a text is at most 20,000', i18n, language);
      expect(long).toContain(formatNumber(20_001, language));
      expect(long).toContain(formatNumber(20_000, language));
      expect(translateIssue('is before the last review (2026-06-01)', i18n, language)).toContain(formatDate('2026-06-01', language));
      const quoted = translateIssue('"2026-13-01" is not a date written YYYY-MM-DD', i18n, language);
      expect(quoted.startsWith('"2026-13-01" ')).toBe(true);
      expect(quoted).not.toContain('is not a date');
    });

    it('words the backend’s reference checks too, naming the record and the chain it would loop', () => {
      const missing = translateIssue('"p-404" is not a processor in this register', i18n, language);
      expect(missing).toContain('p-404');
      expect(missing).not.toContain('is not a processor');
      const loop = translateIssue('would make the chain of sub-processors loop back to itself (Acme → Beta → Acme)', i18n, language);
      expect(loop).toContain('Acme → Beta → Acme');
      expect(loop).not.toContain('loop back');
    });
  });

  it('leaves out the `undefined` zod reports for a value it was not given, and a message it does not know as it is', () => {
    expect(translateIssue('undefined is not one of controller, processor', i18n, 'en')).toBe('is not one of controller, processor');
    expect(translateIssue('is not one of controller, processor', i18n, 'uk')).toContain('controller, processor');
    expect(translateIssue('undefined is new to the catalogue', i18n, 'uk')).toBe('undefined is new to the catalogue');
  });

  it('are shown by the forms in the interface language, and again when it changes', async () => {
    const { result } = renderHook(() => useIssueText());
    expect(result.current('lists "processors" twice')).toBe('lists "processors" twice');
    try {
      await act(() => i18n.changeLanguage('sl'));
      expect(result.current('lists "processors" twice')).toBe(translateIssue('lists "processors" twice', i18n, 'sl'));
      expect(result.current('needs at least 1')).toBe('mora biti najmanj 1');
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });
});
