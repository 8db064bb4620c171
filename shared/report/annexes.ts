import type { Processor } from '../model/records.ts';
import { chunked, dataTable, notRecorded } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';
import type { ReportBlock } from './report-input.ts';
import { joinPresent } from './record-facts.ts';
import { heading } from './summary.ts';
import { derivedRecipient } from './activity-items.ts';
import { isEeaCountry } from '../reference/transfer-reference.ts';

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

function processorsAnnex(context: ReportContext): PdfContent[] {
  const { catalogue, texts } = context;
  const annex = catalogue.annex;
  const inScope = new Set(context.processorsInScope.map((processor) => processor.id));
  const rows: PdfContent[][] = [];
  const visit = (processor: Processor, depth: number) => {
    const name = texts.text(processor.name, 'Processor name', processor.id);
    const service = processor.service === undefined ? '' : texts.text(processor.service, `Processor "${name}" service`, processor.id);
    const kind = processor.kind === undefined || processor.kind === 'processor' ? '' : ` (${catalogue.processorKinds[processor.kind]})`;
    rows.push([
      { text: `${depth > 0 ? '› ' : ''}${name}${kind}`, margin: [depth * 10, 0, 0, 0], bold: depth === 0 },
      service,
      processor.country === undefined ? '' : texts.country(processor.country),
      (processor.dataLocations ?? []).map((code) => texts.country(code)).join(', '),
      processor.dpa?.signedOn === undefined ? '' : texts.shortDate(processor.dpa.signedOn),
      processor.dpa?.reference ?? '',
    ]);
    for (const child of context.subProcessorsOf.get(processor.id) ?? []) if (inScope.has(child.id)) visit(child, depth + 1);
  };
  const roots = context.processorsInScope.filter((processor) => !processor.parentId || !inScope.has(processor.parentId));
  roots.forEach((root) => visit(root, 0));
  const header = [annex.processor, annex.service, annex.country, annex.dataLocations, annex.dpaSigned, annex.dpaReference];
  return [
    heading(context, annex.processorsTitle, 'annex-processors'),
    { stack: tables(['*', '*', 60, 70, 52, 60], header, rows, annex.noProcessors), fontSize: 8 },
  ];
}

/**
 * Every transfer leaving the EEA that the activities in scope record, then those that follow from where their
 * processors keep the data (named with the processor that causes them); transfers inside the EEA are none.
 */
function transfersAnnex(context: ReportContext): PdfContent[] {
  const { catalogue, texts, processorsById } = context;
  const t = catalogue.transfer;
  // A new node for every cell: pdfmake writes its layout into the nodes it is given, so one node cannot stand twice.
  const notRecordedCell = (): PdfContent => notRecorded(catalogue.document.notRecorded);
  const rows = context.activities.flatMap((activity) => {
    const recorded = (activity.transfers ?? [])
      .filter((transfer) => transfer.country === 'INT' || !isEeaCountry(transfer.country))
      .map((transfer): PdfContent[] => {
        const processor = transfer.processorId === undefined ? undefined : processorsById.get(transfer.processorId);
        const recipient = transfer.recipient !== undefined
          ? texts.text(transfer.recipient, `${context.describe(activity)} transfer recipient`, activity.id)
          : processor === undefined ? '' : texts.text(processor.name, 'Processor name', processor.id);
        return [
          context.reference(activity),
          texts.country(transfer.country),
          recipient,
          transfer.mechanism === undefined ? notRecordedCell() : catalogue.mechanisms[transfer.mechanism],
          transfer.safeguards === undefined ? '' : texts.text(transfer.safeguards, `${context.describe(activity)} transfer safeguards`, activity.id),
        ];
      });
    const derived = context.derivedTransfersOf(activity).map((transfer): PdfContent[] => [
      context.reference(activity),
      texts.country(transfer.country),
      derivedRecipient(context, transfer),
      transfer.tool !== undefined ? catalogue.mechanisms[transfer.tool] : notRecordedCell(),
      { text: t.derived, italics: true },
    ]);
    return [...recorded, ...derived];
  });
  return [
    heading(context, catalogue.annex.transfersTitle, 'annex-transfers'),
    { stack: tables([44, 66, '*', 100, '*'], [t.activity, t.country, t.recipient, t.mechanism, t.safeguards], rows, catalogue.annex.noTransfers), fontSize: 8 },
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
