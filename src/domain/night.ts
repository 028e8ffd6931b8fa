// Opening hours decide the board's mood: lit while the café is (about to be) open, a calm dim
// night view otherwise (which already shows the next open day).
import { addDays, instantAt } from './calendar';
import type { BoardDay } from './day';
import type { DayPlan } from './plan';
import type { DayKey, Instant } from './types';

/** The board lights up this long before the day's first block, for staff arriving early. */
export const WAKE_BEFORE_MIN = 60;

export function isNight(at: Instant, shown: BoardDay): boolean {
  if (shown.relation !== 'today' || !shown.plan.open) return true;
  return at < instantAt(shown.plan.day, shown.plan.opens - WAKE_BEFORE_MIN);
}

/**
 * When the board is lit over the coming days, as [from, to) instants, and until when that is
 * known: what index.html needs to paint the night colours before any of the app's code has run.
 * It agrees with isNight: lit from an hour before a day opens until it closes.
 */
export function litHours(
  today: DayKey,
  days: number,
  planOf: (day: DayKey) => DayPlan,
): { until: Instant; lit: [Instant, Instant][] } {
  const lit: [Instant, Instant][] = [];
  for (let i = 0; i < days; i++) {
    const plan = planOf(addDays(today, i));
    if (plan.open)
      lit.push([instantAt(plan.day, plan.opens - WAKE_BEFORE_MIN), instantAt(plan.day, plan.closes)]);
  }
  return { until: instantAt(addDays(today, days), 0), lit };
}
