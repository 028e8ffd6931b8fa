// What a record may hold, from any way in: a backup file, a daily copy, another screen. The rules
// are the editors' own (domain/fields.ts holds the numbers and lists both use), so a record an
// editor would refuse is refused here too. The record map is typed against `Records`, so a new
// field or store in the domain does not compile until its rule is here. Objects are strict: an
// unknown field means a foreign or damaged record.
import * as v from 'valibot';
import { isDayKey } from '../domain/calendar';
import {
  AWAY_DAYS_MAX,
  AWAY_MAX,
  AWAY_REASONS,
  BLOCK_TITLE_MAX,
  NOTE_MAX,
  PERSON_COLORS,
  PERSON_NAME_MAX,
  PICTOGRAMS,
  SHIFT_CAPACITY_MAX,
  SHIFT_LABEL_MAX,
  STATION_COLORS,
  STATION_NAME_MAX,
  STEP_TEXT_MAX,
  STEPS_MAX,
  TASK_MINUTES_MAX,
  TASK_TITLE_MAX,
  TEAM_MAX,
} from '../domain/fields';
import { isOrderKey } from '../domain/order';
import { daysOf } from '../domain/planner';
import { GOAL_LENGTH, GOAL_MAX } from '../domain/together';
import { PHOTO_TYPES } from './photoCheck';
import type { RecordStore, Records } from './schema';

/** Ids are UUIDs made by the board; letters, digits, '-' and '_' only (they go into file names). */
export const ID_PATTERN = /^[\w-]{1,64}$/;
const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'unsafe id'));
const trimmed = v.check((s: string) => s.trim() === s, 'not trimmed');
/** What an editor writes from a text field: trimmed, and (unless it may be left empty) not empty. */
const line = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max), trimmed);
const optionalLine = (max: number) => v.pipe(v.string(), v.maxLength(max), trimmed);
const instant = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const dayKey = v.pipe(v.string(), v.check(isDayKey, 'not a date'));
const minutes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440));
const weekday = v.picklist([1, 2, 3, 4, 5, 6, 7] as const);
const orderKey = v.pipe(v.string(), v.maxLength(200), v.check(isOrderKey, 'not an order key'));
const pictogram = v.picklist(PICTOGRAMS);
const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;
const ids = (max: number) => v.pipe(v.array(id), v.maxLength(max), v.check(unique, 'an id twice'));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const endsAfterStart = (x: { start?: number; end?: number }) =>
  x.start === undefined || x.end === undefined || x.end > x.start;

/** A time away, as the planner writes it: at most AWAY_DAYS_MAX days, from before or on to. */
const away = v.pipe(
  v.strictObject({
    id,
    from: dayKey,
    to: dayKey,
    reason: v.picklist(AWAY_REASONS),
  }),
  v.check((a) => a.from <= a.to, 'away ends before it starts'),
  v.check((a) => daysOf(a.from, a.to, AWAY_DAYS_MAX) !== null, 'away too long'),
);

const person = v.strictObject({
  id,
  updatedAt: instant,
  // A first name or nickname: one word, as the editor asks.
  name: v.pipe(line(PERSON_NAME_MAX), v.regex(/^\S+$/, 'more than a first name')),
  color: v.picklist(PERSON_COLORS),
  portraitId: v.nullable(id),
  portraitConsent: v.boolean(),
  team: optionalLine(TEAM_MAX),
  startDate: v.nullable(dayKey),
  active: v.boolean(),
  note: v.pipe(v.string(), v.maxLength(NOTE_MAX)),
  goals: v.pipe(v.array(line(GOAL_LENGTH)), v.maxLength(GOAL_MAX)),
  showGoals: v.boolean(),
  skills: v.record(id, v.picklist(['learning', 'can', 'teaches'] as const)),
  // Written by the retention job; files from before it have none.
  punchesBefore: v.optional(v.strictObject({ tasks: count, days: count, through: v.optional(dayKey) })),
  // Written by the week planner; files and screens from before it have none.
  away: v.optional(
    v.pipe(
      v.array(away),
      v.maxLength(AWAY_MAX),
      v.check((xs) => unique(xs.map((a) => a.id)), 'an away entry twice'),
    ),
  ),
});

const station = v.strictObject({
  id,
  updatedAt: instant,
  name: line(STATION_NAME_MAX),
  color: v.picklist(STATION_COLORS),
  pictogram,
  order: orderKey,
});

const shiftFields = {
  stationId: id,
  label: line(SHIFT_LABEL_MAX),
  start: minutes,
  end: minutes,
  capacity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SHIFT_CAPACITY_MAX)),
  personIds: ids(500),
};
const blockFields = {
  title: line(BLOCK_TITLE_MAX),
  start: minutes,
  end: minutes,
  kind: v.picklist(['checkin', 'work', 'break', 'meal', 'clean', 'meeting', 'home'] as const),
  pictogram,
};
const ENDS_FIRST = 'ends before it starts';

