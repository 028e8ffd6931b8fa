// Which day the board is about: today while it is still ahead or under way, otherwise the next
// day the café is open (shown clearly as that day, never mixed with today).
import { addDays, dayKeyOf, instantAt } from './calendar';
import type { DayPlan } from './plan';
import type { DayKey, Instant } from './types';

export interface BoardDay {
  plan: DayPlan;
  /** 'today' while today's opening hours have not ended; otherwise the next open day. */
  relation: 'today' | 'tomorrow' | 'later';
  /** True when today is a closed day. */
  closedToday: boolean;
}

export function boardDay(at: Instant, planOf: (day: DayKey) => DayPlan): BoardDay {
  const today = dayKeyOf(at);
  const plan = planOf(today);
  if (plan.open && at < instantAt(today, plan.closes)) return { plan, relation: 'today', closedToday: false };
  for (let i = 1; i <= 14; i++) {
    const next = planOf(addDays(today, i));
    if (next.open) return { plan: next, relation: i === 1 ? 'tomorrow' : 'later', closedToday: !plan.open };
  }
  return { plan, relation: 'today', closedToday: !plan.open };
}
