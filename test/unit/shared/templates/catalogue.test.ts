// The activity templates: each complete in the four languages, its retention sourced or left to a stated criterion,
// and — what matters most — each, added as an active activity, passing the register checks with no error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../../../shared/checks/findings.ts';
import { checkRegisterContent } from '../../../../shared/checks/register-check.ts';
import { parseExchangeText } from '../../../../shared/exchange/read.ts';
import { LIMITS } from '../../../../shared/model/limits.ts';
import { recordSchemas, type Organisation, type ProcessingActivity } from '../../../../shared/model/records.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { TEMPLATE_LANGUAGES, type ActivityTemplate, type TemplateRetention, type TemplateText } from '../../../../shared/templates/activity-template.ts';
import { ACTIVITY_TEMPLATES, findTemplate } from '../../../../shared/templates/catalogue/index.ts';
import { activityFromTemplate, retentionText, templateSummary } from '../../../../shared/templates/from-template.ts';
import { fixturePath } from '../../../support/fixtures.ts';

const TODAY = '2026-12-02';
const TEMPLATE_ACTIVITY = '00000000-0000-4000-8000-00000000a001';
const byId = ACTIVITY_TEMPLATES.map((template) => [template.id, template] as const);

/** Every four-language text of a template, with where it is (`purposes[1]`, `retention.note`). */
function textsOf(value: unknown, where = ''): Array<{ where: string; text: Record<string, unknown> }> {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, `${where}[${index}]`));
  const record = value as Record<string, unknown>;
  if ('en' in record) return [{ where, text: record }];
  return Object.entries(record).flatMap(([key, item]) => textsOf(item, where === '' ? key : `${where}.${key}`));
}

function retentionsOf(template: ActivityTemplate): TemplateRetention[] {
  return [template.retention, ...template.dataCategories.flatMap((category) => (category.retention === undefined ? [] : [category.retention]))];
}

