// The audit log's own words in its CSV and PDF: titles, column heads, the filter said in words, one object per
// language, each checked against one type so a text missing in one language is a type error, not a blank. The log's
// terms (field names, kinds, actions, record types) are history-terms.ts's: a field has one name everywhere.
import type { ReportLanguage } from '../report/languages.ts';

export type AuditLogTexts = {
  /** The document's title: "Audit log of Acme's register". */
  title: (register: string) => string;
  written: (moment: string) => string;
  /** "1 entry", "2 entries": the count already written in the language's digits. */
  entries: (count: number, written: string) => string;
  /** A name in the language's quotation marks. */
  quoted: (text: string) => string;
  /** What the filter said: nothing, or its conditions joined. */
  unfiltered: string;
  filteredBy: string;
  filter: {
    /** One record: its type and name ("processor “Cloudy”"). */
    record: (type: string, name: string) => string;
    recordType: (type: string) => string;
    actor: (who: string) => string;
    kinds: (kinds: string) => string;
    since: (moment: string) => string;
    until: (moment: string) => string;
  };
  /** Times are in UTC to the second, as the log keeps them. */
  timesInUtc: string;
  /** The CSV's column heads, one row a field changed. */
  csv: {
    entry: string;
    at: string;
    actor: string;
    kind: string;
    action: string;
    recordType: string;
    recordName: string;
    recordId: string;
    field: string;
    before: string;
    after: string;
    source: string;
  };
  /** The PDF table's column heads, one row an entry. */
  pdf: { at: string; actor: string; kind: string; record: string; changes: string };
  /** An entry that changed no field (an import's summary, a policy published). */
  noFieldChanged: string;
  /** A field absent before (added) or after (removed). */
  empty: string;
  /** A record whose name the log did not keep (entries written before names were kept). */
  nameNotKept: string;
  source: (source: string) => string;
  yes: string;
  no: string;
  page: (page: number, pages: number) => string;
};

/** The form of `count` in a language with several plural forms: `forms` by Intl.PluralRules category. */
function plural(language: ReportLanguage, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
}

const en: AuditLogTexts = {
  title: (register) => `Audit log of ${register}`,
  written: (moment) => `Written on ${moment}`,
  entries: (count, written) => `${written} ${count === 1 ? 'entry' : 'entries'}`,
  quoted: (text) => `“${text}”`,
  unfiltered: 'All entries, no filter',
  filteredBy: 'Filtered by',
  filter: {
    record: (type, name) => `${type} ${name}`,
    recordType: (type) => `records of type ${type}`,
    actor: (who) => `changes by ${who}`,
    kinds: (kinds) => `kinds: ${kinds}`,
    since: (moment) => `from ${moment}`,
    until: (moment) => `up to and including ${moment}`,
  },
  timesInUtc: 'Oldest entry first; times in UTC.',
  csv: {
    entry: 'Entry',
    at: 'When (UTC)',
    actor: 'Who',
    kind: 'Kind',
    action: 'Action',
    recordType: 'Record type',
    recordName: 'Record name (at the time)',
    recordId: 'Record ID',
    field: 'Field',
    before: 'Before',
    after: 'After',
    source: 'Source',
  },
  pdf: { at: 'When (UTC)', actor: 'Who', kind: 'Kind', record: 'Record', changes: 'Fields changed: before → after' },
  noFieldChanged: 'No field changed',
  empty: '(empty)',
  nameNotKept: '(name not kept)',
  source: (source) => `Source: ${source}`,
  yes: 'Yes',
  no: 'No',
  page: (page, pages) => `Page ${page} of ${pages}`,
};

const uk: AuditLogTexts = {
  title: (register) => `Журнал аудиту реєстру «${register}»`,
  written: (moment) => `Складено ${moment}`,
  entries: (count, written) => `${written} ${plural('uk', count, { one: 'запис', few: 'записи', many: 'записів', other: 'запису' })}`,
  quoted: (text) => `«${text}»`,
  unfiltered: 'Усі записи, без фільтра',
  filteredBy: 'Фільтр',
  filter: {
    record: (type, name) => `${type} ${name}`,
    recordType: (type) => `лише тип «${type}»`,
    actor: (who) => `автор змін: ${who}`,
    kinds: (kinds) => `види: ${kinds}`,
    since: (moment) => `з ${moment}`,
    until: (moment) => `до ${moment} включно`,
  },
  timesInUtc: 'Спершу найдавніші записи; час зазначено в UTC.',
  csv: {
    entry: 'Запис журналу',
    at: 'Коли (UTC)',
    actor: 'Хто',
    kind: 'Вид',
    action: 'Дія',
    recordType: 'Тип запису реєстру',
    recordName: 'Назва (на той час)',
    recordId: 'Ідентифікатор запису реєстру',
    field: 'Поле',
    before: 'Було',
    after: 'Стало',
    source: 'Джерело',
  },
  pdf: { at: 'Коли (UTC)', actor: 'Хто', kind: 'Вид', record: 'Запис реєстру', changes: 'Змінені поля: було → стало' },
  noFieldChanged: 'Жодне поле не змінено',
  empty: '(порожньо)',
  nameNotKept: '(назву не збережено)',
  source: (source) => `Джерело: ${source}`,
  yes: 'Так',
  no: 'Ні',
  page: (page, pages) => `Сторінка ${page} з ${pages}`,
};

