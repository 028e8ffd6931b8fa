// "Min dag": one person's day, opened by tapping their face on the board. Only that screen shows
// these words, so they load with it, not with the board's first paint.
import { formatMinutes as hm } from '../domain/calendar';
import { type Lang, texts } from './index';
import { possessive } from './possessive';

const da = {
  title: (name: string) => `${possessive(name, 'da')} dag`,
  yourShift: 'Din vagt',
  yourShifts: 'Dine vagter',
  noShift: (when: string) => `Du har ikke vagt ${when}.`,
  shiftStarts: (m: number) => `Din vagt starter kl. ${hm(m)}`,
  shiftEnds: (m: number) => `Din vagt slutter kl. ${hm(m)}`,
  shiftOver: 'Din vagt er slut. Tak for i dag.',
  tasksTitle: 'Dine opgaver',
  noTasks: 'Ingen opgaver til dig endnu. Spørg personalet, eller se «Jeg har tid».',
  forYou: 'Til dig',
  anyoneAt: (station: string) => `Kan tages af alle på ${station}`,
  teachersTitle: 'Lærer dig i dag',
  teaches: (teacher: string, task: string) => `${teacher}: ${task}`,
  changesTitle: 'Anderledes for dig',
  dayOff: 'Du har fri.',
  closed: 'Caféen er lukket.',
  nextShift: (day: string) => `Næste vagt: ${day}`,
  notFound: 'Den person er her ikke længere.',
};

const en: typeof da = {
  title: (name) => `${possessive(name, 'en')} day`,
  yourShift: 'Your shift',
  yourShifts: 'Your shifts',
  noShift: (when) => `You are not on shift ${when}.`,
  shiftStarts: (m) => `Your shift starts at ${hm(m)}`,
  shiftEnds: (m) => `Your shift ends at ${hm(m)}`,
  shiftOver: 'Your shift is over. Thank you for today.',
  tasksTitle: 'Your tasks',
  noTasks: 'No tasks for you yet. Ask the staff, or look at “I have time”.',
  forYou: 'For you',
  anyoneAt: (station) => `Anyone at ${station} may take it`,
  teachersTitle: 'Teaching you today',
  teaches: (teacher, task) => `${teacher}: ${task}`,
  changesTitle: 'Different for you',
  dayOff: 'Your day off.',
  closed: 'The café is closed.',
  nextShift: (day) => `Next shift: ${day}`,
  notFound: 'This person is no longer here.',
};

const catalogue = {
  da: { ...texts('da').board, ...texts('da').together, ...da },
  en: { ...texts('en').board, ...texts('en').together, ...en },
};

/** The board's and the shared morning's words with Min dag's own, in one language. */
export function myDayTexts(lang: Lang) {
  return catalogue[lang];
}
