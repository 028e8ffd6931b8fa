// The demo café's content, in plain Danish. Names are invented; pictures are our own drawings.
// seed.ts turns a café like this into records; large.ts holds a second, larger one.
import type { DayBlockFields, Energy, SkillLevel, Weekday } from '../domain/types';

export interface StationSpec {
  key: string;
  name: string;
  color: string;
  pictogram: string;
}

export interface ShiftSpec {
  station: string;
  label: string;
  start: number;
  end: number;
  capacity: number;
}

export interface TaskSpec {
  title: string;
  station: string;
  /** A drawing in ./pictures, or none (the card shows the pictogram). */
  picture?: string;
  pictogram: string;
  minutes: number;
  energy: Energy;
  pool?: boolean;
  /** Weekdays on its station's list; Monday to Saturday when absent (garden: Monday to Friday). */
  weekdays?: Weekday[];
  steps: (string | [string, string])[];
}

/**
 * The seeded day itself, so a newcomer sees what the board does: a substitute and a task given to
 * someone (both announced as changes), a learner paired with a teacher, a task done, and people
 * checked in. Stations and tasks are named by key and title; people are whoever is on shift that day.
 */
export interface TodaySpec {
  /** This station's first shift gets someone who is off that day instead of its first person. */
  substitute: string;
  /** This task goes to the first person on its station's first shift. */
  give: string;
  /** The second person on this task's station's first shift learns it from the first. */
  learn: string;
  /** Done already, by the first person on its station. */
  done: string;
  /** This many of the people on shift have checked in. */
  checkIns: number;
  /** A block of the programme starts at another time today. */
  moveBlock?: { title: string; to: number };
}

export interface CafeSpec {
  stations: readonly StationSpec[];
  people: readonly { name: string; color: string }[];
  blocks: Record<Weekday, DayBlockFields[]>;
  /** Shifts per weekday; the usual crew rotates through the people day by day. */
  shifts: Record<Weekday, ShiftSpec[]>;
  tasks: readonly TaskSpec[];
  /** [person, task title, level]: who can teach what, and who is learning it. */
  skills: readonly [string, string, SkillLevel][];
  today: TodaySpec;
}

const STATIONS = [
  { key: 'bar', name: 'Bar', color: 'bar', pictogram: 'coffee' },
  { key: 'kitchen', name: 'Køkken', color: 'kitchen', pictogram: 'kitchen' },
  { key: 'dishes', name: 'Opvask', color: 'dishes', pictogram: 'dishes' },
  { key: 'cash', name: 'Kasse', color: 'cash', pictogram: 'cash' },
  { key: 'garden', name: 'Have', color: 'garden', pictogram: 'garden' },
] as const;

const PEOPLE = [
  { name: 'Ali', color: 'p1' },
  { name: 'Sara', color: 'p2' },
  { name: 'Mads', color: 'p3' },
  { name: 'Fatima', color: 'p4' },
  { name: 'Jonas', color: 'p5' },
  { name: 'Line', color: 'p6' },
  { name: 'Omar', color: 'p7' },
  { name: 'Mette', color: 'p8' },
  { name: 'Kasper', color: 'p1' },
  { name: 'Ida', color: 'p2' },
  { name: 'Hanne', color: 'p3' },
] as const;

