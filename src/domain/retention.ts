// How long the days' records are kept: check-ins with their energy answers, who did which task,
// help requests and one-off changes. The café needs them for a while (the week plan, the punch
// card's history, a look back), not for years: storage limitation, and the board's privacy stance.
import { monthsBefore } from './calendar';
import type { DayKey } from './types';

/** The windows staff can choose, in months. */
export const KEEP_MONTHS_CHOICES = [3, 6, 12, 24] as const;
export type KeepMonths = (typeof KEEP_MONTHS_CHOICES)[number];
export const DEFAULT_KEEP_MONTHS: KeepMonths = 12;

/** A stored setting (perhaps from an imported file) read as one of the offered windows. */
export function keepMonthsOf(value: unknown): KeepMonths {
  return (KEEP_MONTHS_CHOICES as readonly unknown[]).includes(value)
    ? (value as KeepMonths)
    : DEFAULT_KEEP_MONTHS;
}

/** The first day whose records are kept: the same date `months` calendar months before today. */
export function firstDayKept(today: DayKey, months: number): DayKey {
  return monthsBefore(today, months);
}
