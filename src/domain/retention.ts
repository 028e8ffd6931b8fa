// How long the days' records are kept: check-ins with their energy answers, who did which task,
// help requests and one-off changes. The café needs them for a while (the week plan, the punch
// card's history, a look back), not for years: storage limitation, and the board's privacy stance.
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

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The same date `n` calendar months earlier; a day that month lacks clamps to its last day
 * (1 month before 31 March is 28 or 29 February). Pure DayKey arithmetic like calendar.ts (no
 * zone, so no DST), kept here because only the retention job needs it: whatever calendar.ts
 * holds ships with the board's first paint.
 */
export function monthsBefore(day: DayKey, n: number): DayKey {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const months = y * 12 + (m - 1) - n;
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

/** The first day whose records are kept: the same date `months` calendar months before today. */
export function firstDayKept(today: DayKey, months: number): DayKey {
  return monthsBefore(today, months);
}