describe('the template catalogue', () => {
  it('holds the sixteen templates, each id once, in kebab-case', () => {
    const ids = ACTIVITY_TEMPLATES.map((template) => template.id);
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(findTemplate('cctv')?.id).toBe('cctv');
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it.each(byId)('%s is written in all four languages, every text non-empty', (_id, template) => {
    const texts = textsOf(template);
    expect(texts.length).toBeGreaterThan(10);
    for (const { where, text } of texts) {
      expect(Object.keys(text).sort(), where).toEqual([...TEMPLATE_LANGUAGES].sort());
      for (const language of TEMPLATE_LANGUAGES) {
        const value = text[language];
        expect(typeof value === 'string' && value.trim() !== '', `${where}.${language}`).toBe(true);
      }
      // A text left in English by mistake: Ukrainian and Bulgarian are written in Cyrillic, Slovenian differs from English.
      expect(String(text['uk']), `${where}.uk`).toMatch(/\p{Script=Cyrillic}/u);
      expect(String(text['bg']), `${where}.bg`).toMatch(/\p{Script=Cyrillic}/u);
      expect(text['sl'], `${where}.sl`).not.toBe(text['en']);
    }
  });

  it.each(byId)('%s fits the register’s length limits: names one line, list entries short', (_id, template) => {
    const tooLong = (texts: readonly TemplateText[], limit: number, where: string) =>
      texts.flatMap((text, index) =>
        TEMPLATE_LANGUAGES.filter((language) => text[language].length > limit).map(
          (language) => `${where}[${index}].${language}: ${text[language].length} > ${limit}`,
        ),
      );
    expect([
      ...tooLong([template.name], LIMITS.name, 'name'),
      ...tooLong(
        template.dataCategories.map((category) => category.name),
        LIMITS.name,
        'dataCategories.name',
      ),
      ...tooLong(template.dataSubjects, LIMITS.short, 'dataSubjects'),
      ...tooLong(template.recipients ?? [], LIMITS.short, 'recipients'),
      ...tooLong(template.sources ?? [], LIMITS.short, 'sources'),
    ]).toEqual([]);
  });

  it.each(byId)('%s gives each retention a source, or a criterion with a note saying what is left to decide', (_id, template) => {
    for (const retention of retentionsOf(template)) {
      if (retention.source === undefined) {
        expect(retention.criterion.en.trim()).not.toBe('');
        expect(retention.note.en.trim()).not.toBe('');
      } else {
        expect(retention.source.authority.trim()).not.toBe('');
        expect(retention.source.reference.trim()).not.toBe('');
        if (retention.source.url !== undefined) expect(retention.source.url).toMatch(/^https:\/\//);
      }
    }
  });

  it.each(byId)('%s pairs special-category data with an Art. 9/10 condition, and names its interests and laws', (_id, template) => {
    const special = template.dataCategories.some((category) => category.special === true);
    expect((template.specialCategoryConditions ?? []).length > 0, 'a condition exactly when a category is special').toBe(special);
    expect(template.legalBases.length).toBeGreaterThan(0);
    for (const entry of template.legalBases) {
      if (entry.basis === 'legitimate-interests' || entry.basis === 'legal-obligation' || entry.basis === 'public-task') {
        expect(entry.detail, `${entry.basis} names the interest or the law`).toBeDefined();
      }
    }
    expect(template.dpia.reason.en.trim()).not.toBe('');
    expect(template.securityMeasures.length).toBeGreaterThan(0);
  });

  it('lists the same ids, in the same order, in every language', () => {
    const ids = ACTIVITY_TEMPLATES.map((template) => template.id);
    for (const language of TEMPLATE_LANGUAGES) {
      const summaries = ACTIVITY_TEMPLATES.map((template) => templateSummary(template, language));
      expect(summaries.map((summary) => summary.id)).toEqual(ids);
      for (const [index, summary] of summaries.entries()) {
        const template = ACTIVITY_TEMPLATES[index] as ActivityTemplate;
        expect(summary.name).toBe(template.name[language]);
        expect(summary.purposes).toEqual(template.purposes.map((purpose) => purpose[language]));
      }
    }
  });
});

describe('the legal defaults a review settled', () => {
  const template = (id: string) => findTemplate(id) as ActivityTemplate;

  it('keeps an unsuccessful application for later vacancies only with the candidate’s consent, under the CNIL’s 2023 periods', () => {
    const recruitment = template('recruitment');
    expect(recruitment.legalBases.map((entry) => entry.basis)).toEqual(['contract', 'consent', 'legitimate-interests']);
    const interests = recruitment.legalBases.find((entry) => entry.basis === 'legitimate-interests');
    expect(interests?.detail?.en).toContain('discrimination');
    expect(interests?.detail?.en).not.toContain('vacancy');
    const { retention } = recruitment;
    expect(retention.source === undefined ? '' : retention.source.reference).toContain('Guide « Recrutement »');
    expect(retention.source?.url).toBeUndefined();
    expect(retentionText(retention).en).toMatch(/3 months after the recruitment ends.*2 years after the last contact/);
  });

  it('cites no source for a retention the source does not cover: web server logs follow the logging policy', () => {
    const logs = template('it-and-security-logs');
    const webServer = logs.dataCategories.find((category) => category.name.en.startsWith('Web server access logs'));
    expect(webServer?.retention?.source).toBeUndefined();
    expect(webServer?.retention?.note?.en).toContain('no source sets a period');
    // Art. 32 leaves the measures to the controller: no legal obligation to log.
    expect(logs.legalBases.find((entry) => entry.basis === 'legal-obligation')?.detail?.en).not.toContain('Art. 32');
  });

  it('documents an oral whistleblowing report without consent only as minutes of an unrecorded call', () => {
    const names = template('whistleblowing').dataCategories.map((category) => category.name.en);
    expect(names.filter((name) => name.includes('Directive (EU) 2019/1937, Art. 18'))).toHaveLength(2);
    expect(names.find((name) => name.includes('transcripts'))).toContain('only with the reporting person’s consent');
  });

  it('names the CNIL’s jurisdiction wherever a DPIA reason cites its lists', () => {
    const jurisdiction: TemplateText = { en: 'France', uk: 'Франція', bg: 'Франция', sl: 'Francija' };
    for (const { id, dpia } of ACTIVITY_TEMPLATES) {
      for (const language of TEMPLATE_LANGUAGES) {
        const reason = dpia.reason[language];
        const named = reason.match(new RegExp(`CNIL(’s)? \\(${jurisdiction[language]}`, 'g')) ?? [];
        expect(named.length, `${id}.${language}`).toBe((reason.match(/CNIL/g) ?? []).length);
      }
    }
  });
});

describe('an activity made from a template', () => {
  const payroll = findTemplate('payroll-and-benefits') as ActivityTemplate;

  it.each(byId)('%s is a valid record of a register kept in each language, that language first in every text', (_id, template) => {
    for (const language of TEMPLATE_LANGUAGES) {
      const draft = activityFromTemplate(template, { organisationId: '00000000-0000-4000-8000-00000000000a', language, status: 'active' });
      const parsed = recordSchemas(language).activityDraft.safeParse(draft);
      expect(parsed.success, `${language}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(Object.keys(draft.name as Record<string, string>)).toEqual([language, ...TEMPLATE_LANGUAGES.filter((other) => other !== language)]);
      expect(draft['x-template']).toEqual(template.version === undefined ? { id: template.id } : { id: template.id, version: template.version });
    }
  });

  it('cites the source of a retention period in the retention itself, and keeps the advice in the notes', () => {
    const cctv = activityFromTemplate(findTemplate('cctv') as ActivityTemplate, { organisationId: TEMPLATE_ACTIVITY, language: 'en', status: 'draft' });
    expect((cctv.retention as Record<string, string>)['en']).toContain('(source: EDPB (EU), Guidelines 3/2019');
    expect((cctv.retention as Record<string, string>)['sl']).toContain('(vir: EDPB (EU)');
    expect((cctv.notes as Record<string, string>)['en']).toContain('Made from the template “CCTV”');
    expect((cctv.notes as Record<string, string>)['en']).toContain('https://www.edpb.europa.eu/');
    expect(cctv.confirmedNone).toEqual(['sources']);

    const made = activityFromTemplate(payroll, { organisationId: TEMPLATE_ACTIVITY, language: 'bg', status: 'draft' });
    // A criterion has no source to cite: the retention is the criterion as written.
    expect((made.retention as Record<string, string>)['bg']).not.toContain('източник:');
    expect((made.retention as Record<string, string>)['bg']).toMatch(/^По време на трудовото правоотношение/);
    expect((made.notes as Record<string, string>)['bg']).toContain('Срок на съхранение: ');
    expect(made.specialCategoryConditions).toEqual(['art9-2-b']);
    expect(made.status).toBe('draft');
  });

  it('is refused for a register in a language no template is written in', () => {
    expect(() => activityFromTemplate(payroll, { organisationId: TEMPLATE_ACTIVITY, language: 'de', status: 'active' })).toThrow(RegisterError);
    expect(() => activityFromTemplate(payroll, { organisationId: TEMPLATE_ACTIVITY, language: 'de', status: 'active' })).toThrow(/en, uk, bg, sl/);
  });
});

/** Warnings that would mean the template itself is wrong: a vague retention, an unnamed interest or law, an unanswered DPIA. */
const TEMPLATE_FAULTS: readonly RuleId[] = [
  'retention-vague',
  'legitimate-interest-unnamed',
  'legal-obligation-law-unnamed',
  'special-condition-without-special-data',
  'security-measures-missing',
  'dpia-unassessed',
];

function asActiveActivity(template: ActivityTemplate, organisationId: string, language: string): ProcessingActivity {
  const draft = activityFromTemplate(template, { organisationId, language, status: 'active' });
  return recordSchemas(language).activity.parse({ ...draft, id: TEMPLATE_ACTIVITY, updatedAt: '2026-11-01T09:00:00Z', revision: 1 });
}

describe('each template, added as an active activity, passes the register checks', () => {
  const fixture = parseExchangeText(readFileSync(fixturePath('bytheway-en'), 'utf8'));

  it.each(byId)('%s: no error about it in the bytheway-en register', (_id, template) => {
    const organisation = fixture.organisations[0] as Organisation;
    const added = asActiveActivity(template, organisation.id, fixture.register.defaultLanguage);
    const result = checkRegisterContent({
      content: { ...fixture, activities: [...fixture.activities, added] },
      defaultLanguage: fixture.register.defaultLanguage,
      today: TODAY,
      language: 'en',
      acceptances: [],
    });
    const aboutIt = result.findings.filter((finding) => finding.record.type === 'activity' && finding.record.id === TEMPLATE_ACTIVITY);
    expect(aboutIt.filter((finding) => finding.severity === 'error').map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
    expect(aboutIt.filter((finding) => TEMPLATE_FAULTS.includes(finding.rule)).map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
  });

  // A Slovenian controller with its contact details: a register with nothing wrong but what the template might bring.
  const complete = (language: string): Organisation =>
    recordSchemas(language).organisation.parse({
      id: '00000000-0000-4000-8000-00000000000a',
      updatedAt: '2026-11-01T09:00:00Z',
      revision: 1,
      name: 'Acme d.o.o.',
      country: 'SI',
      address: 'Dunajska 1, Ljubljana',
      email: 'privacy@acme.test',
    });

  it.each(byId)('%s: no error at all in a register kept in each language with a complete organisation', (_id, template) => {
    for (const language of TEMPLATE_LANGUAGES) {
      const organisation = complete(language);
      const result = checkRegisterContent({
        content: { organisations: [organisation], processors: [], activities: [asActiveActivity(template, organisation.id, language)] },
        defaultLanguage: language,
        today: TODAY,
        language,
        acceptances: [],
      });
      const errors = result.findings.filter((finding) => finding.severity === 'error');
      expect(
        errors.map((finding) => `${finding.rule}: ${finding.message}`),
        language,
      ).toEqual([]);
    }
  });
});
