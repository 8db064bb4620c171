// The register compared between two moments as a PDF for the annual review (a pdfmake document definition; the
// backend renders it: electron/main/backend/history/comparison-pdf.ts). A4 in the register report's look: the title,
// the two moments, the revisions and the counts; then the records with material changes, then the others; each
// record with its type, name (and reference), what happened to it, and a table of its fields before and after.
import type { ExchangeDocument } from '../exchange/read.ts';
import type { ComparedField, ComparedRecord, RegisterComparison } from '../ipc/outputs.ts';
import { dataTable, PAGE, REPORT_STYLES } from '../report/layout.ts';
import type { PdfContent, PdfDocumentDefinition, PdfStyle } from '../report/pdf-document.ts';
import type { ReportLanguage } from '../report/languages.ts';
import { BOOKKEEPING_FIELDS, recordsById, type AnyRecord } from './compare-registers.ts';
import { COMPARISON_TEXTS, type ComparisonTexts } from './comparison-texts.ts';
import { comparisonMoment, comparisonValues, type ValueLines } from './comparison-values.ts';
import { fieldName, historyTerm } from './history-terms.ts';

export type ComparisonDocumentInput = {
  comparison: RegisterComparison;
  /** The register at each moment compared, as the comparison was made from them. */
  from: ExchangeDocument;
  to: ExchangeDocument;
  language: ReportLanguage;
};

const MATERIAL_COLOUR = '#9a3412';

const STYLES: Record<string, PdfStyle> = {
  ...REPORT_STYLES,
  documentTitle: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
  period: { fontSize: 11, margin: [0, 0, 0, 2] },
  record: { fontSize: 10.5, bold: true, margin: [0, 12, 0, 2] },
  change: { color: '#3a4656', margin: [0, 0, 0, 4] },
  materialTag: { bold: true, color: MATERIAL_COLOUR },
  fieldMaterial: { fontSize: 7.5, bold: true, color: MATERIAL_COLOUR },
  absent: { color: '#8a94a3' },
};

export function comparisonDocument({ comparison, from, to, language }: ComparisonDocumentInput): PdfDocumentDefinition {
  const words = COMPARISON_TEXTS[language];
  const lines = comparisonValues(language, [to, from]);
  const title = words.title(to.register.name);
  const period = words.period(comparisonMoment(language, comparison.from), comparisonMoment(language, comparison.to));
  const material = comparison.records.filter((record) => record.material.length > 0);
  const others = comparison.records.filter((record) => record.material.length === 0);
  const records = { from: recordsById(from), to: recordsById(to) };
  const block = (record: ComparedRecord) => recordBlock(record, { words, lines, language, records });
  const { counts } = comparison;
  const content: PdfContent[] = [
    { text: title, style: 'documentTitle' },
    { text: period, style: 'period' },
    { text: words.revisions(comparison.revisions.from, comparison.revisions.to), style: 'small', margin: [0, 0, 0, 10] },
    dataTable(
      ['*', '*', '*', '*'],
      [words.counts.added, words.counts.removed, words.counts.changed, words.counts.material],
      [[String(counts.added), String(counts.removed), String(counts.changed), String(counts.material)]],
    ),
    ...(comparison.records.length === 0 ? [{ text: words.nothing, margin: [0, 12, 0, 0] as [number, number, number, number] }] : []),
    ...(material.length === 0
      ? []
      : [
          { text: words.materialSection, style: 'part', margin: [0, 18, 0, 4] as [number, number, number, number], headlineLevel: 1 },
          { text: words.materialNote, style: 'small', headlineLevel: 2 },
          ...material.flatMap(block),
        ]),
    ...(others.length === 0
      ? []
      : [{ text: words.otherSection, style: 'part', margin: [0, 18, 0, 0] as [number, number, number, number], headlineLevel: 1 }, ...others.flatMap(block)]),
  ];
  return {
    info: { title, author: to.register.name, subject: period, creator: 'RoPA Desk' },
    language,
    ...PAGE,
    styles: STYLES,
    content,
    footer: (page, pages) => ({ text: `${title} · ${words.page(page, pages)}`, style: 'pageFooter' }),
  };
}

type Reading = {
  words: ComparisonTexts;
  lines: ValueLines;
  language: ReportLanguage;
  /** The records of the register at each moment, by id. */
  records: { from: ReadonlyMap<string, AnyRecord>; to: ReadonlyMap<string, AnyRecord> };
};

const capitalised = (text: string, language: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** A record's heading, what happened to it (and what of it is material), and its fields. */
function recordBlock(record: ComparedRecord, reading: Reading): PdfContent[] {
  const { words, language } = reading;
  const type = capitalised(historyTerm(language, `recordType.${record.recordType}`), language);
  const heading = [type, record.reference, words.quoted(record.name)].filter((part) => part !== null).join(' ');
  const tags = record.material.map((kind) => words.material[kind]).join(', ');
  return [
    { text: heading, style: 'record', headlineLevel: 2 },
    { text: [words.change[record.change], ...(tags === '' ? [] : [' · ', { text: tags, style: 'materialTag' }])], style: 'change' },
    record.change === 'changed' ? changedTable(record.fields, reading) : wholeRecordTable(record, reading),
  ];
}

/** Each field that changed: its name (and the material change it makes), its value before and after. */
function changedTable(fields: readonly ComparedField[], { words, lines, language }: Reading): PdfContent {
  const rows = fields.map((field) => {
    const [before, after] = [lines(field.field, field.before), lines(field.field, field.after)];
    return [
      fieldCell(field.field, field.material === null ? undefined : words.material[field.material], language),
      valueCell(before, after, words),
      valueCell(after, before, words),
    ];
  });
  return { stack: [dataTable([105, '*', '*'], [words.columns.field, words.columns.before, words.columns.after], rows)], fontSize: 8.5 };
}

/** A record added (as it stands at the end) or removed (as it stood at the start): every field it holds. */
function wholeRecordTable(record: ComparedRecord, { words, lines, language, records }: Reading): PdfContent {
  const added = record.change === 'added';
  const found = (added ? records.to : records.from).get(record.id) ?? {};
  const rows = Object.entries(found)
    .filter(([field]) => !BOOKKEEPING_FIELDS.has(field))
    .map(([field, value]) => [field, lines(field, value)] as const)
    .filter(([, values]) => values.length > 0)
    .map(([field, values]) => [fieldCell(field, undefined, language), valueCell(values, undefined, words)]);
  const header = [words.columns.field, added ? words.columns.after : words.columns.before];
  return { stack: [dataTable([105, '*'], header, rows)], fontSize: 8.5 };
}

function fieldCell(field: string, material: string | undefined, language: ReportLanguage): PdfContent {
  const name = { text: capitalised(fieldName(language, field), language), style: 'label' };
  return material === undefined ? name : { stack: [name, { text: material, style: 'fieldMaterial' }] };
}

/**
 * One line an item. Where the other side shares some of the lines (a list with an item added or removed), the lines it
 * has not are in bold, so what changed in the list shows; where it shares none, the whole value changed.
 */
function valueCell(values: readonly string[], other: readonly string[] | undefined, words: ComparisonTexts): PdfContent {
  if (values.length === 0) return { text: words.absent, style: 'absent' };
  const known = new Set(other);
  const sharesSome = values.some((line) => known.has(line));
  const differs = (line: string) => sharesSome && !known.has(line);
  return {
    stack: values.map((line, index) => ({ text: line, bold: differs(line), margin: [0, index === 0 ? 0 : 2, 0, 0] as [number, number, number, number] })),
  };
}
