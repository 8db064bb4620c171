// Items a record may leave empty, where empty is not an answer: the DPO either fills them in or confirms there are
// none ("None (confirmed)"), and the documents then say "None" instead of "Not recorded". Also the Art. 32 measures.
import type { Organisation, ProcessingActivity } from '../../model/records.ts';
import type { ConfirmableItem } from '../../model/vocabulary.ts';
import { isEeaCountry } from '../../reference/transfer-reference.ts';
import type { Emit } from '../findings.ts';
import { listGap } from './texts.ts';

const confirmed = (activity: ProcessingActivity, item: ConfirmableItem) => activity.confirmedNone?.includes(item) === true;

/**
 * `transfersThroughProcessors`: the transfers that follow from where the activity's processors keep the data. Where
 * there are any, "no transfer stated" is not the point: they are shown, and those without a tool are errors.
 */
export function statementRules(activity: ProcessingActivity, organisation: Organisation | undefined, transfersThroughProcessors: number, emit: Emit): void {
  const record = { type: 'activity' as const, id: activity.id };
  const asController = activity.role !== 'processor';
  // What the rule judged: the item and whether it is confirmed as none (not the other items' confirmations).
  const basis = (field: keyof ProcessingActivity, item: ConfirmableItem) => ({ value: activity[field], confirmed: confirmed(activity, item) });

  if (asController && listGap(activity.recipients).empty && !confirmed(activity, 'recipients')) {
    emit({ rule: 'recipients-unstated', record, field: 'recipients', params: {}, basis: basis('recipients', 'recipients') });
  }
  // A "transfer" inside the EEA is none (reported on its own): only those leaving it state a transfer.
  const leaving = (activity.transfers ?? []).filter((transfer) => transfer.country === 'INT' || !isEeaCountry(transfer.country));
  if (leaving.length === 0 && !confirmed(activity, 'transfers') && transfersThroughProcessors === 0) {
    emit({ rule: 'transfers-unstated', record, field: 'transfers', params: {}, basis: basis('transfers', 'transfers') });
  }
  if (asController && listGap(activity.sources).empty && !confirmed(activity, 'sources')) {
    emit({ rule: 'sources-unstated', record, field: 'sources', params: {}, basis: basis('sources', 'sources') });
  }
  if (listGap(activity.securityMeasures).empty && listGap(organisation?.securityMeasures).empty) {
    emit({
      rule: 'security-measures-missing',
      record,
      field: 'securityMeasures',
      params: {},
      basis: { activity: activity.securityMeasures, organisation: organisation?.securityMeasures },
    });
  }
}
