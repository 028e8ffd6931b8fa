// The café's vocabulary. Pure data: no browser, no Preact, no IndexedDB.
import type { AWAY_REASONS } from './fields';

export type Id = string;
/** A calendar day in Europe/Copenhagen, 'YYYY-MM-DD'. */
export type DayKey = string;
/** Minutes since local midnight (wall clock), 0..1440. */
export type Minutes = number;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Epoch milliseconds. */
export type Instant = number;

/** Every stored record carries an id and when it last changed (for later replication). */
export interface Base {
  id: Id;
  updatedAt: Instant;
}

export type Energy = 'gives' | 'takes' | 'neutral';
export type SkillLevel = 'learning' | 'can' | 'teaches';

export interface Person extends Base {
  /** First name or nickname only: this is what the wall shows. */
  name: string;
  /** Avatar colour, one of the palette keys in styles/tokens.css. */
  color: string;
  portraitId: Id | null;
  /** A portrait is shown only while consent is true. */
  portraitConsent: boolean;
  team: string;
  startDate: DayKey | null;
  active: boolean;
  /** Staff-only notes: never on a public view. */
  note: string;
  /** Three self-chosen goals: staff-only unless showGoals. */
  goals: string[];
  showGoals: boolean;
  /** Skill per task id. */
  skills: Record<Id, SkillLevel>;
  /**
   * Punches from days the retention job deleted (their check-ins and done tasks are gone), so the
   * punch card never loses one. Written only by that job; absent means none.
   */
  punchesBefore?: {
    tasks: number;
    days: number;
    /** The first day kept when they were counted: days before it are in here (absent in older data). */
    through?: DayKey;
  };
  /** Days away (ill, holiday, course): staff-only, like energy answers; absent means none. */
  away?: Away[];
}

/** A person away from `from` to `to`, both included. The reason is for staff, never the wall. */
export interface Away {
  id: Id;
  from: DayKey;
  to: DayKey;
  reason: (typeof AWAY_REASONS)[number];
}

export interface Station extends Base {
  name: string;
  color: string;
  pictogram: string;
  order: string;
}

export interface ShiftFields {
  stationId: Id;
  label: string;
  start: Minutes;
  end: Minutes;
  /** How many people the shift needs. */
  capacity: number;
  /** The usual crew. */
  personIds: Id[];
}

export interface ShiftTemplate extends Base, ShiftFields {
  weekday: Weekday;
}

export interface DayBlockFields {
  title: string;
  start: Minutes;
  end: Minutes;
  kind: 'checkin' | 'work' | 'break' | 'meal' | 'clean' | 'meeting' | 'home';
  pictogram: string;
}

export interface DayBlockTemplate extends Base, DayBlockFields {
  weekday: Weekday;
}

/**
 * A one-off change for a date. `targetId` null means something added that day; `cancelled`
 * removes the target; otherwise `patch` replaces those fields for that date only.
 */
export type Override =
  | (Base & {
      day: DayKey;
      kind: 'shift';
      targetId: Id | null;
      cancelled: boolean;
      patch: Partial<ShiftFields>;
    })
  | (Base & {
      day: DayKey;
      kind: 'block';
      targetId: Id | null;
      cancelled: boolean;
      patch: Partial<DayBlockFields>;
    });

export interface Step {
  id: Id;
  text: string;
  photoId: Id | null;
}

export interface Task extends Base {
  title: string;
  stationId: Id;
  /** The picture of the finished result. */
  photoId: Id | null;
  pictogram: string;
  steps: Step[];
  minutes: number;
  energy: Energy;
  /** Weekdays on which the task is on its station's list. */
  weekdays: Weekday[];
  /** Optional tasks live in the pool ("Jeg har tid: hvad kan jeg lave?"). */
  pool: boolean;
  order: string;
}

export type Owner = { kind: 'station'; id: Id } | { kind: 'person'; id: Id } | { kind: 'pool' };

/**
 * A task on a given day: where it sits and how far it got. Stored only once something differs
 * from the task's usual place. Its id is `${day}/${taskId}`: one task appears once a day, and a
 * move or a tick writes exactly one record.
 */
export interface TaskDay extends Base {
  day: DayKey;
  taskId: Id;
  owner: Owner;
  order: string;
  stepsDone: Id[];
  done: boolean;
  doneBy: Id | null;
  /** A learner paired with someone who can teach it. */
  teacherId: Id | null;
  /** Set when staff moved it off its usual place (shown as a change). */
  moved: boolean;
  removed: boolean;
}

export interface CheckIn extends Base {
  day: DayKey;
  personId: Id;
  at: Instant;
  /** 1 (very little) … 5 (plenty); private to staff. */
  energy: number | null;
}

export interface Photo {
  id: Id;
  blob: Blob;
  thumb: Blob;
  width: number;
  height: number;
  createdAt: Instant;
}

/** "Jeg har brug for hjælp": staff see who asked, for which task and when; the wall only a marker. */
export interface HelpRequest extends Base {
  day: DayKey;
  taskId: Id;
  personId: Id | null;
  at: Instant;
  /** When staff marked it handled; null while open. */
  handledAt: Instant | null;
}