const shiftTemplate = v.pipe(
  v.strictObject({ id, updatedAt: instant, weekday, ...shiftFields }),
  v.check((x) => endsAfterStart(x), ENDS_FIRST),
);
const block = v.pipe(
  v.strictObject({ id, updatedAt: instant, weekday, ...blockFields }),
  v.check((x) => endsAfterStart(x), ENDS_FIRST),
);

const overrideBase = {
  id,
  updatedAt: instant,
  day: dayKey,
  targetId: v.nullable(id),
  cancelled: v.boolean(),
};
/** Something added for one date (no target) has all of its fields; a change has some. */
const whole = (o: { kind: 'shift' | 'block'; targetId: string | null; patch: object }) =>
  o.targetId !== null ||
  Object.keys(o.kind === 'shift' ? shiftFields : blockFields).every((k) => k in o.patch);
const override = v.pipe(
  v.variant('kind', [
    v.strictObject({
      ...overrideBase,
      kind: v.literal('shift'),
      patch: v.pipe(
        v.partial(v.strictObject(shiftFields)),
        v.check((x) => endsAfterStart(x), ENDS_FIRST),
      ),
    }),
    v.strictObject({
      ...overrideBase,
      kind: v.literal('block'),
      patch: v.pipe(
        v.partial(v.strictObject(blockFields)),
        v.check((x) => endsAfterStart(x), ENDS_FIRST),
      ),
    }),
  ]),
  v.check((o) => whole(o), 'something added without all its fields'),
);

const step = v.strictObject({ id, text: line(STEP_TEXT_MAX), photoId: v.nullable(id) });
const task = v.pipe(
  v.strictObject({
    id,
    updatedAt: instant,
    title: line(TASK_TITLE_MAX),
    stationId: id,
    photoId: v.nullable(id),
    pictogram,
    steps: v.pipe(
      v.array(step),
      v.maxLength(STEPS_MAX),
      v.check((steps) => unique(steps.map((s) => s.id)), 'a step twice'),
    ),
    minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(TASK_MINUTES_MAX)),
    energy: v.picklist(['gives', 'takes', 'neutral'] as const),
    weekdays: v.pipe(v.array(weekday), v.check(unique, 'a day twice')),
    pool: v.boolean(),
    order: orderKey,
  }),
  v.check((t) => t.pool || t.weekdays.length > 0, 'on no day and not in the pool'),
);

const owner = v.variant('kind', [
  v.strictObject({ kind: v.literal('station'), id }),
  v.strictObject({ kind: v.literal('person'), id }),
  v.strictObject({ kind: v.literal('pool') }),
]);
// A task's day and a check-in are one a day: their id says which (`${day}/${taskId}`).
const taskDay = v.pipe(
  v.strictObject({
    id: v.string(),
    updatedAt: instant,
    day: dayKey,
    taskId: id,
    owner,
    order: orderKey,
    stepsDone: ids(STEPS_MAX),
    done: v.boolean(),
    doneBy: v.nullable(id),
    teacherId: v.nullable(id),
    moved: v.boolean(),
    removed: v.boolean(),
  }),
  v.check((r) => r.id === `${r.day}/${r.taskId}`, 'id is not day/task'),
);

const checkIn = v.pipe(
  v.strictObject({
    id: v.string(),
    updatedAt: instant,
    day: dayKey,
    personId: id,
    at: instant,
    energy: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  }),
  v.check((r) => r.id === `${r.day}/${r.personId}`, 'id is not day/person'),
);

const helpRequest = v.strictObject({
  id,
  updatedAt: instant,
  day: dayKey,
  taskId: id,
  personId: v.nullable(id),
  at: instant,
  handledAt: v.nullable(instant),
});

export const RECORD_SCHEMAS: { [S in RecordStore]: v.GenericSchema<unknown, Records[S]> } = {
  people: person,
  stations: station,
  shiftTemplates: shiftTemplate,
  blocks: block,
  overrides: override,
  tasks: task,
  taskDays: taskDay,
  checkIns: checkIn,
  helpRequests: helpRequest,
};

/** Older versions stored the demo café's drawings as SVG; such files name them so (db/backup.ts). */
const SVG = 'image/svg+xml';

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const fileName = v.pipe(v.string(), v.regex(/^photos\/[\w-]+\.(?:full|thumb)$/));
const size = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const part = v.strictObject({ file: fileName, type: v.picklist([...PHOTO_TYPES, SVG]), size, sha256 });

export const photoEntry = v.strictObject({
  id,
  width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000)),
  createdAt: instant,
  full: part,
  thumb: part,
});
export type PhotoEntry = v.InferOutput<typeof photoEntry>;

export const APP = 'dagstavlen';
/** The layout of the file itself (manifest, records.json, photos/). */
export const FORMAT = 1;

/** Read first, loosely: only enough to tell a foreign or newer file from a damaged one. */
export const manifestHead = v.looseObject({
  app: v.string(),
  format: v.optional(v.unknown()),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const manifest = v.strictObject({
  app: v.literal(APP),
  format: v.literal(FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: instant,
  counts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  photos: v.array(photoEntry),
});
export type Manifest = v.InferOutput<typeof manifest>;

export const settingsSchema = v.nullable(
  v.looseObject({ lang: v.optional(v.picklist(['da', 'en'] as const)) }),
);
