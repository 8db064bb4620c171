// The register compared between two moments: both rebuilt from the audit log as `exportRegisterAsOf` rebuilds them
// (services/exchange.ts), `to` absent being now, then compared (shared/history/compare-registers.ts). A start after
// the end, before the history starts, or while the register had no organisation is refused, naming the moment; so is
// a register viewed as of a date.
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { compareRegisters } from '../../../../shared/history/compare-registers.ts';
import type { RegisterComparison } from '../../../../shared/ipc/outputs.ts';
import { timestamp } from '../../../../shared/model/dates.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import type { Services } from '../services/index.ts';

export type ComparedMoments = { comparison: RegisterComparison; from: ExchangeDocument; to: ExchangeDocument };

export function compareMoments(services: Services, moments: { from: string; to?: string | undefined }): ComparedMoments {
  const from = timestamp(new Date(moments.from));
  const to = moments.to === undefined ? undefined : timestamp(new Date(moments.to));
  // RFC 3339 in UTC to the second: the text's order is the moments' order.
  if (to !== undefined && from > to) throw refuse('invalid-input', 'register:compareFromAfterTo', { from, to }, 'from');
  const earlier = rebuilt(services, from, 'from');
  // The document rebuilt is dated with the backend's clock: that is now, where no end is given.
  const end = to ?? earlier.exportedAt;
  if (from > end) throw refuse('invalid-input', 'register:compareFromAfterTo', { from, to: end }, 'from');
  const later = rebuilt(services, end, 'to');
  const comparison = compareRegisters({ at: from, document: earlier }, { at: end, document: later }, (id) => services.activities.referenceOf(id));
  return { comparison, from: earlier, to: later };
}

/** The register at `at`, its refusals said as the comparison's, about the moment (`from` or `to`) they concern. */
function rebuilt(services: Services, at: string, moment: 'from' | 'to'): ExchangeDocument {
  try {
    return services.exchange.registerDocumentAsOf(at);
  } catch (error) {
    const key = error instanceof RegisterError ? error.refusal?.key : undefined;
    if (key === 'register:historyStartsLater') {
      throw refuse('not-found', 'register:compareBeforeHistory', { from: at, start: (error as RegisterError).refusal?.values['start'] ?? '' }, moment);
    }
    if (key === 'register:asOfNoOrganisation') throw refuse('invalid-input', 'register:compareNoOrganisation', { at }, moment);
    throw error;
  }
}
