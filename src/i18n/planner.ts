// The week planner's action words: why a face cannot go on a shift, why an away range is refused,
// and the planner's lines in "Dagens ændringer". Danish first; English has the same shape. The
// screens' own words are in plannerView.
import { capitalize, formatDay } from './index';

/** "9–13", "8.30–12": a shift's hours as the grid says them. */
export function hours(start: number, end: number): string {
  const one = (m: number) => {
    const h = Math.floor(m / 60) % 24;
    return m % 60 ? `${h}.${String(m % 60).padStart(2, '0')}` : `${h}`;
  };
  return `${one(start)}–${one(end)}`;
}

const da = {
  locked: 'Redigeringen er låst. Tryk på Personale og skriv pinkoden.',
  notSaved: 'Det blev ikke gemt. Prøv igen.',
  refusal: {
    same: (person: string) => `${person} er allerede på den vagt.`,
    overlap: (person: string, shift: string, hours: string) =>
      `${person} er på ${shift} ${hours} samme dag, og de to vagter overlapper.`,
    away: (person: string) => `${person} er her ikke den dag.`,
    gone: 'Den vagt eller den person findes ikke længere.',
  },
  away: {
    dateInvalid: 'Skriv datoerne som åååå-mm-dd, fx 2026-12-08.',
    endsFirst: 'Den sidste dag ligger før den første. Vælg datoerne igen.',
    tooLong: (days: number) => `Højst ${days} dage ad gangen. Sæt resten på, når det nærmer sig.`,
    tooMany: (count: number) => `Der er allerede ${count} fraværsperioder. Afslut en gammel først.`,
    gone: 'Personen findes ikke længere.',
    reason: 'Vælg hvorfor: syg, ferie, kursus eller andet.',
  },
};

export type PlannerText = typeof da;

const en: PlannerText = {
  locked: 'Editing is locked. Tap Staff and type the PIN.',
  notSaved: 'It was not saved. Try again.',
  refusal: {
    same: (person) => `${person} is already on that shift.`,
    overlap: (person, shift, hours) =>
      `${person} is on ${shift} ${hours} the same day, and the two shifts overlap.`,
    away: (person) => `${person} is not here that day.`,
    gone: 'That shift or that person no longer exists.',
  },
  away: {
    dateInvalid: 'Type the dates as yyyy-mm-dd, e.g. 2026-12-08.',
    endsFirst: 'The last day is before the first. Choose the dates again.',
    tooLong: (days) => `At most ${days} days at a time. Add the rest when it comes closer.`,
    tooMany: (count) => `There are already ${count} times away. End an old one first.`,
    gone: 'That person no longer exists.',
    reason: 'Choose why: ill, holiday, course or other.',
  },
};

/** A range of days in words: one day, or from–to. */
const range = (from: string, to: string, lang: 'da' | 'en') =>
  from === to ? formatDay(from, lang) : `${formatDay(from, lang)} – ${formatDay(to, lang)}`;

/** The planner's lines in "Dagens ændringer" (i18n/history.ts takes them in). The reason stays out. */
export const plannerHistory = {
  da: {
    dayReset: (day: string) => `${capitalize(formatDay(day, 'da'))} sat som den faste uge`,
    weekReset: (monday: string) => `Ugen fra ${formatDay(monday, 'da')} sat som den faste uge`,
    weekCopied: (monday: string) => `Sidste uge kopieret til ugen fra ${formatDay(monday, 'da')}`,
    awaySet: (person: string, from: string, to: string) => `${person} er væk ${range(from, to, 'da')}`,
    awayEnded: (person: string) => `${person} er ikke længere meldt væk`,
    tookOver: (person: string, shift: string) => `${person} tager over på ${shift}`,
  },
  en: {
    dayReset: (day: string) => `${formatDay(day, 'en')} set to the usual week`,
    weekReset: (monday: string) => `The week from ${formatDay(monday, 'en')} set to the usual week`,
    weekCopied: (monday: string) => `Last week copied to the week from ${formatDay(monday, 'en')}`,
    awaySet: (person: string, from: string, to: string) => `${person} is away ${range(from, to, 'en')}`,
    awayEnded: (person: string) => `${person} is no longer marked away`,
    tookOver: (person: string, shift: string) => `${person} takes over on ${shift}`,
  },
};

export default { da, en };
