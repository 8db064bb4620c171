// The two moments of a comparison as the pickers hold them and as compareRegister takes them (see
// components/form/moment.ts), and the two the screen opens on.
import type { CalendarDateTime } from '@internationalized/date';
import { momentOf, pickerValueOf, toTheMinute } from '../../components/form/moment.ts';

export type Moments = { from: string; to: string };
export type PickedMoments = { from: CalendarDateTime; to: CalendarDateTime };

export function momentsOf(picked: PickedMoments): Moments {
  return { from: momentOf(picked.from), to: momentOf(picked.to) };
}

/**
 * The comparison a DPO opens the screen on: the last year (from the same minute a year ago), up to now (to the
 * second, so that what was changed a moment ago is in it). A register whose history starts later than a year ago
 * (`since`) is compared from that start, to the second, as nothing earlier can be rebuilt.
 */
export function openingMoments(now: Date, since: Date | null): PickedMoments {
  const to = pickerValueOf(now);
  const aYearBefore = toTheMinute(to.subtract({ years: 1 }));
  const start = since === null ? null : pickerValueOf(since);
  const from = start !== null && start.compare(aYearBefore) > 0 && start.compare(to) < 0 ? start : aYearBefore;
  return { from, to };
}
