import { describe, expect, it } from 'vitest';
import { firstDayKept, KEEP_MONTHS_CHOICES, keepMonthsOf, monthsBefore } from '../../../src/domain/retention';

describe('how long the days are kept', () => {
  it('keeps the same date N calendar months back, and that day itself', () => {
    expect(firstDayKept('2026-11-23', 12)).toBe('2025-11-23');
    expect(firstDayKept('2026-11-23', 6)).toBe('2026-05-23');
    expect(firstDayKept('2026-11-23', 24)).toBe('2024-11-23');
    expect(firstDayKept('2026-02-10', 3)).toBe('2025-11-10');
  });

  it('clamps to the end of a shorter month', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2028-03-31', 1)).toBe('2028-02-29');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2026-12-31', 6)).toBe('2026-06-30');
    expect(monthsBefore('2027-01-15', 1)).toBe('2026-12-15');
  });

  it('counts calendar months through the DST days without drifting a day', () => {
    expect(monthsBefore('2026-10-25', 1)).toBe('2026-09-25');
    expect(monthsBefore('2026-04-29', 1)).toBe('2026-03-29');
  });

  it('uses 12 months unless staff chose one of the offered windows', () => {
    expect(KEEP_MONTHS_CHOICES).toEqual([3, 6, 12, 24]);
    expect(keepMonthsOf(undefined)).toBe(12);
    expect(keepMonthsOf(6)).toBe(6);
    expect(keepMonthsOf(7)).toBe(12);
    expect(keepMonthsOf('6')).toBe(12);
    expect(keepMonthsOf(0)).toBe(12);
  });
});
