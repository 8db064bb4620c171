// The audit log as a pdfmake document: landscape A4 pages, a head saying whose log, which entries (the filter in
// words), when it was written and how many entries, then a table of one row an entry, oldest first: when, who, the
// kind, the record as it was named, and each field changed with its value before and after.
import { PAGE, REPORT_STYLES, chunked, dataTable } from '../report/layout.ts';
import type { PdfContent, PdfDocumentDefinition, PdfInline } from '../report/pdf-document.ts';
import { ReportTexts } from '../report/report-texts.ts';
import type { AuditEntry } from '../ipc/outputs.ts';
import { historyTerm } from './history-terms.ts';
import { recordNames, type RecordNames } from './audit-log-names.ts';
import { AUDIT_LOG_TEXTS, type AuditLogTexts } from './audit-log-texts.ts';
import { readableChanges, type AuditLogFilter, type AuditLogInput } from './audit-log-values.ts';

/** Rows per table: pdfmake lays out many small tables far faster than one huge one (shared/report/layout.ts). */
const ROWS_PER_TABLE = 60;
const GREY = '#545d6e';
/**
 * When, who, kind, record, and the rest for the fields changed: a date and time fit on one line in every language.
 * A new array for each table, since pdfmake writes its measurements into the one it is given.
 */
const widths = (): Array<number | '*'> => [104, 84, 78, 124, '*'];

type Words = { texts: AuditLogTexts; input: AuditLogInput; names: RecordNames; moment: (at: string) => string; shortMoment: (at: string) => string };

/** The filter's conditions in words, joined; "all entries" when there are none. */
function filterInWords(filter: AuditLogFilter, words: Pick<Words, 'texts' | 'moment'>, language: AuditLogInput['language']): string {
  const { texts } = words;
  const type = (recordType: AuditEntry['recordType']) => historyTerm(language, `recordType.${recordType}`);
  const record = (named: NonNullable<AuditLogFilter['record']>) => {
    const label = named.name === null ? named.id : texts.quoted(named.name);
    return named.type === null ? label : texts.filter.record(type(named.type), label);
  };
  const conditions = [
    filter.record === undefined ? undefined : record(filter.record),
    filter.recordType === undefined ? undefined : texts.filter.recordType(type(filter.recordType)),
    filter.actor === undefined ? undefined : texts.filter.actor(filter.actor),
    filter.kinds === undefined ? undefined : texts.filter.kinds(filter.kinds.map((kind) => historyTerm(language, `kind.${kind}`)).join(', ')),
    filter.since === undefined ? undefined : texts.filter.since(words.moment(filter.since)),
    filter.until === undefined ? undefined : texts.filter.until(words.moment(filter.until)),
  ].filter((condition) => condition !== undefined);
  return conditions.length === 0 ? texts.unfiltered : `${texts.filteredBy}: ${conditions.join('; ')}`;
}

function changesCell(entry: AuditEntry, words: Words): PdfContent {
  const { texts, input, names } = words;
  const changes = readableChanges(entry, input, names, texts);
  // An added record's fields have only a value after, a deleted one's only a value before: the action says which.
  const line = (change: (typeof changes)[number]): PdfInline[] => {
    if (entry.action === 'create' && change.before === '') return [change.after];
    if (entry.action === 'delete' && change.after === '') return [change.before];
    return [change.before === '' ? texts.empty : change.before, ' → ', change.after === '' ? texts.empty : change.after];
  };
  const lines: PdfContent[] = changes.map((change) => ({ text: [{ text: `${change.field}: `, bold: true }, ...line(change)] }));
  if (lines.length === 0) lines.push({ text: texts.noFieldChanged, italics: true, color: GREY });
  if (entry.source !== null) lines.push({ text: texts.source(entry.source), italics: true, color: GREY });
  return { stack: lines };
}

function entryRow(entry: AuditEntry, words: Words): PdfContent[] {
  const { texts, input } = words;
  const term = (key: Parameters<typeof historyTerm>[1]) => historyTerm(input.language, key);
  return [
    { stack: [words.shortMoment(entry.at), { text: `#${entry.id}`, color: GREY }] },
    entry.actor,
    { stack: [term(`kind.${entry.kind}`), { text: term(`action.${entry.action}`), color: GREY }] },
    {
      stack: [
        { text: term(`recordType.${entry.recordType}`), color: GREY },
        entry.recordName === null ? { text: texts.nameNotKept, italics: true } : { text: entry.recordName, bold: true },
      ],
    },
    changesCell(entry, words),
  ];
}

/** Moments as the document writes them: in the language's own form, in UTC as the log keeps them. */
function momentWriters(input: AuditLogInput): Pick<Words, 'moment' | 'shortMoment'> {
  // The register report's long date (its Slovenian months in the genitive a date takes), and the time after it.
  const dates = new ReportTexts(input.language, '', input.defaultLanguage);
  const locale = input.language === 'en' ? 'en-GB' : input.language;
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
  const time = (iso: string) => (iso.slice(17, 19) === '00' ? iso.slice(11, 16) : iso.slice(11, 19));
  return {
    moment: (at) => `${dates.date(new Date(at))}, ${time(new Date(at).toISOString())} UTC`,
    shortMoment: (at) => short.format(new Date(at)),
  };
}

export function auditLogDocument(input: AuditLogInput): PdfDocumentDefinition {
  const texts = AUDIT_LOG_TEXTS[input.language];
  const words: Words = { texts, input, names: recordNames(input.names), ...momentWriters(input) };
  const title = texts.title(input.registerName);
  const count = texts.entries(input.entries.length, new Intl.NumberFormat(input.language).format(input.entries.length));
  const written = texts.written(words.moment(input.writtenAt.toISOString()));
  const header = [texts.pdf.at, texts.pdf.actor, texts.pdf.kind, texts.pdf.record, texts.pdf.changes];
  const rows = input.entries.map((entry) => entryRow(entry, words));
  const tables = chunked(rows, ROWS_PER_TABLE).map((chunk) => dataTable(widths(), header, chunk));
  return {
    info: { title, author: input.registerName, subject: filterInWords(input.filter, words, input.language), creator: 'RoPA Desk' },
    language: input.language,
    ...PAGE,
    pageOrientation: 'landscape',
    pageMargins: [36, 40, 36, 40],
    defaultStyle: { ...PAGE.defaultStyle, fontSize: 8 },
    styles: { ...REPORT_STYLES, title: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] } },
    footer: (page, pages) => ({ text: `${title} · ${texts.page(page, pages)}`, style: 'pageFooter' }),
    content: [
      { text: title, style: 'title' },
      { text: `${written} · ${count}`, margin: [0, 0, 0, 2] },
      { text: filterInWords(input.filter, words, input.language), bold: true, margin: [0, 0, 0, 2] },
      { text: texts.timesInUtc, color: GREY, margin: [0, 0, 0, 10] },
      ...(tables.length === 0 ? [dataTable(widths(), header, [])] : tables),
    ],
  };
}
