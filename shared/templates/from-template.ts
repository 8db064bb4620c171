// A template made into an activity of a register, and a template as a list shows it in one language.
//
// The activity carries every text in all four languages, the register's default language first: the register report
// and the privacy policy are printed in each of them, so a template's wording is never lost to a later translation.
// Where a default rests on a source, the source is cited in the text itself (it is printed with the retention); the
// template's advice to the DPO (what to decide, what differs by country) goes to the activity's notes, never printed.
import type { ProcessingActivityDraft } from '../model/records.ts';
import type { ActivityStatus, LegalBasis, SpecialCategoryCondition } from '../model/vocabulary.ts';
import { refuse } from '../refusals/refusals.ts';
import {
  TEMPLATE_LANGUAGES,
  type ActivityTemplate,
  type TemplateLanguage,
  type TemplateRetention,
  type TemplateSource,
  type TemplateText,
} from './activity-template.ts';

/** What an activity made from a template records of it, as an exchange-format extension. */
export type TemplateOrigin = { id: string; version?: number };

export type TemplateActivityOptions = {
  organisationId: string;
  /** The register's default language: one of the template languages. */
  language: string;
  status: Extract<ActivityStatus, 'draft' | 'active'>;
};

/** True for a language templates are written in. */
export function isTemplateLanguage(language: string): language is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(language);
}

/**
 * The activity draft (no id yet: saving gives it one) a template makes for the organisation, its texts in the four
 * template languages. Refuses a register whose default language no template is written in: every text of a record
 * must have that language, and a template cannot supply it.
 */
export function activityFromTemplate(template: ActivityTemplate, options: TemplateActivityOptions): ProcessingActivityDraft {
  const { language } = options;
  if (!isTemplateLanguage(language)) {
    throw refuse('invalid-input', 'imports:templateLanguageMissing', { languages: TEMPLATE_LANGUAGES.join(', '), language });
  }
  const text = (value: TemplateText) => translations(value, language);
  const notes = templateNotes(template);
  const draft: ProcessingActivityDraft = {
    organisationId: options.organisationId,
    role: 'controller',
    name: text(template.name),
    description: text(template.description),
    notes: text(notes),
    purposes: template.purposes.map(text),
    legalBases: template.legalBases.map((entry) => (entry.detail === undefined ? { basis: entry.basis } : { basis: entry.basis, detail: text(entry.detail) })),
    dataSubjects: template.dataSubjects.map(text),
    dataCategories: template.dataCategories.map((category) => ({
      name: text(category.name),
      ...(category.special === true ? { special: true } : {}),
      ...(category.retention === undefined ? {} : { retention: text(retentionText(category.retention)) }),
    })),
    retention: text(retentionText(template.retention)),
    securityMeasures: template.securityMeasures.map(text),
    dpia: { required: template.dpia.required, reason: text(template.dpia.reason) },
    public: template.public,
    status: options.status,
    'x-template': template.version === undefined ? { id: template.id } : { id: template.id, version: template.version },
  };
  if (template.specialCategoryConditions !== undefined && template.specialCategoryConditions.length > 0) {
    draft.specialCategoryConditions = [...template.specialCategoryConditions];
  }
  if (template.recipients !== undefined && template.recipients.length > 0) draft.recipients = template.recipients.map(text);
  if (template.sources !== undefined && template.sources.length > 0) draft.sources = template.sources.map(text);
  if (template.confirmedNone !== undefined && template.confirmedNone.length > 0) draft.confirmedNone = [...template.confirmedNone];
  return draft;
}

/** A template's retention as one line of a language: for a period, the period with the source it rests on. */
export function retentionText(retention: TemplateRetention): TemplateText {
  if (retention.source === undefined) return retention.criterion;
  const cited = sourceCitation(retention.source);
  return mapLanguages((language) => `${retention.period[language]} (${SOURCE_WORD[language]}: ${cited})`);
}

function sourceCitation(source: TemplateSource): string {
  return `${source.authority}, ${source.reference}`;
}

/**
 * What the DPO should know and decide, in each language: that the activity came from a template, the retention notes
 * (national periods, decisions left open) and the addresses of the sources cited.
 */
