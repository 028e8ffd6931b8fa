// The IndexedDB schema. Bump DB_VERSION only together with a new step in migrations.ts and a
// fixture database of the previous version under test/fixtures/.
import type { DBSchema } from 'idb';
import type {
  CheckIn,
  DayBlockTemplate,
  DayKey,
  HelpRequest,
  Id,
  Instant,
  Override,
  Person,
  Photo,
  ShiftTemplate,
  Station,
  Task,
  TaskDay,
} from '../domain/types';

export const DB_VERSION = 4;
export const DB_NAME = 'dagstavlen';

/** The stores that hold the café's records, each keyed by `id`. */
export interface Records {
  people: Person;
  stations: Station;
  shiftTemplates: ShiftTemplate;
  blocks: DayBlockTemplate;
  overrides: Override;
  tasks: Task;
  taskDays: TaskDay;
  checkIns: CheckIn;
  helpRequests: HelpRequest;
}
export type RecordStore = keyof Records;
export const RECORD_STORES: readonly RecordStore[] = [
  'people',
  'stations',
  'shiftTemplates',
  'blocks',
  'overrides',
  'tasks',
  'taskDays',
  'checkIns',
  'helpRequests',
];
/** Stores whose records belong to one date (loaded by day range). */
export const DATED_STORES = ['overrides', 'taskDays', 'checkIns', 'helpRequests'] as const;
export type DatedStore = (typeof DATED_STORES)[number];

/** One record written or deleted; `before` lets the change be undone. */
export type RecordChange = {
  [S in RecordStore]: { store: S; id: Id; after: Records[S] | null; before: Records[S] | null };
}[RecordStore];

/** An edit as written: `base` is what it started from when nothing was stored (a task's usual day). */
export type RecordEdit = RecordChange & { base?: unknown };

/**
 * What this screen changed since its replica last took it (several screens, db/outbox.ts). One
 * entry per record, photo or shared setting, holding the net change since then; '*' means the
 * whole café was replaced here. Written in the same transaction as the change itself, so no
 * committed edit is missed after a power cut. Only while a house server is set up.
 */
export interface OutboxEntry {
  key: string;
  /** Grows with each write to this key: a drain deletes an entry only if nothing was added since. */
  n: number;
  store?: RecordStore;
  id?: Id;
  before?: unknown;
  base?: unknown;
  after?: unknown;
}

/** Settings that are the café's (every screen the same), replicated with the records. */
export const CAFE_META = ['staffPin', 'cafeSettings'] as const;
/** This screen's link to the house server (meta key); never exported or shown after saving. */
export const SYNC_KEY = 'sync';
/** Where the sync worker's inbound side goes on from in its replica's changes (meta key). */
export const SYNC_SEQ_KEY = 'syncSeq';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface HistoryEntry {
  /** Increasing sequence number. */
  seq: number;
  at: number;
  /** What the change was, for the readable list (an i18n key plus values). */
  label: string;
  changes: RecordChange[];
  /** Undone entries stay until a new edit clears them (they are the redo stack). */
  undone: boolean;
  /** Something another screen did (a merge): listed, never undone here. */
  remote?: boolean;
}

/**
 * A daily copy of the records kept inside the browser (the last 7). Photos are not copied: they
 * stay in the photos store and a snapshot refers to them by id, so seven snapshots cost seven
 * small JSON-sized records instead of seven copies of every picture.
 */
export interface Snapshot {
  /** The day it was taken: one snapshot per day. */
  id: DayKey;
  takenAt: Instant;
  /** The schema version the records were written in (restores migrate through the same path). */
  schemaVersion: number;
  records: { [S in RecordStore]: Records[S][] };
  settings: unknown;
}

export interface LogEntry {
  seq?: number;
  at: number;
  level: 'error' | 'warn' | 'info';
  message: string;
}

export interface BoardDB extends DBSchema {
  people: { key: Id; value: Person };
  stations: { key: Id; value: Station };
  shiftTemplates: { key: Id; value: ShiftTemplate };
  blocks: { key: Id; value: DayBlockTemplate };
  overrides: { key: Id; value: Override; indexes: { day: DayKey } };
  tasks: { key: Id; value: Task };
  taskDays: { key: Id; value: TaskDay; indexes: { day: DayKey } };
  checkIns: { key: Id; value: CheckIn; indexes: { day: DayKey } };
  helpRequests: { key: Id; value: HelpRequest; indexes: { day: DayKey } };
  photos: { key: Id; value: Photo };
  meta: { key: string; value: MetaEntry };
  history: { key: number; value: HistoryEntry };
  log: { key: number; value: LogEntry };
  snapshots: { key: DayKey; value: Snapshot };
  outbox: { key: string; value: OutboxEntry };
}
