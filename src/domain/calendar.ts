// Days and times in Europe/Copenhagen. A DayKey is pure calendar arithmetic (no zone), an instant
// is converted through the zone only at the edges, so DST days (23 h, 25 h) come out right.
import type { DayKey, Instant, Minutes, Weekday } from './types';

export const ZONE = 'Europe/Copenhagen';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, '0');

/** Midnight UTC of the last Sunday of a month (month 0-based). */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

/**
 * Copenhagen's distance from UTC by the EU rule (in force since 1996, the same in the time-zone
 * database): summer time (+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October, otherwise +1. Plain arithmetic instead of Intl: the first
 * Intl.DateTimeFormat with a time zone loads the browser's zone data, which cost the board's cold
 * start about 100 ms at 4x CPU slowdown. `checkZoneRule` compares it with that data once the board
 * is painted, so a change in the law never leaves the board an hour wrong.
 */
function euRule(instant: Instant): number {
  const year = new Date(instant).getUTCFullYear();
  const summer = instant >= lastSunday(year, 2) + HOUR && instant < lastSunday(year, 9) + HOUR;
  return summer ? 2 * HOUR : HOUR;
}

let zoneParts: Intl.DateTimeFormat | undefined;

/** Copenhagen's distance from UTC by the browser's time-zone database (slow the first time). */
export function zoneDataOffset(instant: Instant): number {
  zoneParts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const p = Object.fromEntries(zoneParts.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0) - instant;
}

let offsetRule: (instant: Instant) => number = euRule;

export function offsetAt(instant: Instant): number {
  return offsetRule(instant);
}

/**
 * Compare the EU rule with the zone data over the coming 13 months: noon mid-month, and the hour
 * before and the hour of each change the rule makes in March and October. The zone data holds one
 * offset between its changes, which fall on whole UTC hours: a change the law moved to another
 * hour or day, or dropped, shows in one of those two hours. (Every hour of the last eight days of
 * March and October was compared before: about 400 zone lookups, 100 ms at 4x CPU in one task
 * after the board's first paint.) From then on the fast rule is used where they agree, the zone
 * data where they do not. Returns the first instant where they differ, or null.
 */
export function checkZoneRule(from: Instant, reference = zoneDataOffset): Instant | null {
  const start = new Date(from);
  const differs = (t: Instant) => euRule(t) !== reference(t);
  let wrong: Instant | null = null;
  for (let i = 0; i <= 13 && wrong === null; i++) {
    const noon = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 15, 11);
    if (differs(noon)) wrong = noon;
    const month = new Date(noon).getUTCMonth();
    if (wrong !== null || (month !== 2 && month !== 9)) continue;
    const change = lastSunday(new Date(noon).getUTCFullYear(), month) + HOUR;
    wrong = [change - HOUR, change].find(differs) ?? null;
  }
  offsetRule = wrong === null ? euRule : reference;
  return wrong;
}

/** The wall clock in Copenhagen, read through UTC getters. */
const wallClock = (instant: Instant) => new Date(instant + offsetAt(instant));

export function dayKeyOf(instant: Instant): DayKey {
  const d = wallClock(instant);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Wall-clock minutes since midnight at an instant. */
export function minutesOf(instant: Instant): Minutes {
  const d = wallClock(instant);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

function parts(day: DayKey): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

export function isDayKey(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = parts(value);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function addDays(day: DayKey, n: number): DayKey {
  const [y, m, d] = parts(day);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function weekdayOf(day: DayKey): Weekday {
  const [y, m, d] = parts(day);
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (js === 0 ? 7 : js) as Weekday;
}

/** Monday of the ISO week that holds `day`. */
export function mondayOf(day: DayKey): DayKey {
  return addDays(day, 1 - weekdayOf(day));
}

export function weekOf(day: DayKey): DayKey[] {
  const monday = mondayOf(day);
  return [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
}

/**
 * The instant at a wall-clock time on a day. A time that does not exist (02:30 on the spring DST
 * day) moves forward by the gap; a repeated time (02:30 in October) resolves to the later one.
 */
export function instantAt(day: DayKey, minutes: Minutes): Instant {
  const [y, m, d] = parts(day);
  const wall = Date.UTC(y, m - 1, d) + minutes * 60_000;
  // The wall time read as winter time (+1) and as summer time (+2); keep the one that is true.
  const winter = wall - HOUR;
  const summer = wall - 2 * HOUR;
  if (offsetAt(winter) === HOUR) return winter; // also the later of a repeated autumn time
  if (offsetAt(summer) === 2 * HOUR) return summer;
  return winter; // the spring gap: forward by the hour that does not exist
}

export function startOfDay(day: DayKey): Instant {
  return instantAt(day, 0);
}

/** Length of a calendar day in hours: 24, or 23 / 25 on DST days. */
export function hoursInDay(day: DayKey): number {
  return (startOfDay(addDays(day, 1)) - startOfDay(day)) / 3_600_000;
}

/** Milliseconds until the next whole wall-clock minute. */
export function msToNextMinute(instant: Instant): number {
  return 60_000 - (instant % 60_000);
}

export function formatMinutes(m: Minutes): string {
  const h = Math.floor(m / 60) % 24;
  return `${pad(h)}:${pad(m % 60)}`;
}

export function parseMinutes(text: string): Minutes | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const min = Number(match[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: DayKey): number {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const [y, m, d] = parts(thursday);
  const start = Date.UTC(y, 0, 1);
  return Math.floor((Date.UTC(y, m - 1, d) - start) / 86_400_000 / 7) + 1;
}