export const WEEKDAY_BLOCKS: DayBlockFields[] = [
  { title: 'Morgenkaffe og check-in', start: 480, end: 510, kind: 'checkin', pictogram: 'checkin' },
  { title: 'Vi gør klar', start: 510, end: 540, kind: 'work', pictogram: 'clean' },
  { title: 'Caféen er åben', start: 540, end: 720, kind: 'work', pictogram: 'open' },
  { title: 'Frokost', start: 720, end: 750, kind: 'meal', pictogram: 'lunch' },
  { title: 'Caféen er åben', start: 750, end: 840, kind: 'work', pictogram: 'open' },
  { title: 'Oprydning', start: 840, end: 900, kind: 'clean', pictogram: 'clean' },
  { title: 'Opsamling og hjem', start: 900, end: 930, kind: 'home', pictogram: 'home' },
];
export const SATURDAY_BLOCKS: DayBlockFields[] = [
  { title: 'Morgenkaffe og check-in', start: 570, end: 600, kind: 'checkin', pictogram: 'checkin' },
  { title: 'Caféen er åben', start: 600, end: 840, kind: 'work', pictogram: 'open' },
  { title: 'Oprydning', start: 840, end: 870, kind: 'clean', pictogram: 'clean' },
  { title: 'Opsamling og hjem', start: 870, end: 900, kind: 'home', pictogram: 'home' },
];
const BLOCKS: Record<Weekday, DayBlockFields[]> = {
  1: WEEKDAY_BLOCKS,
  2: WEEKDAY_BLOCKS,
  3: WEEKDAY_BLOCKS,
  4: WEEKDAY_BLOCKS,
  5: WEEKDAY_BLOCKS,
  6: SATURDAY_BLOCKS,
  7: [],
};

const WEEKDAY_SHIFTS: ShiftSpec[] = [
  { station: 'bar', label: 'Formiddag', start: 510, end: 720, capacity: 2 },
  { station: 'bar', label: 'Eftermiddag', start: 720, end: 930, capacity: 1 },
  { station: 'kitchen', label: 'Formiddag', start: 510, end: 720, capacity: 2 },
  { station: 'kitchen', label: 'Eftermiddag', start: 720, end: 930, capacity: 1 },
  { station: 'dishes', label: 'Hele dagen', start: 510, end: 900, capacity: 1 },
  { station: 'cash', label: 'Åbningstid', start: 540, end: 840, capacity: 1 },
  { station: 'garden', label: 'Formiddag', start: 510, end: 720, capacity: 1 },
];
const SATURDAY_SHIFTS: ShiftSpec[] = [
  { station: 'bar', label: 'Lørdag', start: 570, end: 900, capacity: 2 },
  { station: 'kitchen', label: 'Lørdag', start: 570, end: 900, capacity: 1 },
  { station: 'dishes', label: 'Lørdag', start: 570, end: 900, capacity: 1 },
  { station: 'cash', label: 'Lørdag', start: 600, end: 840, capacity: 1 },
];

const MONDAY_TO_FRIDAY: Weekday[] = [1, 2, 3, 4, 5];

