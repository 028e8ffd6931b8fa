// A year of a café, seeded and deterministic: the same seed and anchor day give the same records,
// ids included. Pure data: it runs in Node and in the page (photo pixels are drawn in the page
// from the specs this returns, see pictures.ts).
import type { RecordChange } from '../../src/db/schema';
import { addDays, weekdayOf } from '../../src/domain/calendar';
import { keysAfter } from '../../src/domain/order';
import { taskDayId } from '../../src/domain/plan';
import type {
  CheckIn,
  DayBlockTemplate,
  DayKey,
  Energy,
  Id,
  Override,
  Person,
  ShiftTemplate,
  Station,
  Step,
  Task,
  TaskDay,
  Weekday,
} from '../../src/domain/types';

export interface YearOptions {
  seed: number;
  /** The day the board will show: the year is 300 days before it and 64 after. */
  today: DayKey;
  people: number;
  tasks: number;
  photos: number;
  days: number;
}

export const FULL_YEAR: Omit<YearOptions, 'today'> = {
  seed: 6,
  people: 20,
  tasks: 60,
  photos: 400,
  days: 365,
};
/** 110 tasks: 99 on the stations and 11 in the pool, which edit mode shows too. */
export const CROWDED_BOARD: Omit<YearOptions, 'today'> = {
  seed: 7,
  people: 20,
  tasks: 110,
  photos: 110,
  days: 30,
};
export const SMALL_YEAR: Omit<YearOptions, 'today'> = {
  seed: 6,
  people: 20,
  tasks: 60,
  photos: 12,
  days: 21,
};

export interface PictureSpec {
  id: Id;
  seed: number;
  /** Edge of the stored display rendition (the intake caps it at 1600). */
  width: number;
  height: number;
}

