// All on-screen text comes from here. Each room keeps its Danish and English side by side. This
// catalogue holds what the public board shows; the staff area's own words (editors, edit mode on
// the board, backup, the staff side of together) load with it (staffText.ts).
import { weekdayOf } from '../domain/calendar';
import type { DayKey } from '../domain/types';
import board from './board';
import changes from './changes';
import errors from './errors';
import kiosk from './kiosk';
import staff from './staff';
import together from './together';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

const catalogue = {
  da: {
    lang: 'da' as Lang,
    board: board.da,
    change: changes.da,
    errors: errors.da,
    together: together.da,
    staff: staff.da,
    kiosk: kiosk.da,
  },
  en: {
    lang: 'en' as Lang,
    board: board.en,
    change: changes.en,
    errors: errors.en,
    together: together.en,
    staff: staff.en,
    kiosk: kiosk.en,
  },
};

export type Text = typeof catalogue.da;
export type { Names } from './changes';
export { possessive } from './possessive';

export function texts(lang: Lang): Text {
  return catalogue[lang];
}

// Day and month names kept here rather than date-fns' locale data: a DayKey already is a calendar
// date, so no zone is involved, and the board's first paint stays small (the bench measures it).
// A unit test checks every day of a year against date-fns' da and en-GB formats.
const NAMES = {
  da: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    months: [
      'januar',
      'februar',
      'marts',
      'april',
      'maj',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'december',
    ],
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
} as const;

/** A day in words, e.g. "mandag 23. november". */
export function formatDay(day: DayKey, lang: Lang, withYear = false): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const names = NAMES[lang];
  const weekday = names.weekdays[weekdayOf(day) - 1];
  const month = names.months[m - 1];
  return lang === 'da' ? `${weekday} ${d}. ${month}${withYear ? ` ${y}` : ''}` : `${weekday} ${d} ${month}`;
}

export function formatWeekday(day: DayKey, lang: Lang): string {
  return NAMES[lang].weekdays[weekdayOf(day) - 1]!;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
