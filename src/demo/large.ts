// A large café (8 stations, 16 people, 50 tasks, 4 changes today), the size a real café reaches, so
// staff can see that the board still fits on one screen. Loaded only when staff ask for it.
import type { Instant, Weekday } from '../domain/types';
import { type CafeSpec, SATURDAY_BLOCKS, type ShiftSpec, type TaskSpec, WEEKDAY_BLOCKS } from './cafe';
import type { DrawingBytes } from './pictures';
import { buildCafe } from './seed';

const STATIONS = [
  { key: 'bar', name: 'Bar', color: 'bar', pictogram: 'coffee' },
  { key: 'kitchen', name: 'Køkken', color: 'kitchen', pictogram: 'kitchen' },
  { key: 'bakery', name: 'Bageri', color: 'other', pictogram: 'bread' },
  { key: 'dishes', name: 'Opvask', color: 'dishes', pictogram: 'dishes' },
  { key: 'cash', name: 'Kasse', color: 'cash', pictogram: 'cash' },
  { key: 'hall', name: 'Salen', color: 'bar', pictogram: 'chair' },
  { key: 'garden', name: 'Have', color: 'garden', pictogram: 'garden' },
  { key: 'shop', name: 'Butik', color: 'other', pictogram: 'shop' },
];

const PEOPLE = [
  'Ali',
  'Sara',
  'Mads',
  'Fatima',
  'Jonas',
  'Line',
  'Omar',
  'Mette',
  'Kasper',
  'Ida',
  'Hanne',
  'Yusuf',
  'Camilla',
  'Peter',
  'Nadia',
  'Søren',
].map((name, i) => ({ name, color: `p${(i % 8) + 1}` }));

const WEEKDAY_SHIFTS: ShiftSpec[] = [
  { station: 'bar', label: 'Formiddag', start: 510, end: 720, capacity: 2 },
  { station: 'bar', label: 'Eftermiddag', start: 720, end: 930, capacity: 1 },
  { station: 'kitchen', label: 'Formiddag', start: 510, end: 720, capacity: 2 },
  { station: 'kitchen', label: 'Eftermiddag', start: 720, end: 930, capacity: 1 },
  { station: 'bakery', label: 'Morgen', start: 480, end: 720, capacity: 1 },
  { station: 'dishes', label: 'Hele dagen', start: 510, end: 900, capacity: 1 },
  { station: 'cash', label: 'Åbningstid', start: 540, end: 840, capacity: 1 },
  { station: 'hall', label: 'Formiddag', start: 510, end: 720, capacity: 1 },
  { station: 'hall', label: 'Eftermiddag', start: 720, end: 930, capacity: 1 },
  { station: 'garden', label: 'Formiddag', start: 510, end: 720, capacity: 2 },
  { station: 'shop', label: 'Åbningstid', start: 600, end: 840, capacity: 1 },
];
const SATURDAY_SHIFTS: ShiftSpec[] = [
  { station: 'bar', label: 'Lørdag', start: 570, end: 900, capacity: 2 },
  { station: 'kitchen', label: 'Lørdag', start: 570, end: 900, capacity: 2 },
  { station: 'bakery', label: 'Lørdag', start: 540, end: 720, capacity: 1 },
  { station: 'dishes', label: 'Lørdag', start: 570, end: 900, capacity: 1 },
  { station: 'cash', label: 'Lørdag', start: 600, end: 840, capacity: 1 },
  { station: 'hall', label: 'Lørdag', start: 570, end: 900, capacity: 1 },
  { station: 'shop', label: 'Lørdag', start: 600, end: 840, capacity: 1 },
];

