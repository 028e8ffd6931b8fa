// The readable list of changes. A history entry's label is stored as JSON [key, ...values], so the
// list reads in the language chosen when it is shown, not when the edit was made.
import { formatDay } from './index';
import { plannerHistory } from './planner';
import { possessive } from './possessive';

const da = {
  taskMoved: (task: string, to: string) => `${task} flyttet til ${to}`,
  taskReordered: (task: string) => `${task} flyttet i rækkefølgen`,
  personMoved: (person: string, shift: string) => `${person} flyttet til ${shift}`,
  onShift: (person: string, shift: string, day: string) =>
    `${person} sat på ${shift} ${formatDay(day, 'da')}`,
  offShift: (person: string, shift: string, day: string) =>
    `${person} taget af ${shift} ${formatDay(day, 'da')}`,
  addedOnShift: (person: string, shift: string, day: string) =>
    `${person} tilføjet og sat på ${shift} ${formatDay(day, 'da')}`,
  saved: (what: string) => `${what} gemt`,
  added: (what: string) => `${what} tilføjet`,
  deleted: (what: string) => `${what} slettet`,
  oneOff: (what: string) => `Ændring for dagen: ${what}`,
  putBack: (task: string) => `${task} lagt tilbage i gøremål`,
  helpHandled: (task: string) => `Hjælp ved ${task} klaret`,
  skill: (person: string, task: string) => `${person}: færdighed i ${task}`,
  teacher: (task: string) => `Oplæring ved ${task}`,
  goals: (person: string) => `${possessive(person, 'da')} mål`,
  showGoals: (person: string) => `${possessive(person, 'da')} mål på tavlen`,
  merged: (what: string) => `${what || 'En ændring'}: samlet med en anden skærms ændring`,
  ...plannerHistory.da,
};
type HistoryText = { [K in keyof typeof da]: (...args: string[]) => string };

const en: HistoryText = {
  taskMoved: (task, to) => `${task} moved to ${to}`,
  taskReordered: (task) => `${task} moved in the order`,
  personMoved: (person, shift) => `${person} moved to ${shift}`,
  onShift: (person, shift, day) => `${person} put on ${shift} on ${formatDay(day, 'en')}`,
  offShift: (person, shift, day) => `${person} taken off ${shift} on ${formatDay(day, 'en')}`,
  addedOnShift: (person, shift, day) => `${person} added and put on ${shift} on ${formatDay(day, 'en')}`,
  saved: (what) => `${what} saved`,
  added: (what) => `${what} added`,
  deleted: (what) => `${what} deleted`,
  oneOff: (what) => `Change for the day: ${what}`,
  putBack: (task) => `${task} put back among optional tasks`,
  helpHandled: (task) => `Help with ${task} handled`,
  skill: (person, task) => `${person}: skill in ${task}`,
  teacher: (task) => `Training at ${task}`,
  goals: (person) => `${possessive(person, 'en')} goals`,
  showGoals: (person) => `${possessive(person, 'en')} goals on the board`,
  merged: (what) => `${what || 'A change'}: merged with another screen's change`,
  ...plannerHistory.en,
};

export type HistoryKey = keyof typeof da;
const texts = { da, en };

/** A stored label in words; a label from elsewhere is shown as it is. */
export function historyLabel(label: string, lang: 'da' | 'en'): string {
  try {
    const [key, ...values] = JSON.parse(label) as [string, ...string[]];
    const fn = (texts[lang] as Record<string, ((...a: string[]) => string) | undefined>)[key];
    return fn ? fn(...values) : label;
  } catch {
    return label;
  }
}
