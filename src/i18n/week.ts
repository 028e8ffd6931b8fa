// The week plan's words (ugeskema). Only the week screen shows them, so they load with it, not
// with the board's first paint.

import { formatMinutes as hm } from '../domain/calendar';
import { type Lang, texts } from './index';
import togetherScreens from './togetherScreens';

const da = {
  weekTitle: 'Ugeskema',
  weekOf: (n: number) => `Uge ${n}`,
  wholeCafe: 'Hele caféen',
  everyonesWeek: 'Alles ugeskemaer',
  weekFor: (name: string) => `Ugeskema for ${name}`,
  cafeWeek: 'Caféens ugeskema',
  prevWeek: 'Forrige uge',
  nextWeek: 'Næste uge',
  tomorrow: 'I morgen',
  today: 'I dag',
  thisWeek: 'Denne uge',
  print: 'Udskriv',
  closed: 'Lukket',
  offDay: 'Fri',
  dayStructure: 'Dagens program',
  shifts: 'Vagter',
  hours: (from: number, to: number) => `${hm(from)}–${hm(to)}`,
};

const en: typeof da = {
  weekTitle: 'Week plan',
  weekOf: (n) => `Week ${n}`,
  wholeCafe: 'The whole café',
  everyonesWeek: "Everyone's week plans",
  weekFor: (name) => `Week plan for ${name}`,
  cafeWeek: "The café's week plan",
  prevWeek: 'Previous week',
  nextWeek: 'Following week',
  tomorrow: 'Tomorrow',
  today: 'Today',
  thisWeek: 'This week',
  print: 'Print',
  closed: 'Closed',
  offDay: 'Day off',
  dayStructure: "The day's programme",
  shifts: 'Shifts',
  hours: (from, to) => `${hm(from)}–${hm(to)}`,
};

const catalogue = {
  da: { ...texts('da').together, ...togetherScreens.da, ...da },
  en: { ...texts('en').together, ...togetherScreens.en, ...en },
};

/** The together words and the week plan's, in one language. */
export function weekTexts(lang: Lang) {
  return catalogue[lang];
}
