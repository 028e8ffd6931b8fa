// Text for the today board and the task view. Danish first; English must have the same shape.
import { formatMinutes as hm } from '../domain/calendar';

/** "1 t 20 min", "2 t", "45 min". */
function duration(n: number, hour: string): string {
  const h = Math.floor(n / 60);
  const m = n % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} ${hour}` : `${h} ${hour} ${m} min`;
}

const da = {
  appName: 'Dagstavlen',
  now: 'Nu',
  next: 'Bagefter',
  minutesLeft: (n: number) => `${duration(n, 't')} tilbage`,
  startsIn: (n: number) => `om ${duration(n, 't')}`,
  opensAt: (m: number) => `Vi åbner kl. ${hm(m)}`,
  closedToday: 'Caféen er lukket i dag',
  nextOpenDay: (day: string) => `Vi ses igen ${day}`,
  thanksForToday: 'Tak for i dag',
  nothingNow: 'Pause',
  dayDone: 'Dagen er slut',
  todayLabel: 'I dag',
  tomorrowLabel: 'I morgen',
  showingDay: (day: string) => `Planen for ${day}`,
  timeline: 'Dagens program',
  whoIsOn: 'Hvem er på',
  stations: 'Stationer og opgaver',
  nobodyOnShift: 'Ingen på vagt',
  emptyCafe: 'Tavlen er tom. Personalet lægger caféens stationer, vagter og opgaver ind under Personale.',
  noTasks: 'Ingen opgaver',
  anyoneAt: (station: string) => `Alle på ${station}`,
  shiftTime: (from: number, to: number) => `${hm(from)}–${hm(to)}`,
  minutes: (n: number) => `${n} min`,
  stepsDone: (done: number, all: number) => `${done} af ${all} trin`,
  taskDone: 'Færdig',
  changed: 'Ændret i dag',
  energy: { gives: 'Giver energi', takes: 'Tager energi', neutral: 'Neutral' },
  // The task view
  back: 'Tilbage til tavlen',
  backToMyDay: 'Tilbage til min dag',
  finishedLooks: 'Sådan ser det ud, når det er færdigt',
  steps: 'Trin',
  markDone: 'Opgaven er færdig',
  markNotDone: 'Ikke færdig alligevel',
  doneThanks: 'Færdig. Godt arbejde.',
  noPicture: 'Intet billede endnu',
  taskNotFound: 'Opgaven findes ikke længere.',
  // The change notice
  differentToday: 'I dag er anderledes',
  differentOn: (day: string) => `${day} er anderledes`,
  seen: 'Jeg har set det',
  showChanges: 'Vis ændringer',
  saved: 'Gemt',
  saving: 'Gemmer…',
  kindOf: {
    checkin: 'Morgenmøde',
    work: 'Arbejde',
    break: 'Pause',
    meal: 'Frokost',
    clean: 'Oprydning',
    meeting: 'Møde',
    home: 'Hjem',
  },
};

export type BoardText = typeof da;

const en: BoardText = {
  appName: 'Dagstavlen',
  now: 'Now',
  next: 'Next',
  minutesLeft: (n) => `${duration(n, 'h')} left`,
  startsIn: (n) => `in ${duration(n, 'h')}`,
  opensAt: (m) => `We open at ${hm(m)}`,
  closedToday: 'The café is closed today',
  nextOpenDay: (day) => `See you again ${day}`,
  thanksForToday: 'Thank you for today',
  nothingNow: 'Break',
  dayDone: 'The day is over',
  todayLabel: 'Today',
  tomorrowLabel: 'Tomorrow',
  showingDay: (day) => `The plan for ${day}`,
  timeline: "Today's programme",
  whoIsOn: 'Who is on',
  stations: 'Stations and tasks',
  nobodyOnShift: 'Nobody on shift',
  emptyCafe: "The board is empty. Staff add the café's stations, shifts and tasks under Staff.",
  noTasks: 'No tasks',
  anyoneAt: (station) => `Anyone at ${station}`,
  shiftTime: (from, to) => `${hm(from)}–${hm(to)}`,
  minutes: (n) => `${n} min`,
  stepsDone: (done, all) => `${done} of ${all} steps`,
  taskDone: 'Done',
  changed: 'Changed today',
  energy: { gives: 'Gives energy', takes: 'Takes energy', neutral: 'Neutral' },
  back: 'Back to the board',
  backToMyDay: 'Back to my day',
  finishedLooks: 'This is how it looks when it is done',
  steps: 'Steps',
  markDone: 'The task is done',
  markNotDone: 'Not done after all',
  doneThanks: 'Done. Good work.',
  noPicture: 'No picture yet',
  taskNotFound: 'This task no longer exists.',
  differentToday: 'Today is different',
  differentOn: (day) => `${day} is different`,
  seen: 'I have seen it',
  showChanges: 'Show changes',
  saved: 'Saved',
  saving: 'Saving…',
  kindOf: {
    checkin: 'Morning meeting',
    work: 'Work',
    break: 'Break',
    meal: 'Lunch',
    clean: 'Clean-up',
    meeting: 'Meeting',
    home: 'Home',
  },
};

export default { da, en };
