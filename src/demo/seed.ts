// Builds a demo café as one batch of records (loaded lazily: on a first start, or when staff load
// the large café). The café itself is plain data (cafe.ts, large.ts); this turns it into records.
import type { Batch, Repo } from '../db/repo';
import type { RecordChange } from '../db/schema';
import { dayKeyOf, weekdayOf } from '../domain/calendar';
import { imageShape } from '../domain/imagebytes';
import { keysAfter } from '../domain/order';
import { defaultTaskDay } from '../domain/plan';
import type {
  CheckIn,
  DayBlockTemplate,
  Id,
  Instant,
  Override,
  Person,
  Photo,
  ShiftTemplate,
  Station,
  Task,
  TaskDay,
  Weekday,
} from '../domain/types';
import { type CafeSpec, DEMO } from './cafe';
import { type DrawingBytes, loadDrawings } from './pictures';

const uuid = () => crypto.randomUUID();
const put = <S extends RecordChange['store']>(store: S, after: { id: Id }) =>
  ({ store, id: after.id, after, before: null }) as RecordChange;

const MONDAY_TO_SATURDAY: Weekday[] = [1, 2, 3, 4, 5, 6];

/** The first start's demo café; without its pictures (they could not be fetched) tasks show pictograms. */
export async function seed(repo: Repo, now: Instant): Promise<void> {
  const pictures = await loadDrawings().catch(async (err: unknown) => {
    await repo.log({ at: now, level: 'warn', message: `demo pictures: ${String(err)}` });
    return undefined;
  });
  await repo.commit(demoCafe(now, pictures));
}

/** The demo café a first start shows, its pictures stored as photos (WebP, demo/pictures.ts). */
export function demoCafe(now: Instant, pictures: ReadonlyMap<string, DrawingBytes> = new Map()): Batch {
  return buildCafe(DEMO, now, 'demo', pictures);
}

/**
 * A café as records, with `now`'s day already under way (see TodaySpec). A task whose picture is
 * not among `pictures` shows its pictogram.
 */
