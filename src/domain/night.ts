// Opening hours decide the board's mood: lit while the café is (about to be) open, a calm dim
// night view otherwise (which already shows the next open day).
import { instantAt } from './calendar';
import type { BoardDay } from './day';
import type { Instant } from './types';

/** The board lights up this long before the day's first block, for staff arriving early. */
export const WAKE_BEFORE_MIN = 60;

export function isNight(at: Instant, shown: BoardDay): boolean {
  if (shown.relation !== 'today' || !shown.plan.open) return true;
  return at < instantAt(shown.plan.day, shown.plan.opens - WAKE_BEFORE_MIN);
}
