import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkZoneRule,
  dayKeyOf,
  formatMinutes,
  hoursInDay,
  instantAt,
  isDayKey,
  minutesOf,
  mondayOf,
  offsetAt,
  parseMinutes,
  weekdayOf,
  weekOf,
  zoneDataOffset,
} from '../../../src/domain/calendar';

const utc = (iso: string) => Date.parse(iso);

describe('calendar in Europe/Copenhagen', () => {
  it('names the Copenhagen day, not the UTC day, just after local midnight', () => {
    // 23:30 UTC on 22 Nov is 00:30 on 23 Nov in Copenhagen (CET, +1).
    expect(dayKeyOf(utc('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(minutesOf(utc('2026-11-22T23:30:00Z'))).toBe(30);
  });

  it('has 23 hours on 29 March 2026 and 25 hours on 25 October 2026', () => {
    expect(hoursInDay('2026-03-29')).toBe(23);
    expect(hoursInDay('2026-10-25')).toBe(25);
    expect(hoursInDay('2026-11-23')).toBe(24);
  });

  it('puts wall-clock times on the right instants around DST', () => {
    expect(new Date(instantAt('2026-03-29', 8 * 60)).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(new Date(instantAt('2026-03-28', 8 * 60)).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    // 02:30 does not exist in spring: it moves forward by the gap.
    expect(new Date(instantAt('2026-03-29', 150)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice in autumn: the later one.
    expect(new Date(instantAt('2026-10-25', 150)).toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(new Date(instantAt('2026-10-25', 24 * 60)).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('round-trips every minute of both DST days', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      const start = instantAt(day, 0);
      const end = instantAt(addDays(day, 1), 0);
      const seen = new Set<string>();
      for (let t = start; t < end; t += 60_000) {
        expect(dayKeyOf(t)).toBe(day);
        seen.add(formatMinutes(minutesOf(t)));
      }
      expect(seen.size).toBe(day === '2026-03-29' ? 23 * 60 : 24 * 60);
    }
  });

  it('follows the time-zone database for Copenhagen from 1996 to 2100', () => {
    // The zone data the browser and Node carry (ICU) is the reference for our own rule.
    const intlOffset = zoneDataOffset;
    const wrong: string[] = [];
    for (let year = 1996; year <= 2100; year++) {
      // Every hour, and the minute before it, of the last eight days of March and October (the
      // changes happen on a whole UTC hour), and noon on the 15th of each month.
      for (const month of [2, 9]) {
        for (let t = Date.UTC(year, month, 24); t < Date.UTC(year, month + 1, 1); t += 3_600_000) {
          for (const at of [t - 60_000, t]) {
            if (offsetAt(at) !== intlOffset(at)) wrong.push(new Date(at).toISOString());
          }
        }
      }
      for (let month = 0; month < 12; month++) {
        const t = Date.UTC(year, month, 15, 11);
        if (offsetAt(t) !== intlOffset(t)) wrong.push(new Date(t).toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it('follows the zone data instead of the EU rule when the law changes, and back when it agrees', () => {
    const noSummerTime = () => 3_600_000; // as if summer time were abolished
    const summerDay = Date.UTC(2027, 6, 1, 10);
    expect(dayKeyOf(Date.UTC(2027, 6, 1, 22, 30))).toBe('2027-07-02');
    expect(checkZoneRule(Date.UTC(2026, 10, 23), noSummerTime)).not.toBeNull();
    expect(minutesOf(summerDay)).toBe(11 * 60);
    expect(dayKeyOf(Date.UTC(2027, 6, 1, 22, 30))).toBe('2027-07-01');
    // With the real zone data the two agree again, and the fast rule is back.
    expect(checkZoneRule(Date.UTC(2026, 10, 23))).toBeNull();
    expect(minutesOf(summerDay)).toBe(12 * 60);
  });

  it('notices a change the law moves by a day or by an hour', () => {
    const HOUR = 3_600_000;
    const march2027 = Date.UTC(2027, 2, 28, 1); // the EU rule's change: 01:00 UTC, last Sunday
    const dayEarlier = (t: number) =>
      t >= march2027 - 24 * HOUR && t < march2027 ? 2 * HOUR : zoneDataOffset(t);
    expect(checkZoneRule(Date.UTC(2026, 10, 23), dayEarlier)).toBe(march2027 - HOUR);
    const october2027 = Date.UTC(2027, 9, 31, 1);
    const hourLater = (t: number) =>
      t >= october2027 && t < october2027 + HOUR ? 2 * HOUR : zoneDataOffset(t);
    expect(checkZoneRule(Date.UTC(2026, 10, 23), hourLater)).toBe(october2027);
    expect(checkZoneRule(Date.UTC(2026, 10, 23))).toBeNull();
  });

  it('adds days across months, years and DST without drifting', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('knows weekdays and weeks (Monday first)', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(weekOf('2026-11-25')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('reads and writes times of day and checks day keys', () => {
    expect(parseMinutes('8:30')).toBe(510);
    expect(parseMinutes('08.30')).toBe(510);
    expect(parseMinutes('24:00')).toBe(1440);
    expect(parseMinutes('25:00')).toBeNull();
    expect(parseMinutes('kl 8')).toBeNull();
    expect(formatMinutes(510)).toBe('08:30');
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-1-5')).toBe(false);
  });
});