export function buildCafe(
  cafe: CafeSpec,
  now: Instant,
  name = 'demo',
  pictures: ReadonlyMap<string, DrawingBytes> = new Map(),
): Batch {
  const at = now;
  const records: RecordChange[] = [];
  const photos: Photo[] = [];
  const photoFor = new Map<string, Id>();
  const webp = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/webp' });
  const photo = (picture: string | undefined): Id | null => {
    const drawn = picture ? pictures.get(picture) : undefined;
    const shape = drawn && imageShape(drawn.full, 'image/webp');
    if (!picture || !drawn || !shape) return null;
    let id = photoFor.get(picture);
    if (!id) {
      id = uuid();
      photoFor.set(picture, id);
      const { width, height } = shape;
      photos.push({ id, blob: webp(drawn.full), thumb: webp(drawn.thumb), width, height, createdAt: at });
    }
    return id;
  };

  const stationOrder = keysAfter(null, cafe.stations.length);
  const stationId = new Map<string, Id>();
  cafe.stations.forEach((s, i) => {
    const station: Station = {
      id: uuid(),
      updatedAt: at,
      name: s.name,
      color: s.color,
      pictogram: s.pictogram,
      order: stationOrder[i]!,
    };
    stationId.set(s.key, station.id);
    records.push(put('stations', station));
  });

  const people: Person[] = cafe.people.map((p) => ({
    id: uuid(),
    updatedAt: at,
    name: p.name,
    color: p.color,
    portraitId: null,
    portraitConsent: false,
    team: 'Café',
    startDate: null,
    active: true,
    note: '',
    goals: [],
    showGoals: false,
    skills: {},
  }));

  const today = dayKeyOf(now);
  const weekday = weekdayOf(today);
  const todaysShifts: ShiftTemplate[] = [];
  for (let w = 1 as Weekday; w <= 7; w = (w + 1) as Weekday) {
    for (const b of cafe.blocks[w]) {
      const block: DayBlockTemplate = { ...b, id: uuid(), updatedAt: at, weekday: w };
      records.push(put('blocks', block));
      if (w === weekday && b.title === cafe.today.moveBlock?.title) {
        const moved: Override = {
          id: uuid(),
          updatedAt: at,
          day: today,
          kind: 'block',
          targetId: block.id,
          cancelled: false,
          patch: { start: cafe.today.moveBlock.to },
        };
        records.push(put('overrides', moved));
      }
    }
    // A different crew each weekday, so the week looks like a real rota.
    let slot = (w - 1) * 3;
    for (const s of cafe.shifts[w]) {
      const personIds: Id[] = [];
      for (let k = 0; k < s.capacity; k++) personIds.push(people[slot++ % people.length]!.id);
      const shift: ShiftTemplate = {
        id: uuid(),
        updatedAt: at,
        weekday: w,
        stationId: stationId.get(s.station)!,
        label: s.label,
        start: s.start,
        end: s.end,
        capacity: s.capacity,
        personIds,
      };
      records.push(put('shiftTemplates', shift));
      if (w === weekday) todaysShifts.push(shift);
    }
  }

  const taskOrder = keysAfter(null, cafe.tasks.length);
  const tasks: Task[] = cafe.tasks.map((t, i) => ({
    id: uuid(),
    updatedAt: at,
    title: t.title,
    stationId: stationId.get(t.station)!,
    photoId: photo(t.picture),
    pictogram: t.pictogram,
    steps: t.steps.map((s) => {
      const [text, picture] = typeof s === 'string' ? [s, undefined] : s;
      return { id: uuid(), text, photoId: photo(picture) };
    }),
    minutes: t.minutes,
    energy: t.energy,
    weekdays: t.weekdays ?? MONDAY_TO_SATURDAY,
    pool: t.pool ?? false,
    order: taskOrder[i]!,
  }));
  for (const t of tasks) records.push(put('tasks', t));

  // Peer training: who can teach a task and who is learning it, so staff see teachers suggested.
  const byTitle = (title: string) => tasks.find((t) => t.title === title);
  const setSkill = (person: Person | undefined, task: Task | undefined, level: Person['skills'][Id]) => {
    if (person && task) person.skills[task.id] = level;
  };
  for (const [name, title, level] of cafe.skills)
    setSkill(
      people.find((p) => p.name === name),
      byTitle(title),
      level,
    );

  // Today is under way: each part happens only where today's rota allows it (none on a closed day).
  const plan = cafe.today;
  const crew = new Map<Id, Id[]>();
  for (const s of todaysShifts) if (!crew.has(s.stationId)) crew.set(s.stationId, [...s.personIds]);
  const crewOf = (task: Task | undefined) => (task ? (crew.get(task.stationId) ?? []) : []);
  const onShift = new Set(todaysShifts.flatMap((s) => s.personIds));

  const covered = todaysShifts.find((s) => s.stationId === stationId.get(plan.substitute));
  const free = people.find((p) => !onShift.has(p.id));
  if (covered?.personIds[0] && free) {
    const personIds = [free.id, ...covered.personIds.slice(1)];
    crew.set(covered.stationId, personIds);
    const override: Override = {
      id: uuid(),
      updatedAt: at,
      day: today,
      kind: 'shift',
      targetId: covered.id,
      cancelled: false,
      patch: { personIds },
    };
    records.push(put('overrides', override));
  }

  const taskDay = (task: Task, patch: Partial<TaskDay>): void => {
    records.push(put('taskDays', { ...defaultTaskDay(task, today), updatedAt: at, ...patch }));
  };
  const given = byTitle(plan.give);
  const [giveTo] = crewOf(given);
  if (given && giveTo) taskDay(given, { owner: { kind: 'person', id: giveTo }, moved: true });

  const learnt = byTitle(plan.learn);
  const [teacherId, learnerId] = crewOf(learnt);
  if (learnt && teacherId && learnerId) {
    taskDay(learnt, { owner: { kind: 'person', id: learnerId }, teacherId, moved: true });
    setSkill(
      people.find((p) => p.id === teacherId),
      learnt,
      'teaches',
    );
    setSkill(
      people.find((p) => p.id === learnerId),
      learnt,
      'learning',
    );
  }

  const finished = byTitle(plan.done);
  const [doneBy] = crewOf(finished);
  if (finished && doneBy)
    taskDay(finished, { done: true, doneBy, stepsDone: finished.steps.map((s) => s.id) });

  for (const personId of [...new Set(todaysShifts.flatMap((s) => crew.get(s.stationId) ?? []))].slice(
    0,
    plan.checkIns,
  )) {
    const checkIn: CheckIn = {
      id: `${today}/${personId}`,
      updatedAt: at,
      day: today,
      personId,
      at,
      energy: null,
    };
    records.push(put('checkIns', checkIn));
  }

  // People last: their skills were filled in above (these are the objects stored).
  for (const p of people) records.push(put('people', p));

  return {
    records,
    photos: { put: photos },
    meta: [{ key: 'demo', value: { seededAt: at, cafe: name } }],
  };
}
