// Text for the staff area's storage section: space, persistence, how long the days are kept and
// the diagnostic log.
import type { DayKey } from '../domain/types';
import { formatDay, type Lang } from './index';

/** A date with its year, for "kept from" messages (the board's own dates leave the year out). */
export const dayWithYear = (day: DayKey, lang: Lang): string =>
  lang === 'da' ? formatDay(day, 'da', true) : `${formatDay(day, 'en')} ${day.slice(0, 4)}`;

const da = {
  title: 'Lager og fejllog',
  section: 'Lager',
  back: 'Tilbage til tavlen',
  used: 'Brugt',
  available: 'Plads i alt',
  persistent: 'Beskyttet mod oprydning',
  yes: 'Ja',
  no: 'Nej',
  unknown: 'Ukendt',
  nearlyFull: (pct: number) =>
    `Lageret er ${pct} % fyldt. Tag en sikkerhedskopi, og slet gamle billeder, før det bliver fuldt.`,
  notPersistent:
    'Browseren kan rydde tavlens data, hvis disken bliver fuld. Installér tavlen som app for at beskytte den.',
  log: 'Fejllog',
  logEmpty: 'Ingen fejl er skrevet ned.',
  exportLog: 'Gem fejlloggen som fil',
  level: { error: 'Fejl', warn: 'Advarsel', info: 'Besked' },
  keep: {
    title: 'Dagenes oplysninger gemmes i',
    months: (n: number) => `${n} måneder`,
    what: 'Indtjekning, energi, hvem der lavede hvad, og dagens ændringer. Klippekortene beholder alle klip.',
    ask: (date: string) => `Det sletter oplysninger fra før ${date}.`,
    yes: 'Ja, slet dem',
    no: 'Nej',
    saved: 'Gemt.',
    deleted: (n: number) => `Gemt. ${n} gamle oplysninger er slettet.`,
    notDeleted: 'Gemt. De gamle oplysninger kunne ikke slettes lige nu. Tavlen prøver igen i nat.',
    notSaved: 'Det blev ikke gemt. Intet er ændret.',
  },
};

export type StorageText = typeof da;

const en: StorageText = {
  title: 'Storage and error log',
  section: 'Storage',
  back: 'Back to the board',
  used: 'Used',
  available: 'Total space',
  persistent: 'Protected from clean-up',
  yes: 'Yes',
  no: 'No',
  unknown: 'Unknown',
  nearlyFull: (pct: number) =>
    `Storage is ${pct} % full. Make a backup and delete old photos before it is full.`,
  notPersistent:
    "The browser may clear the board's data if the disk gets full. Install the board as an app to protect it.",
  log: 'Error log',
  logEmpty: 'No errors have been written down.',
  exportLog: 'Save the error log as a file',
  level: { error: 'Error', warn: 'Warning', info: 'Message' },
  keep: {
    title: "The days' details are kept for",
    months: (n: number) => `${n} months`,
    what: "Check-ins, energy, who did what, and the day's changes. The punch cards keep every punch.",
    ask: (date: string) => `This deletes details from before ${date}.`,
    yes: 'Yes, delete them',
    no: 'No',
    saved: 'Saved.',
    deleted: (n: number) => `Saved. ${n} old details were deleted.`,
    notDeleted: 'Saved. The old details could not be deleted just now. The board tries again tonight.',
    notSaved: 'It was not saved. Nothing has changed.',
  },
};

export default { da, en };
