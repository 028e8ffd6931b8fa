// Now / next at an instant, and time left, measured in real time (so DST days are right).
import { dayKeyOf, instantAt } from './calendar';
import type { DayPlan, PlannedBlock } from './plan';
import type { Instant } from './types';

export interface NowNext {
  now: PlannedBlock | null;
  next: PlannedBlock | null;
  /** Whole minutes until `now` ends (or until `next` starts when nothing is on). */
  minutesLeft: number | null;
  phase: 'before' | 'during' | 'after' | 'closed';
}

export function nowNext(plan: DayPlan, at: Instant): NowNext {
  if (!plan.open) return { now: null, next: null, minutesLeft: null, phase: 'closed' };
  const day = plan.day;
  const sameDay = dayKeyOf(at) === day;
  const startOf = (b: PlannedBlock) => instantAt(day, b.start);
  const endOf = (b: PlannedBlock) => instantAt(day, b.end);
  const now = sameDay ? (plan.blocks.find((b) => startOf(b) <= at && at < endOf(b)) ?? null) : null;
  const next = plan.blocks.find((b) => startOf(b) > at && b !== now) ?? null;
  const until = now ? endOf(now) : next ? startOf(next) : null;
  const minutesLeft = until === null ? null : Math.max(0, Math.ceil((until - at) / 60_000));
  const phase =
    at < instantAt(day, plan.opens) ? 'before' : at >= instantAt(day, plan.closes) ? 'after' : 'during';
  return { now, next, minutesLeft, phase };
}

/** Where `at` falls on the day's timeline, 0..1 between opening and closing (for the marker). */
export function timelinePosition(plan: DayPlan, at: Instant): number | null {
  if (!plan.open) return null;
  const from = instantAt(plan.day, plan.opens);
  const to = instantAt(plan.day, plan.closes);
  if (at < from || at > to) return null;
  return (at - from) / (to - from);
}
