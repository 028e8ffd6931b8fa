// Builds the demo café as one batch of records (loaded lazily, only on a first start).
import type { Batch, Repo } from '../db/repo';
import type { RecordChange } from '../db/schema';
import { dayKeyOf, weekdayOf } from '../domain/calendar';
import { imageShape } from '../domain/imagebytes';
import { keysAfter } from '../domain/order';
import { taskDayId } from '../domain/plan';
import type {
  DayBlockTemplate,
  Id,
  Instant,
  Override,
  Person,
  Photo,
  ShiftTemplate,
  SkillLevel,
  Station,
  Task,
  TaskDay,
  Weekday,
} from '../domain/types';
import { BLOCKS, PEOPLE, SATURDAY_SHIFTS, STATIONS, type StationKey, TASKS, WEEKDAY_SHIFTS } from './cafe';
import { type DrawingBytes, loadDrawings } from './pictures';

const uuid = () => crypto.randomUUID();
const put = <S extends RecordChange['store']>(store: S, after: { id: Id }) =>
  ({ store, id: after.id, after, before: null }) as RecordChange;

/** The first start's demo café; without its pictures (they could not be fetched) tasks show pictograms. */
export async function seed(repo: Repo, now: Instant): Promise<void> {
  const pictures = await loadDrawings().catch(async (err: unknown) => {
    await repo.log({ at: now, level: 'warn', message: `demo pictures: ${String(err)}` });
    return undefined;
  });
  await repo.commit(demoCafe(now, pictures));
}

/**
 * The demo café as of `now`, its pictures stored as photos (WebP, loaded by demo/pictures.ts); a
 * task whose picture is not among `pictures` shows its pictogram.
 */
export function demoCafe(now: Instant, pictures: ReadonlyMap<string, DrawingBytes> = new Map()): Batch {
  const at = now;
  const records: RecordChange[] = [];
  const photos: Photo[] = [];
  const photoFor = new Map<string, Id>();
  const webp = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/webp' });
  const photo = (name: string): Id | null => {
    const picture = pictures.get(name);
    const shape = picture && imageShape(picture.full, 'image/webp');
    if (!picture || !shape) return null;
    let id = photoFor.get(name);
    if (!id) {
      id = uuid();
      photoFor.set(name, id);
      const { width, height } = shape;
      photos.push({ id, blob: webp(picture.full), thumb: webp(picture.thumb), width, height, createdAt: at });
    }
    return id;
  };

  const stationOrder = keysAfter(null, STATIONS.length);
  const stationId = {} as Record<StationKey, Id>;
  STATIONS.forEach((s, i) => {
    const station: Station = {
      id: uuid(),
      updatedAt: at,
      name: s.name,
      color: s.color,
      pictogram: s.pictogram,
      order: stationOrder[i]!,
    };
    stationId[s.key] = station.id;
    records.push(put('stations', station));
  });

  const people: Person[] = PEOPLE.map((p) => ({
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
  for (const p of people) records.push(put('people', p));

  for (let w = 1 as Weekday; w <= 7; w = (w + 1) as Weekday) {
    for (const b of BLOCKS[w]) {
      const block: DayBlockTemplate = { ...b, id: uuid(), updatedAt: at, weekday: w };
      records.push(put('blocks', block));
    }
    const specs = w === 6 ? SATURDAY_SHIFTS : w === 7 ? [] : WEEKDAY_SHIFTS;
    // A different crew each weekday, so the week looks like a real rota.
    let slot = (w - 1) * 3;
    for (const s of specs) {
      const personIds: Id[] = [];
      for (let k = 0; k < s.capacity; k++) personIds.push(people[slot++ % people.length]!.id);
      const shift: ShiftTemplate = {
        id: uuid(),
        updatedAt: at,
        weekday: w,
        stationId: stationId[s.station],
        label: s.label,
        start: s.start,
        end: s.end,
        capacity: s.capacity,
        personIds,
      };
      records.push(put('shiftTemplates', shift));
    }
  }

  const taskOrder = keysAfter(null, TASKS.length);
  const tasks: Task[] = TASKS.map((t, i) => ({
    id: uuid(),
    updatedAt: at,
    title: t.title,
    stationId: stationId[t.station],
    photoId: photo(t.picture),
    pictogram: t.pictogram,
    steps: t.steps.map((s) => {
      const [text, picture] = typeof s === 'string' ? [s, null] : s;
      return { id: uuid(), text, photoId: picture ? photo(picture) : null };
    }),
    minutes: t.minutes,
    energy: t.energy,
    weekdays: t.station === 'garden' && !t.pool ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6],
    pool: t.pool ?? false,
    order: taskOrder[i]!,
  }));
  for (const t of tasks) records.push(put('tasks', t));

  // Peer training: a few people can teach a task and others are learning it, so staff see
  // teachers suggested (the records above hold these same objects, so this is what is stored).
  const byTitle = (title: string) => tasks.find((t) => t.title === title)?.id;
  const skill = (name: string, title: string, level: SkillLevel) => {
    const person = people.find((p) => p.name === name);
    const taskId = byTitle(title);
    if (person && taskId) person.skills[taskId] = level;
  };
  skill('Ali', 'Lav en caffe latte', 'teaches');
  skill('Sara', 'Lav en caffe latte', 'learning');
  skill('Mads', 'Lav en caffe latte', 'can');
  skill('Fatima', 'Lav dagens suppe', 'teaches');
  skill('Ida', 'Lav dagens suppe', 'learning');
  skill('Omar', 'Sæt opvask i bakken', 'teaches');

  // Today differs a little from the usual week, so the notice shows how changes are announced.
  const today = dayKeyOf(now);
  const weekday = weekdayOf(today);
  const kitchen = records
    .map((r) => r.after)
    .find(
      (r): r is ShiftTemplate =>
        !!r &&
        'weekday' in r &&
        'personIds' in r &&
        r.weekday === weekday &&
        r.stationId === stationId.kitchen,
    );
  if (kitchen && kitchen.personIds.length > 0) {
    const onShift = new Set(
      records
        .map((r) => r.after)
        .filter((r): r is ShiftTemplate => !!r && 'personIds' in r && r.weekday === weekday)
        .flatMap((s) => s.personIds),
    );
    const free = people.find((p) => !onShift.has(p.id));
    if (free) {
      const override: Override = {
        id: uuid(),
        updatedAt: at,
        day: today,
        kind: 'shift',
        targetId: kitchen.id,
        cancelled: false,
        patch: { personIds: [free.id, ...kitchen.personIds.slice(1)] },
      };
      records.push(put('overrides', override));
    }
    const bar = records
      .map((r) => r.after)
      .find(
        (r): r is ShiftTemplate =>
          !!r && 'personIds' in r && r.weekday === weekday && r.stationId === stationId.bar,
      );
    const display = tasks[1];
    if (bar?.personIds[0] && display) {
      const moved: TaskDay = {
        id: taskDayId(today, display.id),
        updatedAt: at,
        day: today,
        taskId: display.id,
        owner: { kind: 'person', id: bar.personIds[0] },
        order: display.order,
        stepsDone: [],
        done: false,
        doneBy: null,
        teacherId: null,
        moved: true,
        removed: false,
      };
      records.push(put('taskDays', moved));
    }
  }

  return {
    records,
    photos: { put: photos },
    meta: [{ key: 'demo', value: { seededAt: at } }],
  };
}