const bg: AuditLogTexts = {
  title: (register) => `Одитен журнал на регистъра „${register}“`,
  written: (moment) => `Изготвен на ${moment}`,
  entries: (count, written) => `${written} ${plural('bg', count, { one: 'запис', other: 'записа' })}`,
  quoted: (text) => `„${text}“`,
  unfiltered: 'Всички записи, без филтър',
  filteredBy: 'Филтър',
  filter: {
    record: (type, name) => `${type} ${name}`,
    recordType: (type) => `само вид „${type}“`,
    actor: (who) => `промени, направени от ${who}`,
    kinds: (kinds) => `видове: ${kinds}`,
    since: (moment) => `от ${moment}`,
    until: (moment) => `до ${moment} включително`,
  },
  timesInUtc: 'Най-старите записи са първи; часовете са в UTC.',
  csv: {
    entry: 'Запис в журнала',
    at: 'Кога (UTC)',
    actor: 'Кой',
    kind: 'Вид',
    action: 'Действие',
    recordType: 'Вид запис в регистъра',
    recordName: 'Наименование (към онзи момент)',
    recordId: 'Идентификатор на записа в регистъра',
    field: 'Поле',
    before: 'Преди',
    after: 'След',
    source: 'Източник',
  },
  pdf: { at: 'Кога (UTC)', actor: 'Кой', kind: 'Вид', record: 'Запис в регистъра', changes: 'Променени полета: преди → след' },
  noFieldChanged: 'Няма променени полета',
  empty: '(празно)',
  nameNotKept: '(наименованието не е запазено)',
  source: (source) => `Източник: ${source}`,
  yes: 'Да',
  no: 'Не',
  page: (page, pages) => `Страница ${page} от ${pages}`,
};

const sl: AuditLogTexts = {
  title: (register) => `Revizijski dnevnik evidence »${register}«`,
  written: (moment) => `Izdelano ${moment}`,
  entries: (count, written) => `${written} ${plural('sl', count, { one: 'vnos', two: 'vnosa', few: 'vnosi', other: 'vnosov' })}`,
  quoted: (text) => `»${text}«`,
  unfiltered: 'Vsi vnosi, brez filtra',
  filteredBy: 'Filter',
  filter: {
    record: (type, name) => `${type} ${name}`,
    recordType: (type) => `samo vrsta »${type}«`,
    actor: (who) => `avtor sprememb: ${who}`,
    kinds: (kinds) => `vrste: ${kinds}`,
    since: (moment) => `od ${moment}`,
    until: (moment) => `do vključno ${moment}`,
  },
  timesInUtc: 'Najstarejši vnosi so prvi; časi so v UTC.',
  csv: {
    entry: 'Vnos v dnevniku',
    at: 'Kdaj (UTC)',
    actor: 'Kdo',
    kind: 'Vrsta',
    action: 'Dejanje',
    recordType: 'Vrsta zapisa v evidenci',
    recordName: 'Ime (takrat)',
    recordId: 'Identifikator zapisa v evidenci',
    field: 'Polje',
    before: 'Prej',
    after: 'Potem',
    source: 'Vir',
  },
  pdf: { at: 'Kdaj (UTC)', actor: 'Kdo', kind: 'Vrsta', record: 'Zapis v evidenci', changes: 'Spremenjena polja: prej → potem' },
  noFieldChanged: 'Nobeno polje ni spremenjeno',
  empty: '(prazno)',
  nameNotKept: '(ime ni shranjeno)',
  source: (source) => `Vir: ${source}`,
  yes: 'Da',
  no: 'Ne',
  page: (page, pages) => `Stran ${page} od ${pages}`,
};

export const AUDIT_LOG_TEXTS: Readonly<Record<ReportLanguage, AuditLogTexts>> = { en, uk, bg, sl };
