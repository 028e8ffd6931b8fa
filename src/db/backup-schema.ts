// What a backup file may contain: valibot schemas mirroring domain/types.ts. The record map is
// typed against `Records`, so a new field or store in the domain does not compile until its
// schema is here too. Objects are strict: an unknown field means a foreign or damaged file.
import * as v from 'valibot';
import type { RecordStore, Records } from './schema';

const MAX_TEXT = 2000;
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const instant = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const dayKey = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const minutes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440));
const weekday = v.picklist([1, 2, 3, 4, 5, 6, 7] as const);
const orderKey = v.pipe(v.string(), v.maxLength(200));
const ids = v.pipe(v.array(id), v.maxLength(500));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const person = v.strictObject({
  id,
  updatedAt: instant,
  name: text,
  color: text,
  portraitId: v.nullable(id),
  portraitConsent: v.boolean(),
  team: text,
  startDate: v.nullable(dayKey),
  active: v.boolean(),
  note: text,
  goals: v.pipe(v.array(text), v.maxLength(20)),
  showGoals: v.boolean(),
  skills: v.record(id, v.picklist(['learning', 'can', 'teaches'] as const)),
  // Written by the retention job; files from before it have none.
  punchesBefore: v.optional(v.strictObject({ tasks: count, days: count, through: v.optional(dayKey) })),
});

const station = v.strictObject({
  id,
  updatedAt: instant,
  name: text,
  color: text,
  pictogram: text,
  order: orderKey,
});

const shiftFields = {
  stationId: id,
  label: text,
  start: minutes,
  end: minutes,
  capacity: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  personIds: ids,
};
const blockFields = {
  title: text,
  start: minutes,
  end: minutes,
  kind: v.picklist(['checkin', 'work', 'break', 'meal', 'clean', 'meeting', 'home'] as const),
  pictogram: text,
};

const shiftTemplate = v.strictObject({ id, updatedAt: instant, weekday, ...shiftFields });
const block = v.strictObject({ id, updatedAt: instant, weekday, ...blockFields });

const overrideBase = {
  id,
  updatedAt: instant,
  day: dayKey,
  targetId: v.nullable(id),
  cancelled: v.boolean(),
};
const override = v.variant('kind', [
  v.strictObject({
    ...overrideBase,
    kind: v.literal('shift'),
    patch: v.partial(v.strictObject(shiftFields)),
  }),
  v.strictObject({
    ...overrideBase,
    kind: v.literal('block'),
    patch: v.partial(v.strictObject(blockFields)),
  }),
]);

const step = v.strictObject({ id, text, photoId: v.nullable(id) });
const task = v.strictObject({
  id,
  updatedAt: instant,
  title: text,
  stationId: id,
  photoId: v.nullable(id),
  pictogram: text,
  steps: v.pipe(v.array(step), v.maxLength(100)),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440)),
  energy: v.picklist(['gives', 'takes', 'neutral'] as const),
  weekdays: v.pipe(v.array(weekday), v.maxLength(7)),
  pool: v.boolean(),
  order: orderKey,
});

const owner = v.variant('kind', [
  v.strictObject({ kind: v.literal('station'), id }),
  v.strictObject({ kind: v.literal('person'), id }),
  v.strictObject({ kind: v.literal('pool') }),
]);
const taskDay = v.strictObject({
  id,
  updatedAt: instant,
  day: dayKey,
  taskId: id,
  owner,
  order: orderKey,
  stepsDone: ids,
  done: v.boolean(),
  doneBy: v.nullable(id),
  teacherId: v.nullable(id),
  moved: v.boolean(),
  removed: v.boolean(),
});

const checkIn = v.strictObject({
  id,
  updatedAt: instant,
  day: dayKey,
  personId: id,
  at: instant,
  energy: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
});

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

/** The picture types the board shows; the demo café's drawings are SVG. */
export const PHOTO_TYPES = ['image/webp', 'image/jpeg', 'image/png', 'image/svg+xml'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const fileName = v.pipe(v.string(), v.regex(/^photos\/[\w-]+\.(?:full|thumb)$/));
const size = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

export const photoEntry = v.strictObject({
  id: v.pipe(id, v.regex(/^[\w-]+$/)),
  width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000)),
  createdAt: instant,
  full: v.strictObject({ file: fileName, type: v.picklist(PHOTO_TYPES), size, sha256 }),
  thumb: v.strictObject({ file: fileName, type: v.picklist(PHOTO_TYPES), size, sha256 }),
});
export type PhotoEntry = v.InferOutput<typeof photoEntry>;

export const APP = 'dagstavlen';

/** Read first, loosely: only enough to tell a foreign or newer file from a damaged one. */
export const manifestHead = v.looseObject({
  app: v.string(),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const manifest = v.strictObject({
  app: v.literal(APP),
  format: v.literal(1),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: instant,
  counts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  photos: v.array(photoEntry),
});
export type Manifest = v.InferOutput<typeof manifest>;

export const settingsSchema = v.nullable(
  v.looseObject({ lang: v.optional(v.picklist(['da', 'en'] as const)) }),
);
