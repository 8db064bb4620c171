// 5. Transfers outside the EEA: country, recipient, the safeguard in plain words and how to get a copy
// (Art. 13(1)(f)). Those the activities record and those that follow from where their processors keep the data are
// both transfers. A transfer without a valid tool is left out (and the DPO told; the checks block the export). "We do
// not transfer" is said only where the register proves it: every activity confirmed none, and every processor they
// reach is known to keep the data inside the EEA.
import { derivedTransfers, transferProcessor } from '../../checks/derived-transfers.ts';
import { allTranslations } from '../../checks/rules/texts.ts';
import { processorsReached } from '../../checks/register-view.ts';
import { transferStanding } from '../../checks/transfer-standing.ts';
import type { ProcessingActivity, Processor, Transfer } from '../../model/records.ts';
import type { TransferMechanism } from '../../model/vocabulary.ts';
import { repealedClausesNamed } from '../../reference/transfer-reference.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyCell, PolicyInline } from '../policy-document.ts';
import { capitalised } from './purposes.ts';
import { paragraph, table } from './blocks.ts';

export function transfersSection(context: PolicyContext): PolicyBlock[] | null {
  const words = context.catalogue.transfers;
  const rows = uniqueRows(context.activities.flatMap((activity) => [...recordedRows(context, activity), ...derivedRows(context, activity)]));
  if (rows.length > 0) {
    const blocks: PolicyBlock[] = [paragraph(words.intro), table([words.country, words.recipient, words.safeguard], rows)];
    if (context.contact !== undefined) blocks.push(paragraph(...splitAround(words.copy('\u0000'), context.contact)));
    return blocks;
  }
  const unproven = context.activities.filter((activity) => !provesNoTransfer(context, activity));
  if (context.activities.length > 0 && unproven.length === 0) return [paragraph(words.none)];
  for (const activity of unproven) {
    context.texts.notRecorded(
      `Activity "${context.activityName(activity)}"`,
      'transfers, or "None (confirmed)" with every processor known to keep the data in the EEA: the policy says nothing about transfers',
      activity.id,
      'activity',
    );
  }
  return null;
}

function recordedRows(context: PolicyContext, activity: ProcessingActivity): PolicyCell[][] {
  return (activity.transfers ?? []).flatMap((transfer, index) => {
    const where = `Activity "${context.activityName(activity)}" transfer ${index + 1}`;
    // The processor the transfer goes to, found as the checks find it (by id, else by the recipient's name).
    const processor = transferProcessor(transfer, context.view);
    const standing = transferStanding(transfer, processor);
    if (standing.kind === 'inside-eea') return [];
    if (standing.kind === 'uncovered') {
      context.texts.notRecorded(
        where,
        `a valid transfer tool (Art. 13(1)(f)), the recorded one being ${standing.problem}: the transfer is left out of the policy`,
        activity.id,
        'activity',
      );
      return [];
    }
    // The DPF wording says the recipient is certified: only where the register records it.
    if (standing.tool === 'dpf' && processor?.dpfCertified !== true) {
      context.texts.notRecorded(
        where,
        'the recipient’s certification under the Data Privacy Framework: the transfer is left out of the policy',
        activity.id,
        'activity',
      );
      return [];
    }
    const recipient = recipientOf(context, transfer, processor, where, activity);
    if (recipient === undefined) return [];
    return [[context.texts.country(transfer.country), recipient, safeguardCell(context, standing.tool, validSafeguards(context, transfer, where, activity))]];
  });
}

/** Transfers that follow from where the activity's processors keep the data, though it records none for them. */
function derivedRows(context: PolicyContext, activity: ProcessingActivity): PolicyCell[][] {
  return derivedTransfers(activity, context.view).flatMap((derived) => {
    const name = context.processorName(derived.processor);
    if (derived.tool === undefined) {
      context.texts.notRecorded(
        `Activity "${context.activityName(activity)}"`,
        `a transfer tool for ${name} keeping the data in ${derived.country}: the transfer is left out of the policy`,
        activity.id,
        'activity',
      );
      return [];
    }
    const first = derived.chain[0];
    const recipient = first === undefined ? name : `${name} (${context.catalogue.recipients.subProcessorOf(context.processorName(first))})`;
    return [[context.texts.country(derived.country), recipient, safeguardCell(context, derived.tool, undefined)]];
  });
}

/** The safeguards text, unless it relies on the Privacy Shield or on repealed clauses: that is never published as a safeguard. */
function validSafeguards(context: PolicyContext, transfer: Transfer, where: string, activity: ProcessingActivity): string | undefined {
  const texts = allTranslations(transfer.safeguards);
  if (texts.some((text) => PRIVACY_SHIELD.test(text) || repealedClausesNamed(text) !== undefined)) {
    context.texts.notRecorded(
      `${where} safeguards`,
      'safeguards that are still valid: the text names the Privacy Shield or repealed clauses, and is left out of the policy',
      activity.id,
      'activity',
    );
    return undefined;
  }
  return context.publicText(transfer.safeguards, `${where} safeguards`, { id: activity.id, type: 'activity' });
}

/** The Privacy Shield as DPOs write it in the four languages (annulled by the Court of Justice, C-311/18). */
const PRIVACY_SHIELD = /privacy[\s-]*shield|щит\p{L}* за (личните данни|поверителност)|щит конфіденційності|ščit zasebnosti/iu;

function safeguardCell(context: PolicyContext, tool: TransferMechanism, safeguards: string | undefined): string[] {
  const plain = capitalised(context.catalogue.mechanisms[tool]);
  return safeguards === undefined ? [plain] : [plain, safeguards];
}

function recipientOf(
  context: PolicyContext,
  transfer: Transfer,
  processor: Processor | undefined,
  where: string,
  activity: ProcessingActivity,
): string | undefined {
  if (transfer.processorId !== undefined && processor !== undefined) return context.processorName(processor);
  const named = context.publicText(transfer.recipient, `${where} recipient`, { id: activity.id, type: 'activity' });
  if (named === undefined) context.texts.notRecorded(where, 'the recipient: the transfer is left out of the policy', activity.id, 'activity');
  return named;
}

/** Confirmed none, and every processor reached is known to keep the data inside the EEA. */
function provesNoTransfer(context: PolicyContext, activity: ProcessingActivity): boolean {
  if (activity.confirmedNone?.includes('transfers') !== true) return false;
  return processorsReached(activity, context.view).every(({ processor }) => {
    const located = processor.country !== undefined || (processor.dataLocations?.length ?? 0) > 0;
    return located && context.view.locationsAbroad(processor).length === 0;
  });
}

/** The same transfer recorded by several activities is listed once. */
function uniqueRows(rows: PolicyCell[][]): PolicyCell[][] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A clause with a place for a link: the text before and after the marker, the link between. */
export function splitAround(clause: string, inserted: PolicyInline[]): PolicyInline[] {
  const [before = '', after = ''] = clause.split('\u0000');
  return [before, ...inserted, after].filter((part) => part !== '');
}
