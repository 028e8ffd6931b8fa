import { describe, expect, it } from 'vitest';
import { addDays, instantAt } from '../../../src/domain/calendar';
import { boardDay } from '../../../src/domain/day';
import { isNight, litHours } from '../../../src/domain/night';
import { planDay } from '../../../src/domain/plan';
import type { Override, Weekday } from '../../../src/domain/types';
import { block } from './fixtures';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const blocks = [
  ...WEEKDAYS.flatMap((w) => [block(w, 480, 720, 'Formiddag'), block(w, 720, 930, 'Eftermiddag')]),
  block(6, 570, 900, 'Lørdag'),
];
// A one-off change: Thursday 29 October opens two hours later.
const overrides: Override[] = [
  {
    id: 'late',
    updatedAt: 0,
    day: '2026-10-29',
    kind: 'block',
    targetId: 'b-4-480',
    cancelled: false,
    patch: { start: 600 },
  },
];
const planOf = (day: string) => planDay(day, { blocks, shifts: [], overrides, tasks: [], taskDays: [] });

describe('the lit hours index.html reads before any code runs', () => {
  it('agree with the night view every ten minutes of a week, across the end of summer time', () => {
    const from = '2026-10-23';
    const { until, lit } = litHours(from, 8, planOf);
    expect(until).toBe(instantAt(addDays(from, 8), 0));
    for (let at = instantAt(from, 0); at < until; at += 10 * 60_000) {
      const litNow = lit.some(([a, b]) => at >= a && at < b);
      expect(litNow, new Date(at).toISOString()).toBe(!isNight(at, boardDay(at, planOf)));
    }
  });

  it('follow a one-off change and leave closed days dark', () => {
    const { lit } = litHours('2026-10-25', 5, planOf);
    // Sunday is closed; Monday to Thursday are lit from an hour before opening until closing.
    expect(lit).toEqual([
      [instantAt('2026-10-26', 420), instantAt('2026-10-26', 930)],
      [instantAt('2026-10-27', 420), instantAt('2026-10-27', 930)],
      [instantAt('2026-10-28', 420), instantAt('2026-10-28', 930)],
      [instantAt('2026-10-29', 540), instantAt('2026-10-29', 930)],
    ]);
  });
});
