import type { Processor } from '../model/records.ts';
import { chunked, dataTable, notRecorded } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import type { ReportBlock } from './report-input.ts';
import { joinPresent } from './record-facts.ts';
import { heading } from './summary.ts';
import { transferCells } from './transfer-rows.ts';

const ROWS_PER_TABLE = 60;

/** Annexes A–C: the processors as a tree, every transfer in one table, and the security measures grouped. */
export function annexes(context: ReportContext): ReportBlock[] {
  return [processorsAnnex(context), transfersAnnex(context), securityAnnex(context)].map((content) => ({
    content,
    activities: 0,
    newPage: true,
  }));
}

function tables(widths: Array<number | '*' | 'auto'>, header: string[], rows: PdfContent[][], empty: string): PdfContent[] {
  if (rows.length === 0) return [{ text: empty, italics: true }];
  return chunked(rows, ROWS_PER_TABLE).map((chunk) => dataTable(widths, header, chunk));
}

/**
 * The processors the activities use and the sub-processors below them, as a tree: who they are (registration and VAT
 * numbers), where they keep the data, and the Art. 28 contract. Independent and joint controllers are recipients, not
 * processors (see processorsInScope). No cell is left blank: what the register leaves empty is "Not recorded".
 */
function processorsAnnex(context: ReportContext): PdfContent[] {
  const { catalogue, texts } = context;
  const annex = catalogue.annex;
  const missing = (): PdfContent => notRecorded(catalogue.document.notRecorded);
  const inScope = new Set(context.processorsInScope.map((processor) => processor.id));
  const rows: PdfContent[][] = [];
  const visit = (processor: Processor, depth: number) => {
    const name = texts.text(processor.name, 'Processor name', processor.id);
    const service = processor.service === undefined ? undefined : texts.text(processor.service, `Processor "${name}" service`, processor.id);
    const kind = processor.kind === undefined || processor.kind === 'processor' ? '' : ` (${catalogue.processorKinds[processor.kind]})`;
    const locations = (processor.dataLocations ?? []).map((code) => texts.country(code));
    rows.push([
      { text: `${depth > 0 ? '› ' : ''}${name}${kind}`, margin: [depth * 10, 0, 0, 0], bold: depth === 0 },
      service ?? missing(),
      processor.country === undefined ? missing() : texts.country(processor.country),
      locations.length === 0 ? missing() : locations.join(', '),
      registrationCell(context, processor) ?? missing(),
      contractCell(context, processor),
    ]);
    for (const child of context.subProcessorsOf.get(processor.id) ?? []) if (inScope.has(child.id)) visit(child, depth + 1);
  };
  const roots = context.processorsInScope.filter((processor) => !processor.parentId || !inScope.has(processor.parentId));
  roots.forEach((root) => visit(root, 0));
  const header = [annex.processor, annex.service, annex.country, annex.dataLocations, annex.registration, annex.dpa];
  return [
    heading(context, annex.processorsTitle, 'annex-processors'),
    { stack: tables(['*', '*', 60, 64, 82, 84], header, rows, annex.noProcessors), fontSize: 8 },
  ];
}

/** "Reg. no.: 123" and "VAT: SI123", one a line, each only when recorded; undefined when neither is. */
function registrationCell(context: ReportContext, processor: Processor): PdfContent | undefined {
  const { annex } = context.catalogue;
  const entries = [
    processor.registrationNumber ? `${annex.registrationShort}: ${processor.registrationNumber}` : undefined,
    processor.vatId ? `${annex.vatShort}: ${processor.vatId}` : undefined,
  ];
  const text = joinPresent(entries, '\n');
  return text === '' ? undefined : text;
}

/** "Signed on 2 March 2025", "Signed (date not recorded)" when a contract is recorded without its date, else "Not recorded"; its reference below. */
function contractCell(context: ReportContext, processor: Processor): PdfContent {
  const { texts, catalogue } = context;
  const { annex } = catalogue;
  const dpa = processor.dpa;
  if (dpa === undefined) return notRecorded(catalogue.document.notRecorded);
  const signed = dpa.signedOn === undefined ? annex.dpaSignedUndated : annex.dpaSignedOn(texts.date(dpa.signedOn));
  return dpa.reference ? `${signed}\n${annex.dpaReference}: ${dpa.reference}` : signed;
}

/**
 * Every transfer leaving the EEA that the activities in scope record, then those that follow from where their
 * processors keep the data (named with the processor that causes them); transfers inside the EEA are none.
 */
function transfersAnnex(context: ReportContext): PdfContent[] {
  const { catalogue } = context;
  const t = catalogue.transfer;
  const rows = context.activities.flatMap((activity) => transferCells(context, activity).map((cells): PdfContent[] => [context.reference(activity), ...cells]));
  return [
    heading(context, catalogue.annex.transfersTitle, 'annex-transfers'),
    { stack: tables([44, 62, '*', 118, '*'], [t.activity, t.country, t.recipient, t.mechanism, t.safeguards], rows, catalogue.annex.noTransfers), fontSize: 8 },
  ];
}

/** Each distinct measure once, with the activities it protects: the same text in several activities is one row. */
function securityAnnex(context: ReportContext): PdfContent[] {
  const { catalogue, texts } = context;
  const byMeasure = new Map<string, { text: string; references: string[] }>();
  for (const activity of context.activities) {
    for (const measure of texts.texts(activity.securityMeasures, `${context.describe(activity)} security measure`, activity.id)) {
      const key = measure.trim().replace(/\s+/g, ' ').toLocaleLowerCase(texts.language);
      const entry = byMeasure.get(key) ?? { text: measure, references: [] };
      entry.references.push(context.reference(activity));
      byMeasure.set(key, entry);
    }
  }
  const general = texts.texts(context.organisation.securityMeasures, 'Organisation security measure', context.organisation.id);
  const rows = [
    ...general.map((measure): PdfContent[] => [measure, catalogue.field.organisationMeasures]),
    ...[...byMeasure.values()].map((entry): PdfContent[] => [entry.text, compactReferences(entry.references)]),
  ];
  return [
    heading(context, catalogue.annex.securityTitle, 'annex-security'),
    { stack: tables(['*', 150], [catalogue.annex.measure, catalogue.annex.appliesTo], rows, catalogue.annex.noSecurity), fontSize: 8 },
  ];
}

/** "PA-0001, PA-0002, PA-0005" (every reference, deduplicated). */
function compactReferences(references: string[]): string {
  return joinPresent([...new Set(references)], ', ');
}
