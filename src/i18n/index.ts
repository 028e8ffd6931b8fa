// All on-screen text comes from here. Each room keeps its Danish and English side by side.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { da as daLocale, enGB } from 'date-fns/locale';
import { instantAt, ZONE } from '../domain/calendar';
import type { DayKey } from '../domain/types';
import board from './board';
import changes from './changes';
import edit from './edit';
import editors from './editors';
import errors from './errors';
import staff from './staff';
import together from './together';
import togetherStaff from './togetherStaff';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

const catalogue = {
  da: {
    lang: 'da' as Lang,
    board: board.da,
    change: changes.da,
    errors: errors.da,
    together: together.da,
    togetherStaff: togetherStaff.da,
    staff: staff.da,
    edit: edit.da,
    editors: editors.da,
  },
  en: {
    lang: 'en' as Lang,
    board: board.en,
    change: changes.en,
    errors: errors.en,
    together: together.en,
    togetherStaff: togetherStaff.en,
    staff: staff.en,
    edit: edit.en,
    editors: editors.en,
  },
};

export type Text = typeof catalogue.da;
export type { Names } from './changes';

export function texts(lang: Lang): Text {
  return catalogue[lang];
}

const locales = { da: daLocale, en: enGB };

/** A day in words, e.g. "mandag 23. november". */
export function formatDay(day: DayKey, lang: Lang, withYear = false): string {
  const date = new TZDate(instantAt(day, 12 * 60), ZONE);
  const pattern = lang === 'da' ? (withYear ? 'EEEE d. MMMM yyyy' : 'EEEE d. MMMM') : 'EEEE d MMMM';
  return format(date, pattern, { locale: locales[lang] });
}

export function formatWeekday(day: DayKey, lang: Lang): string {
  return format(new TZDate(instantAt(day, 12 * 60), ZONE), 'EEEE', { locale: locales[lang] });
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