const TASKS: TaskSpec[] = [
  {
    title: 'Lav en caffe latte',
    station: 'bar',
    picture: 'latte',
    pictogram: 'coffee',
    minutes: 5,
    energy: 'gives',
    steps: [
      ['Mal kaffen', 'step-grind'],
      ['Pres kaffen fast i filteret', 'step-tamp'],
      ['Skum mælken til 60 grader', 'step-foam'],
      ['Hæld mælken i glasset', 'step-pour'],
    ],
  },
  {
    title: 'Fyld kagemontren',
    station: 'bar',
    picture: 'display',
    pictogram: 'cake',
    minutes: 15,
    energy: 'neutral',
    steps: ['Tør hylderne af', 'Sæt kager på fade', 'Sæt skilte ved hver kage'],
  },
  {
    title: 'Fyld mælk og sukker op',
    station: 'bar',
    picture: 'milk-sugar',
    pictogram: 'coffee',
    minutes: 10,
    energy: 'neutral',
    steps: ['Fyld mælkekanden', 'Fyld sukkerskålen', 'Læg rene skeer frem'],
  },
  {
    title: 'Tør borde af',
    station: 'bar',
    picture: 'tables',
    pictogram: 'chair',
    minutes: 15,
    energy: 'gives',
    steps: [
      ['Tør bordet af med en våd klud', 'step-wipe'],
      ['Tør efter med en tør klud', 'step-wipe'],
      ['Skub stolene ind', 'step-chairs'],
    ],
  },
  {
    title: 'Skyl og snit salat',
    station: 'kitchen',
    picture: 'salad',
    pictogram: 'kitchen',
    minutes: 20,
    energy: 'neutral',
    steps: ['Vask hænder', 'Skyl salaten i koldt vand', 'Snit agurk og tomat', 'Bland det i den store skål'],
  },
  {
    title: 'Smør sandwich til montren',
    station: 'kitchen',
    picture: 'sandwiches',
    pictogram: 'bread',
    minutes: 30,
    energy: 'takes',
    steps: ['Læg 12 skiver brød frem', 'Smør pesto på', 'Læg fyld på', 'Skær dem over på skrå'],
  },
  {
    title: 'Lav dagens suppe',
    station: 'kitchen',
    picture: 'soup',
    pictogram: 'kitchen',
    minutes: 45,
    energy: 'takes',
    steps: ['Skræl grøntsagerne', 'Svits løg i gryden', 'Kog det hele i 20 minutter', 'Blend suppen'],
  },
  {
    title: 'Bag boller',
    station: 'kitchen',
    picture: 'buns',
    pictogram: 'bread',
    minutes: 40,
    energy: 'gives',
    steps: ['Tag dejen ud af køleskabet', 'Form 12 boller', 'Bag dem i 15 minutter ved 200 grader'],
  },
  {
    title: 'Skriv allergenskilte',
    station: 'kitchen',
    picture: 'allergen-signs',
    pictogram: 'kitchen',
    minutes: 10,
    energy: 'neutral',
    steps: ['Find dagens opskrifter', 'Sæt kryds ved allergenerne', 'Stil skiltene ved maden'],
  },
  {
    title: 'Sæt opvask i bakken',
    station: 'dishes',
    picture: 'dish-rack',
    pictogram: 'dishes',
    minutes: 15,
    energy: 'neutral',
    steps: [
      ['Skrab tallerkenen af', 'step-scrape'],
      ['Sæt tallerkener på højkant', 'step-load'],
      'Start maskinen',
    ],
  },
  {
    title: 'Stil kopper på plads',
    station: 'dishes',
    picture: 'cups-shelf',
    pictogram: 'coffee',
    minutes: 10,
    energy: 'gives',
    steps: ['Lad kopperne tørre', 'Stil dem i rækker på hylden'],
  },
  {
    title: 'Vask gulv i køkkenet',
    station: 'dishes',
    picture: 'floor',
    pictogram: 'bucket',
    minutes: 20,
    energy: 'takes',
    steps: ['Fej gulvet', 'Fyld spanden med varmt vand og sæbe', 'Vask gulvet', 'Sæt skiltet "Vådt gulv" op'],
  },
  {
    title: 'Tøm skraldespande og sortér',
    station: 'dishes',
    picture: 'bins',
    pictogram: 'clean',
    minutes: 10,
    energy: 'neutral',
    steps: ['Mad i den grønne', 'Pap og papir i den blå', 'Resten i den grå', 'Sæt nye poser i'],
  },
  {
    title: 'Tæl kassen op',
    station: 'cash',
    picture: 'till',
    pictogram: 'cash',
    minutes: 15,
    energy: 'takes',
    steps: ['Tæl mønterne', 'Tæl sedlerne', 'Skriv beløbet i bogen'],
  },
  {
    title: 'Skriv dagens tavle',
    station: 'cash',
    picture: 'chalkboard',
    pictogram: 'meeting',
    minutes: 15,
    energy: 'gives',
    steps: ['Spørg køkkenet om dagens ret', 'Skriv retten og prisen', 'Stil tavlen ud foran døren'],
  },
  {
    title: 'Sæt blomster på bordene',
    station: 'cash',
    picture: 'flowers',
    pictogram: 'flower',
    minutes: 10,
    energy: 'gives',
    steps: ['Skift vandet i vaserne', 'Sæt en vase på hvert bord'],
  },
  {
    title: 'Vand krydderurterne',
    station: 'garden',
    picture: 'herbs',
    pictogram: 'plant',
    minutes: 10,
    energy: 'gives',
    weekdays: MONDAY_TO_FRIDAY,
    steps: ['Fyld vandkanden', 'Vand til jorden er mørk', 'Pluk visne blade af'],
  },
  {
    title: 'Høst til køkkenet',
    station: 'garden',
    picture: 'harvest',
    pictogram: 'basket',
    minutes: 20,
    energy: 'gives',
    weekdays: MONDAY_TO_FRIDAY,
    steps: ['Spørg køkkenet, hvad de skal bruge', 'Høst med saksen', 'Bær kurven ind i køkkenet'],
  },
  {
    title: 'Tøm kompost\u00adspanden',
    station: 'garden',
    picture: 'compost',
    pictogram: 'garden',
    minutes: 10,
    energy: 'neutral',
    weekdays: MONDAY_TO_FRIDAY,
    steps: ['Bær spanden ud til komposten', 'Tøm den', 'Skyl spanden'],
  },
  {
    title: 'Fej terrassen',
    station: 'garden',
    picture: 'terrace',
    pictogram: 'clean',
    minutes: 15,
    energy: 'neutral',
    weekdays: MONDAY_TO_FRIDAY,
    steps: ['Fej fra væggen og ud', 'Saml bladene i en spand', 'Stil stolene pænt'],
  },
  {
    title: 'Fold servietter',
    station: 'bar',
    picture: 'napkins',
    pictogram: 'basket',
    minutes: 15,
    energy: 'gives',
    pool: true,
    steps: ['Fold servietten på midten', 'Fold den igen', 'Læg dem i kurven'],
  },
  {
    title: 'Pudse vinduer',
    station: 'cash',
    picture: 'windows',
    pictogram: 'window',
    minutes: 20,
    energy: 'neutral',
    pool: true,
    steps: ['Spray vinduet', 'Træk vandet af med skraberen', 'Tør kanten af'],
  },
  {
    title: 'Vand planterne i salen',
    station: 'garden',
    picture: 'plants',
    pictogram: 'plant',
    minutes: 10,
    energy: 'gives',
    pool: true,
    steps: ['Fyld vandkanden', 'Vand hver plante lidt'],
  },
  {
    title: 'Ryd op i bogreolen',
    station: 'cash',
    picture: 'books',
    pictogram: 'books',
    minutes: 15,
    energy: 'gives',
    pool: true,
    steps: ['Stil bøgerne op på højkant', 'Saml blade og aviser i kurven'],
  },
];

export const DEMO: CafeSpec = {
  stations: STATIONS,
  people: PEOPLE,
  blocks: BLOCKS,
  shifts: {
    1: WEEKDAY_SHIFTS,
    2: WEEKDAY_SHIFTS,
    3: WEEKDAY_SHIFTS,
    4: WEEKDAY_SHIFTS,
    5: WEEKDAY_SHIFTS,
    6: SATURDAY_SHIFTS,
    7: [],
  },
  tasks: TASKS,
  skills: [
    ['Ali', 'Lav en caffe latte', 'teaches'],
    ['Sara', 'Lav en caffe latte', 'learning'],
    ['Mads', 'Lav en caffe latte', 'can'],
    ['Fatima', 'Lav dagens suppe', 'teaches'],
    ['Ida', 'Lav dagens suppe', 'learning'],
    ['Omar', 'Sæt opvask i bakken', 'teaches'],
  ],
  today: {
    substitute: 'kitchen',
    give: 'Fyld kagemontren',
    learn: 'Lav en caffe latte',
    done: 'Fyld mælk og sukker op',
    checkIns: 2,
  },
};
