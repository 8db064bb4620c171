// 5. Transfers outside the EEA: country, recipient, the safeguard in plain words and how to get a copy
// (Art. 13(1)(f)); where there are none, the policy says so.
import type { ProcessingActivity } from '../../model/records.ts';
import { countryTransferStatus } from '../../reference/transfer-reference.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyCell, PolicyInline } from '../policy-document.ts';
import { capitalised } from './purposes.ts';
import { paragraph, table } from './blocks.ts';

type Transfer = NonNullable<ProcessingActivity['transfers']>[number];

export function transfersSection(context: PolicyContext): PolicyBlock[] {
  const { catalogue } = context;
  const words = catalogue.transfers;
  const rows = uniqueRows(
    context.activities.flatMap((activity) =>
      (activity.transfers ?? []).flatMap((transfer, index) =>
        // Data going to an EEA country never leaves the EEA: not a transfer under Chapter V.
        countryTransferStatus(transfer.country) === 'eea' ? [] : [transferRow(context, activity, transfer, index)],
      ),
    ),
  );
  if (rows.length === 0) return [paragraph(words.none)];
  const blocks: PolicyBlock[] = [paragraph(words.intro), table([words.country, words.recipient, words.safeguard], rows)];
  if (context.contact !== undefined) blocks.push(paragraph(...splitAround(words.copy('\u0000'), context.contact)));
  return blocks;
}

function transferRow(context: PolicyContext, activity: ProcessingActivity, transfer: Transfer, index: number): PolicyCell[] {
  const { catalogue, texts } = context;
  const where = `Activity "${context.activityName(activity)}" transfer ${index + 1}`;
  const processor = transfer.processorId === undefined ? undefined : context.processorsById.get(transfer.processorId);
  const recipient =
    transfer.recipient !== undefined ? texts.text(transfer.recipient, `${where} recipient`, activity.id, 'activity') : processor === undefined ? '' : context.processorName(processor);
  let safeguard: string[];
  if (transfer.mechanism === undefined) {
    texts.notRecorded(where, 'the transfer mechanism (Art. 13(1)(f))', activity.id, 'activity');
    safeguard = [];
  } else {
    if (transfer.mechanism === 'privacy-shield') texts.notRecorded(where, 'a valid transfer mechanism: the Privacy Shield was annulled on 16 July 2020', activity.id, 'activity');
    safeguard = [capitalised(catalogue.mechanisms[transfer.mechanism])];
  }
  if (transfer.safeguards !== undefined) safeguard.push(texts.text(transfer.safeguards, `${where} safeguards`, activity.id, 'activity'));
  return [texts.country(transfer.country), recipient, safeguard];
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