export interface Year {
  records: RecordChange[];
  pictures: PictureSpec[];
  /** Ids the measurements look for. */
  firstStationName: string;
  sampleTaskTitles: string[];
}

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`;
  return { next, int, pick, uuid };
}

const NAMES = [
  'Ali', 'Sara', 'Mads', 'Fatima', 'Jonas', 'Line', 'Omar', 'Mette', 'Kasper', 'Ida',
  'Hanne', 'Yusuf', 'Signe', 'Peter', 'Amira', 'Bo', 'Nanna', 'Emil', 'Rikke', 'Tobias',
]; // biome-ignore format: a list of names reads better in rows

const STATIONS = [
  { name: 'Bar', color: 'bar', pictogram: 'coffee' },
  { name: 'Køkken', color: 'kitchen', pictogram: 'kitchen' },
  { name: 'Opvask', color: 'dishes', pictogram: 'dishes' },
  { name: 'Kasse', color: 'cash', pictogram: 'cash' },
  { name: 'Have', color: 'garden', pictogram: 'garden' },
];

const VERBS = ['Fyld', 'Tør', 'Vask', 'Sæt', 'Lav', 'Skyl', 'Fej', 'Tæl', 'Pak', 'Vand', 'Bag', 'Skær'];
const THINGS = [
  'kagemontren', 'borde', 'kopper', 'servietter', 'salat', 'suppe', 'boller', 'kassen', 'krydderurter',
  'vinduer', 'hylder', 'gulvet', 'blomster', 'sandwich', 'skilte', 'affald', 'bøger', 'terrassen',
]; // biome-ignore format: a list of words reads better in rows
const STEP_TEXTS = [
  'Vask hænder', 'Find kluden', 'Tør af med en våd klud', 'Tør efter med en tør klud', 'Fyld op',
  'Sæt det på plads', 'Tjek at det ser pænt ud', 'Skyl i koldt vand', 'Hent en spand', 'Tæl efter',
  'Læg rene skeer frem', 'Skub stolene ind', 'Tænd for maskinen', 'Sluk for maskinen', 'Spørg hvis du er i tvivl',
]; // biome-ignore format: a list of sentences reads better in rows
const PICTOGRAMS = [
  'coffee',
  'kitchen',
  'dishes',
  'cash',
  'garden',
  'cake',
  'bread',
  'chair',
  'bucket',
  'plant',
];
const ENERGIES: Energy[] = ['gives', 'takes', 'neutral'];

const put = (store: RecordChange['store'], after: { id: Id }): RecordChange =>
  ({ store, id: after.id, after, before: null }) as RecordChange;

export function generateYear(o: YearOptions): Year {
  const r = random(o.seed);
  const at = Date.UTC(2026, 0, 1);
  const records: RecordChange[] = [];
  const pictures: PictureSpec[] = [];
  const picture = (): Id | null => {
    if (pictures.length >= o.photos) return null;
    const id = r.uuid();
    const landscape = r.next() < 0.7;
    const long = 1200 + r.int(401);
    const short = Math.round((long * 3) / 4);
    pictures.push({
      id,
      seed: r.int(2 ** 31),
      width: landscape ? long : short,
      height: landscape ? short : long,
    });
    return id;
  };

  const stationKeys = keysAfter(null, STATIONS.length);
  const stations: Station[] = STATIONS.map((s, i) => ({
    ...s,
    id: r.uuid(),
    updatedAt: at,
    order: stationKeys[i]!,
  }));
  for (const s of stations) records.push(put('stations', s));

  const people: Person[] = Array.from({ length: o.people }, (_, i) => ({
    id: r.uuid(),
    updatedAt: at,
    name: NAMES[i % NAMES.length]!,
    color: `p${(i % 8) + 1}`,
    portraitId: null,
    portraitConsent: false,
    team: 'Café',
    startDate: addDays(o.today, -r.int(400)),
    active: true,
    note: '',
    goals: [],
    showGoals: false,
    skills: {},
  }));

  const blocks: [number, number, DayBlockTemplate['kind'], string, string][] = [
    [480, 510, 'checkin', 'checkin', 'Morgenkaffe og check-in'],
    [510, 540, 'work', 'clean', 'Vi gør klar'],
    [540, 720, 'work', 'open', 'Caféen er åben'],
    [720, 750, 'meal', 'lunch', 'Frokost'],
    [750, 840, 'work', 'open', 'Caféen er åben'],
    [840, 900, 'clean', 'clean', 'Oprydning'],
    [900, 930, 'home', 'home', 'Opsamling og hjem'],
  ];
  for (let w = 1; w <= 6; w++) {
    for (const [start, end, kind, pictogram, title] of blocks) {
      const block: DayBlockTemplate = {
        id: r.uuid(),
        updatedAt: at,
        weekday: w as Weekday,
        start,
        end,
        kind,
        pictogram,
        title,
      };
      records.push(put('blocks', block));
    }
  }

  const shifts: ShiftTemplate[] = [];
  for (let w = 1; w <= 6; w++) {
    stations.forEach((s, i) => {
      for (const [label, start, end] of [
        ['Formiddag', 510, 720],
        ['Eftermiddag', 720, 930],
      ] as const) {
        if (w === 6 && label === 'Eftermiddag') continue;
        const capacity = i < 2 ? 2 : 1;
        const personIds = Array.from({ length: capacity }, () => r.pick(people).id);
        shifts.push({
          id: r.uuid(),
          updatedAt: at,
          weekday: w as Weekday,
          stationId: s.id,
          label,
          start,
          end,
          capacity,
          personIds: [...new Set(personIds)],
        });
      }
    });
  }
  for (const s of shifts) records.push(put('shiftTemplates', s));

  const taskCount = o.tasks;
  const taskKeys = keysAfter(null, taskCount);
  const tasks: Task[] = Array.from({ length: taskCount }, (_, i) => {
    const steps: Step[] = Array.from({ length: 3 + r.int(6) }, () => ({
      id: r.uuid(),
      text: r.pick(STEP_TEXTS),
      photoId: null,
    }));
    return {
      id: r.uuid(),
      updatedAt: at,
      title: `${r.pick(VERBS)} ${r.pick(THINGS)} ${i + 1}`,
      stationId: stations[i % stations.length]!.id,
      photoId: null,
      pictogram: r.pick(PICTOGRAMS),
      steps,
      minutes: 5 + 5 * r.int(6),
      energy: r.pick(ENERGIES),
      weekdays: [1, 2, 3, 4, 5, 6] as Weekday[],
      pool: i % 10 === 9,
      order: taskKeys[i]!,
    };
  });
  // Every task gets its finished-result photo first, then steps get photos until the budget is used.
  for (const t of tasks) t.photoId = picture();
  for (let round = 0; pictures.length < o.photos && round < 8; round++) {
    for (const t of tasks) {
      const step = t.steps[round];
      if (step) step.photoId = picture();
    }
  }
  for (const t of tasks) records.push(put('tasks', t));
  // Skills refer to tasks, so people are written after the tasks exist.
  for (const p of people) {
    for (let k = 0; k < 6; k++) p.skills[r.pick(tasks).id] = r.pick(['learning', 'can', 'teaches'] as const);
    records.push(put('people', p));
  }

  const first = addDays(o.today, -Math.round((o.days * 300) / 365));
  for (let d = 0; d < o.days; d++) {
    const day = addDays(first, d);
    const weekday = weekdayOf(day);
    if (weekday === 7) continue;
    const past = day < o.today;
    const todays = shifts.filter((s) => s.weekday === weekday);
    // About one day in five somebody is ill and another steps in.
    if (r.next() < 0.2 && todays.length > 0) {
      const target = r.pick(todays);
      const override: Override = {
        id: r.uuid(),
        updatedAt: at,
        day,
        kind: 'shift',
        targetId: target.id,
        cancelled: false,
        patch: { personIds: [r.pick(people).id] },
      };
      records.push(put('overrides', override));
    }
    const onShift = [...new Set(todays.flatMap((s) => s.personIds))];
    if (past) {
      for (const personId of onShift) {
        const checkIn: CheckIn = {
          id: r.uuid(),
          updatedAt: at,
          day,
          personId,
          at: at + d * 86_400_000,
          energy: 1 + r.int(5),
        };
        records.push(put('checkIns', checkIn));
      }
    }
    for (const t of tasks) {
      // Past days: most tasks were done; future days: a few were already handed to someone.
      if (!past && r.next() > 0.1) continue;
      const done = past && r.next() < 0.85;
      const someone = r.next() < 0.4 && onShift.length > 0 ? r.pick(onShift) : null;
      const stepsDone = done
        ? t.steps.map((s) => s.id)
        : past
          ? t.steps.slice(0, r.int(t.steps.length)).map((s) => s.id)
          : [];
      const taskDay: TaskDay = {
        id: taskDayId(day, t.id),
        updatedAt: at,
        day,
        taskId: t.id,
        owner: someone
          ? { kind: 'person', id: someone }
          : t.pool
            ? { kind: 'pool' }
            : { kind: 'station', id: t.stationId },
        order: t.order,
        stepsDone,
        done,
        doneBy: done ? someone : null,
        teacherId: null,
        moved: !!someone,
        removed: false,
      };
      records.push(put('taskDays', taskDay));
    }
  }

  return {
    records,
    pictures,
    firstStationName: stations[0]!.name,
    sampleTaskTitles: tasks
      .filter((t) => !t.pool)
      .slice(0, 10)
      .map((t) => t.title),
  };
}
