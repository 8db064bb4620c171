import type { TransferStanding } from '../checks/transfer-standing.ts';
import type { Processor, ProcessingActivity, Transfer } from '../model/records.ts';
import { notRecorded } from './layout.ts';
import type { PdfContent } from './pdf-document.ts';
import type { ReportContext } from './report-context.ts';

/** One transfer as the report prints it, in the activity's item (e) and in Annex B. */
export type TransferCells = [country: PdfContent, recipient: PdfContent, mechanism: PdfContent, safeguards: PdfContent];

/**
 * The activity's transfers leaving the EEA (one inside it is no transfer, and is left out), then those that follow
 * from where its processors keep the data though none is recorded for them. No cell is ever blank: what the register
 * leaves empty is "Not recorded" in red, and so is a tool that cannot cover the transfer, with the reason. Every call
 * makes new nodes: pdfmake writes its layout into the nodes it is given, so one node cannot stand in two tables.
 */
export function transferCells(context: ReportContext, activity: ProcessingActivity): TransferCells[] {
  const where = context.describe(activity);
  const recorded = (activity.transfers ?? []).flatMap((transfer, index): TransferCells[] => {
    const standing = context.standingOf(transfer);
    if (standing.kind === 'inside-eea') return [];
    return [
      [
        context.texts.country(transfer.country),
        recipientCell(context, activity, transfer, `${where} transfer ${index + 1}`),
        mechanismCell(context, transfer, standing),
        safeguardsCell(context, activity, transfer, standing, `${where} transfer ${index + 1} safeguards`),
      ],
    ];
  });
  const { catalogue, texts } = context;
  const derived = context
    .derivedTransfersOf(activity)
    .map((transfer): TransferCells => [
      texts.country(transfer.country),
      derivedRecipient(context, transfer),
      transfer.tool !== undefined ? catalogue.mechanisms[transfer.tool] : notRecorded(catalogue.document.notRecorded),
      { text: catalogue.transfer.derived, italics: true },
    ]);
  return [...recorded, ...derived];
}

/** "AWS (via Zendesk)": the processor that keeps the data, and the one the activity reaches it through. */
export function derivedRecipient(context: ReportContext, derived: { processor: Processor; chain: readonly Processor[] }): string {
  const { texts, catalogue } = context;
  const name = texts.text(derived.processor.name, 'Processor name', derived.processor.id);
  const first = derived.chain[0];
  return first === undefined ? name : `${name} (${catalogue.transfer.via(texts.text(first.name, 'Processor name', first.id))})`;
}

function recipientCell(context: ReportContext, activity: ProcessingActivity, transfer: Transfer, where: string): PdfContent {
  const { texts, processorsById, catalogue } = context;
  if (transfer.recipient !== undefined) return texts.text(transfer.recipient, where, activity.id);
  const processor = transfer.processorId === undefined ? undefined : processorsById.get(transfer.processorId);
  return processor === undefined ? notRecorded(catalogue.document.notRecorded) : texts.text(processor.name, 'Processor name', processor.id);
}

/**
 * The tool recorded; in red when there is none, and in red with the reason when it cannot cover the transfer
 * (Privacy Shield, repealed clauses, the DPF outside the US, an adequacy decision that does not exist): an authority
 * reads that as the transfer having no basis in Chapter V, as serious as none recorded.
 */
function mechanismCell(context: ReportContext, transfer: Transfer, standing: TransferStanding): PdfContent {
  const { catalogue } = context;
  if (transfer.mechanism === undefined) return notRecorded(catalogue.document.notRecorded);
  const name = catalogue.mechanisms[transfer.mechanism];
  if (standing.kind !== 'uncovered' || standing.problem === 'missing') return name;
  const invalid = catalogue.transfer.invalid;
  const reason = standing.problem === 'repealed-scc' ? invalid['repealed-scc'](standing.decision ?? '') : invalid[standing.problem];
  return notRecorded(`${name} — ${reason}`);
}

/** The safeguards documented; where an adequacy decision (or the DPF) covers the transfer none further is required. */
function safeguardsCell(context: ReportContext, activity: ProcessingActivity, transfer: Transfer, standing: TransferStanding, where: string): PdfContent {
  const { texts, catalogue } = context;
  if (transfer.safeguards !== undefined) return texts.text(transfer.safeguards, where, activity.id);
  const adequate = standing.kind === 'covered' && (standing.tool === 'adequacy' || standing.tool === 'dpf');
  return adequate ? catalogue.transfer.noSafeguardNeeded : notRecorded(catalogue.document.notRecorded);
}