const MON_FRI: Weekday[] = [1, 2, 3, 4, 5];
// Weekly tasks: the same one on the same weekday every week, as in a real café.
const MON: Weekday[] = [1];
const WED: Weekday[] = [3];
const FRI: Weekday[] = [5];
const SAT: Weekday[] = [6];
const MON_THU: Weekday[] = [1, 4];
const TUE_FRI: Weekday[] = [2, 5];
const TUE_THU: Weekday[] = [2, 4];
const WED_SAT: Weekday[] = [3, 6];
const WED_FRI: Weekday[] = [3, 5];
const MON_WED_FRI: Weekday[] = [1, 3, 5];
const TUE_THU_SAT: Weekday[] = [2, 4, 6];
const WED_FRI_SAT: Weekday[] = [3, 5, 6];

/** A task with short steps; most of the pictures are the demo café's drawings. */
const task = (
  station: string,
  title: string,
  pictogram: string,
  minutes: number,
  steps: TaskSpec['steps'],
  more: Partial<TaskSpec> = {},
): TaskSpec => ({ station, title, pictogram, minutes, energy: 'neutral', steps, ...more });

/**
 * 50 tasks: 45 on the stations' lists, 5 optional ones in "Jeg har tid". Each station has its daily
 * tasks and some weekly ones, so each day's board holds 26 of them.
 */