function templateNotes(template: ActivityTemplate): TemplateText {
  return mapLanguages((language) => {
    const lines = [MADE_FROM[language](template.name[language])];
    const retentionNote = template.retention.note;
    if (retentionNote !== undefined) lines.push(`${RETENTION_WORD[language]}: ${retentionNote[language]}`);
    for (const category of template.dataCategories) {
      const note = category.retention?.note;
      if (note !== undefined) lines.push(`${category.name[language]}: ${note[language]}`);
    }
    for (const source of sourcesOf(template)) {
      if (source.url !== undefined) lines.push(`${SOURCE_WORD[language]}: ${sourceCitation(source)}, ${source.url}`);
    }
    return lines.join('\n');
  });
}

function sourcesOf(template: ActivityTemplate): TemplateSource[] {
  const retentions = [template.retention, ...template.dataCategories.map((category) => category.retention)];
  return retentions.flatMap((retention) => (retention?.source === undefined ? [] : [retention.source]));
}

/** The text in every template language, `first` (the register's default language) first. */
function translations(value: TemplateText, first: TemplateLanguage): Record<string, string> {
  const entries: Record<string, string> = { [first]: value[first] };
  for (const language of TEMPLATE_LANGUAGES) if (language !== first) entries[language] = value[language];
  return entries;
}

function mapLanguages(make: (language: TemplateLanguage) => string): TemplateText {
  return { en: make('en'), uk: make('uk'), bg: make('bg'), sl: make('sl') };
}

const SOURCE_WORD: TemplateText = { en: 'source', uk: 'джерело', bg: 'източник', sl: 'vir' };
const RETENTION_WORD: TemplateText = { en: 'Retention', uk: 'Строк зберігання', bg: 'Срок на съхранение', sl: 'Rok hrambe' };
const MADE_FROM: Readonly<Record<TemplateLanguage, (name: string) => string>> = {
  en: (name) => `Made from the template “${name}”: check every default against your own processing.`,
  uk: (name) => `Створено із шаблону «${name}»: перевірте кожне типове значення щодо вашої власної обробки.`,
  bg: (name) => `Създадено от шаблона „${name}“: проверете всяка стойност по подразбиране спрямо собственото си обработване.`,
  sl: (name) => `Ustvarjeno iz predloge »${name}«: vsako privzeto vrednost preverite glede na svojo obdelavo.`,
};

/** A template as a list or a preview shows it: every text in one language; the id is the same in every language. */
export type TemplateSummary = {
  id: string;
  version?: number;
  name: string;
  description: string;
  purposes: string[];
  legalBases: Array<{ basis: LegalBasis; detail?: string }>;
  specialCategoryConditions: SpecialCategoryCondition[];
  dataSubjects: string[];
  dataCategories: Array<{ name: string; special: boolean; retention?: RetentionSummary }>;
  recipients: string[];
  sources: string[];
  retention: RetentionSummary;
  securityMeasures: string[];
  dpia: { required: boolean; reason: string };
  public: boolean;
};

/** A retention default: a period with its source, or the criterion with the note saying what is left to decide. */
export type RetentionSummary = { kind: 'period'; text: string; source: TemplateSource; note?: string } | { kind: 'criterion'; text: string; note: string };

export function templateSummary(template: ActivityTemplate, language: TemplateLanguage): TemplateSummary {
  const list = (values: readonly TemplateText[] | undefined) => (values ?? []).map((value) => value[language]);
  const retention = (value: TemplateRetention): RetentionSummary =>
    value.source === undefined
      ? { kind: 'criterion', text: value.criterion[language], note: value.note[language] }
      : { kind: 'period', text: value.period[language], source: value.source, ...(value.note === undefined ? {} : { note: value.note[language] }) };
  return {
    id: template.id,
    ...(template.version === undefined ? {} : { version: template.version }),
    name: template.name[language],
    description: template.description[language],
    purposes: list(template.purposes),
    legalBases: template.legalBases.map((entry) =>
      entry.detail === undefined ? { basis: entry.basis } : { basis: entry.basis, detail: entry.detail[language] },
    ),
    specialCategoryConditions: [...(template.specialCategoryConditions ?? [])],
    dataSubjects: list(template.dataSubjects),
    dataCategories: template.dataCategories.map((category) => ({
      name: category.name[language],
      special: category.special === true,
      ...(category.retention === undefined ? {} : { retention: retention(category.retention) }),
    })),
    recipients: list(template.recipients),
    sources: list(template.sources),
    retention: retention(template.retention),
    securityMeasures: list(template.securityMeasures),
    dpia: { required: template.dpia.required, reason: template.dpia.reason[language] },
    public: template.public,
  };
}
