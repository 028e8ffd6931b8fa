// Words of the week planner ("Planlæg ugen"): the grid, the rail of people, the face's panel and
// the problems shown while planning. Danish first; English has the same shape.
import type { Away } from '../domain/types';

type Reason = Away['reason'];

/** Hours from minutes, with a decimal comma where it is not whole: "12", "12,5". */
const hoursDa = (minutes: number) => (Math.round(minutes / 30) / 2).toString().replace('.', ',');
const hoursEn = (minutes: number) => (Math.round(minutes / 30) / 2).toString();

const da = {
  title: 'Planlæg ugen',
  weeks: 'Vælg uge',
  thisWeek: 'Denne uge',
  nextWeek: 'Næste uge',
  weekAfter: 'Ugen efter',
  weekOf: (week: number, from: string, to: string) => `Uge ${week}: ${from} – ${to}`,
  resetWeek: 'Hele ugen som den faste uge',
  resetDay: 'Som den faste uge',
  resetDayName: (day: string) => `${day}: som den faste uge`,
  copyLastWeek: 'Kopiér sidste uge',
  help: 'Træk et ansigt til en vagt. Slip det på listen med personer for at tage det af vagten. Eller tryk på ansigtet for at få knapper.',
  days: 'Vis dag',
  people: 'Personer',
  hours: (minutes: number) => `${hoursDa(minutes)}\u00a0t`,
  dayTotal: (people: number, minutes: number) => `${people}\u00a0på vagt, ${hoursDa(minutes)}\u00a0t`,
  closed: 'Lukket',
  noShifts: 'Ingen vagt',
  nobodyOn: 'Ingen på',
  nobodyOnLong: (station: string) => `Ingen på ${station} denne dag`,
  away: 'Væk',
  awayDays: (days: string) => `Væk: ${days}`,
  awayOnDay: (names: string) => `Væk: ${names}`,
  canTakeOver: 'Kan tage over:',
  dropOff: 'Slip her for at tage personen af vagten',
  notAShift: 'Slip ansigtet på en vagt, eller på listen med personer for at tage det af.',
  // The face's panel: the moves as buttons, and away or sick
  panelTitle: (name: string) => `${name}`,
  close: 'Luk',
  chooseDay: 'Vælg dag',
  putOn: 'Sæt på en vagt',
  moveTo: 'Flyt til en anden vagt',
  takeOff: (shift: string) => `Tag af ${shift}`,
  sickToday: 'Syg i dag',
  awayTitle: 'Væk fra … til …',
  from: 'Fra',
  to: 'Til',
  reason: 'Grund (kun for personalet)',
  reasons: { ill: 'Syg', holiday: 'Ferie', course: 'Kursus', other: 'Andet' } satisfies Record<
    Reason,
    string
  >,
  setAway: 'Sæt væk',
  awayList: 'Væk',
  awayEntry: (from: string, to: string, reason: string) =>
    from === to ? `${from} (${reason})` : `${from} til ${to} (${reason})`,
  endAway: 'Tilbage igen',
  // What the last tap did, on one line kept for it
  placed: (name: string, shift: string) => `${name} er sat på ${shift}.`,
  removed: (name: string, shift: string) => `${name} er taget af ${shift}.`,
  dayReset: (day: string) => `${day} er som den faste uge igen.`,
  weekReset: 'Ugen er som den faste uge igen.',
  weekCopied: 'Sidste uges ændringer er kopieret til denne uge.',
  awaySet: (name: string) => `${name} er sat væk. Vagterne de dage er tømt.`,
  awayEnded: (name: string) => `${name} er tilbage igen.`,
  notDone: 'Det blev ikke gemt. Prøv igen.',
};

type Text = typeof da;

const en: Text = {
  title: 'Plan the week',
  weeks: 'Choose week',
  thisWeek: 'This week',
  nextWeek: 'Next week',
  weekAfter: 'The week after',
  weekOf: (week, from, to) => `Week ${week}: ${from} – ${to}`,
  resetWeek: 'Whole week as the usual week',
  resetDay: 'As the usual week',
  resetDayName: (day) => `${day}: as the usual week`,
  copyLastWeek: 'Copy last week',
  help: 'Drag a face to a shift. Drop it on the list of people to take it off the shift. Or tap the face for buttons.',
  days: 'Show day',
  people: 'People',
  hours: (minutes) => `${hoursEn(minutes)}\u00a0h`,
  dayTotal: (people, minutes) => `${people}\u00a0on shift, ${hoursEn(minutes)}\u00a0h`,
  closed: 'Closed',
  noShifts: 'No shift',
  nobodyOn: 'Nobody on',
  nobodyOnLong: (station) => `Nobody on ${station} this day`,
  away: 'Away',
  awayDays: (days) => `Away: ${days}`,
  awayOnDay: (names) => `Away: ${names}`,
  canTakeOver: 'Could take over:',
  dropOff: 'Drop here to take the person off the shift',
  notAShift: 'Drop the face on a shift, or on the list of people to take it off.',
  panelTitle: (name) => `${name}`,
  close: 'Close',
  chooseDay: 'Choose a day',
  putOn: 'Put on a shift',
  moveTo: 'Move to another shift',
  takeOff: (shift) => `Take off ${shift}`,
  sickToday: 'Ill today',
  awayTitle: 'Away from … to …',
  from: 'From',
  to: 'To',
  reason: 'Reason (staff only)',
  reasons: { ill: 'Ill', holiday: 'Holiday', course: 'Course', other: 'Other' },
  setAway: 'Set away',
  awayList: 'Away',
  awayEntry: (from, to, reason) => (from === to ? `${from} (${reason})` : `${from} to ${to} (${reason})`),
  endAway: 'Back again',
  placed: (name, shift) => `${name} is on ${shift}.`,
  removed: (name, shift) => `${name} is off ${shift}.`,
  dayReset: (day) => `${day} is as the usual week again.`,
  weekReset: 'The week is as the usual week again.',
  weekCopied: "Last week's changes are copied to this week.",
  awaySet: (name) => `${name} is set away. Their shifts on those days are empty.`,
  awayEnded: (name) => `${name} is back again.`,
  notDone: 'It was not saved. Try again.',
};

export default { da, en };