const TASKS: TaskSpec[] = [
  task('bar', 'Lav en caffe latte', 'coffee', 5, ['Mal kaffen', 'Skum mælken', 'Hæld mælken i glasset'], {
    picture: 'latte',
    energy: 'gives',
  }),
  task('bar', 'Fyld kagemontren', 'cake', 15, ['Tør hylderne af', 'Sæt kager på fade'], {
    picture: 'display',
  }),
  task('bar', 'Fyld mælk og sukker op', 'coffee', 10, ['Fyld mælkekanden', 'Fyld sukkerskålen'], {
    picture: 'milk-sugar',
  }),
  task('bar', 'Tør borde af', 'chair', 15, ['Tør af med en våd klud', 'Skub stolene ind'], {
    picture: 'tables',
    energy: 'gives',
    weekdays: TUE_THU_SAT,
  }),
  task('bar', 'Fyld kaffebønner op', 'coffee', 5, ['Hent en pose bønner', 'Fyld beholderen'], {
    weekdays: MON,
  }),
  task('bar', 'Skyl termokander', 'coffee', 10, ['Skyl med varmt vand', 'Stil dem til tørre'], {
    weekdays: WED,
  }),
  task('bar', 'Rens kaffemaskinen', 'coffee', 20, ['Skyl filtrene', 'Tør dampen af', 'Tøm bakken'], {
    weekdays: FRI,
  }),
  task('kitchen', 'Skyl og snit salat', 'kitchen', 20, ['Vask hænder', 'Skyl salaten', 'Snit agurk'], {
    picture: 'salad',
  }),
  task('kitchen', 'Smør sandwich', 'bread', 30, ['Læg brød frem', 'Smør pesto på', 'Læg fyld på'], {
    picture: 'sandwiches',
    energy: 'takes',
  }),
  task('kitchen', 'Lav dagens suppe', 'kitchen', 45, ['Skræl grøntsagerne', 'Kog suppen', 'Blend den'], {
    picture: 'soup',
    energy: 'takes',
  }),
  task(
    'kitchen',
    'Skriv allergenskilte',
    'kitchen',
    10,
    ['Find opskrifterne', 'Sæt kryds', 'Stil skiltene op'],
    {
      picture: 'allergen-signs',
      weekdays: MON,
    },
  ),
  task('kitchen', 'Skræl kartofler', 'kitchen', 20, ['Skyl kartoflerne', 'Skræl dem', 'Læg dem i vand'], {
    weekdays: TUE_THU,
  }),
  task('kitchen', 'Tjek køleskabet', 'kitchen', 10, ['Se datoerne efter', 'Skriv hvad der mangler'], {
    weekdays: WED_SAT,
  }),
  task('kitchen', 'Dæk frokostbordet', 'lunch', 15, ['Læg tallerkener frem', 'Læg bestik frem'], {
    energy: 'gives',
    weekdays: FRI,
  }),
  task('bakery', 'Bag boller', 'bread', 40, ['Form 12 boller', 'Bag dem i 15 minutter'], {
    picture: 'buns',
    energy: 'gives',
  }),
  task('bakery', 'Skær brød', 'bread', 15, ['Vask hænder', 'Skær brødet i skiver']),
  task('bakery', 'Rør dej til brød', 'bread', 30, ['Afvej melet', 'Rør dejen', 'Lad den hæve'], {
    weekdays: MON_WED_FRI,
  }),
  task('bakery', 'Bag dagens kage', 'cake', 60, ['Find opskriften', 'Rør dejen', 'Bag kagen'], {
    energy: 'gives',
    weekdays: TUE_THU_SAT,
  }),
  task('bakery', 'Vask bageplader', 'dishes', 15, ['Skrab pladerne', 'Vask dem af'], { weekdays: SAT }),
  task('dishes', 'Sæt opvask i bakken', 'dishes', 15, ['Skrab tallerkenen af', 'Start maskinen'], {
    picture: 'dish-rack',
  }),
  task('dishes', 'Stil kopper på plads', 'coffee', 10, ['Lad kopperne tørre', 'Stil dem på hylden'], {
    picture: 'cups-shelf',
    energy: 'gives',
  }),
  task('dishes', 'Vask gulv i køkkenet', 'bucket', 20, ['Fej gulvet', 'Vask gulvet', 'Sæt skiltet op'], {
    picture: 'floor',
    energy: 'takes',
    weekdays: MON_THU,
  }),
  task('dishes', 'Tøm skraldespande', 'clean', 10, ['Mad i den grønne', 'Pap i den blå', 'Nye poser i'], {
    picture: 'bins',
    weekdays: TUE_FRI,
  }),
  task('dishes', 'Vask gryder af', 'dishes', 20, ['Læg dem i blød', 'Skrub dem rene'], { weekdays: WED_SAT }),
  task('dishes', 'Fold viskestykker', 'basket', 10, ['Fold dem på midten', 'Læg dem i skuffen'], {
    weekdays: SAT,
  }),
  task('cash', 'Tæl kassen op', 'cash', 15, ['Tæl mønterne', 'Tæl sedlerne', 'Skriv beløbet'], {
    picture: 'till',
    energy: 'takes',
  }),
  task('cash', 'Skriv dagens tavle', 'meeting', 15, ['Spørg køkkenet', 'Skriv retten og prisen'], {
    picture: 'chalkboard',
    energy: 'gives',
  }),
  task('cash', 'Tjek kortterminalen', 'cash', 5, ['Tænd terminalen', 'Lav en prøve'], { weekdays: MON }),
  task('cash', 'Fyld poser op', 'shop', 5, ['Hent poser på lageret', 'Læg dem under disken'], {
    weekdays: WED_FRI,
  }),
  task('cash', 'Skriv bestillinger', 'meeting', 10, ['Tag telefonen', 'Skriv navn og tid'], {
    weekdays: TUE_THU_SAT,
  }),
  task('hall', 'Sæt blomster på bordene', 'flower', 10, ['Skift vandet', 'Sæt en vase på hvert bord'], {
    picture: 'flowers',
    energy: 'gives',
  }),
  task('hall', 'Stil stole op', 'chair', 10, ['Tag stolene ned', 'Stil dem ved bordene']),
  task('hall', 'Fyld servietter op', 'basket', 5, ['Hent servietter', 'Fyld holderne'], {
    picture: 'napkins',
    weekdays: MON_WED_FRI,
  }),
  task('hall', 'Ryd borde af', 'chair', 15, ['Saml kopper og tallerkener', 'Bær dem ud'], {
    weekdays: TUE_THU_SAT,
  }),
  task('hall', 'Tænd lys på bordene', 'star', 5, ['Sæt lys i stagerne', 'Tænd dem'], { weekdays: SAT }),
  task('garden', 'Vand krydderurterne', 'plant', 10, ['Fyld vandkanden', 'Vand til jorden er mørk'], {
    picture: 'herbs',
    energy: 'gives',
    weekdays: MON_FRI,
  }),
  task('garden', 'Høst til køkkenet', 'basket', 20, ['Spørg køkkenet', 'Høst med saksen'], {
    picture: 'harvest',
    energy: 'gives',
    weekdays: MON_FRI,
  }),
  task('garden', 'Tøm kompostspanden', 'garden', 10, ['Bær spanden ud', 'Tøm den', 'Skyl den'], {
    picture: 'compost',
    weekdays: MON_THU,
  }),
  task('garden', 'Fej terrassen', 'clean', 15, ['Fej fra væggen og ud', 'Stil stolene pænt'], {
    picture: 'terrace',
    weekdays: TUE_FRI,
  }),
  task('garden', 'Luk drivhuset op', 'plant', 5, ['Åbn lågerne', 'Luk dem kl. 14'], { weekdays: WED }),
  task('shop', 'Sæt varer på hylden', 'shop', 20, ['Hent kassen', 'Sæt varerne frem'], { energy: 'gives' }),
  task('shop', 'Tjek dagens bestillinger', 'books', 10, ['Læs bestillingerne', 'Læg varerne frem']),
  task('shop', 'Skriv prisskilte', 'shop', 15, ['Find prislisten', 'Skriv skiltene'], { weekdays: MON }),
  task('shop', 'Tør hylderne af', 'clean', 10, ['Tag varerne ned', 'Tør hylden af'], { weekdays: TUE_THU }),
  task('shop', 'Pak genbrugsposer', 'basket', 15, ['Fold poserne', 'Læg dem i kurven'], {
    weekdays: WED_FRI_SAT,
  }),
  task('bar', 'Fold servietter', 'basket', 15, ['Fold servietten', 'Læg dem i kurven'], {
    picture: 'napkins',
    energy: 'gives',
    pool: true,
  }),
  task('cash', 'Pudse vinduer', 'window', 20, ['Spray vinduet', 'Træk vandet af'], {
    picture: 'windows',
    pool: true,
  }),
  task('garden', 'Vand planterne i salen', 'plant', 10, ['Fyld vandkanden', 'Vand hver plante'], {
    picture: 'plants',
    energy: 'gives',
    pool: true,
  }),
  task('cash', 'Ryd op i bogreolen', 'books', 15, ['Stil bøgerne op', 'Saml bladene'], {
    picture: 'books',
    energy: 'gives',
    pool: true,
  }),
  task('hall', 'Tør menukort af', 'clean', 10, ['Tør kortene af', 'Læg dem på bordene'], { pool: true }),
];

export const LARGE: CafeSpec = {
  stations: STATIONS,
  people: PEOPLE,
  blocks: {
    1: WEEKDAY_BLOCKS,
    2: WEEKDAY_BLOCKS,
    3: WEEKDAY_BLOCKS,
    4: WEEKDAY_BLOCKS,
    5: WEEKDAY_BLOCKS,
    6: SATURDAY_BLOCKS,
    7: [],
  },
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
    ['Fatima', 'Lav dagens suppe', 'teaches'],
    ['Ida', 'Lav dagens suppe', 'learning'],
    ['Omar', 'Sæt opvask i bakken', 'teaches'],
    ['Peter', 'Bag boller', 'teaches'],
    ['Nadia', 'Bag boller', 'learning'],
  ],
  today: {
    substitute: 'kitchen',
    give: 'Fyld kagemontren',
    learn: 'Lav en caffe latte',
    done: 'Fyld mælk og sukker op',
    checkIns: 5,
    moveBlock: { title: 'Oprydning', to: 855 },
  },
};

export function largeCafe(
  now: Instant,
  pictures: ReadonlyMap<string, DrawingBytes> = new Map(),
): ReturnType<typeof buildCafe> {
  return buildCafe(LARGE, now, 'large', pictures);
}
