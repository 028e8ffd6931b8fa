// Rules for the café's shared morning: the check-in window, the punch card, energy hints and
// who can teach whom. Pure: everything it needs comes in as arguments.
import type { CheckIn, Energy, Id, Minutes, Person, SkillLevel, Task, TaskDay } from './types';

export interface CheckInWindow {
  start: Minutes;
  end: Minutes;
}
/** The café meets at the screen between 08:00 and 09:30 unless staff choose otherwise. */
export const DEFAULT_CHECKIN_WINDOW: CheckInWindow = { start: 8 * 60, end: 9 * 60 + 30 };

export function inCheckInWindow(minutes: Minutes, window: CheckInWindow = DEFAULT_CHECKIN_WINDOW): boolean {
  return minutes >= window.start && minutes < window.end;
}

/** Goals are short sentences in the person's own words (the same rule for every way in). */
export const GOAL_MAX = 3;
export const GOAL_LENGTH = 120;

/** Energy answers run 1 (very little) … 5 (plenty). */
export const ENERGY_LEVELS = [1, 2, 3, 4, 5] as const;
export const isEnergy = (n: unknown): n is number =>
  typeof n === 'number' && (ENERGY_LEVELS as readonly number[]).includes(n);

export interface Punches {
  /** One per task this person finished. */
  tasks: number;
  /** One per day this person checked in. */
  days: number;
  total: number;
}

export const NO_PUNCHES: Punches = { tasks: 0, days: 0, total: 0 };

/** Everyone's punches, derived from what happened, never stored: nothing to lose, nothing to compare. */
export function punchesByPerson(taskDays: Iterable<TaskDay>, checkIns: Iterable<CheckIn>): Map<Id, Punches> {
  const tasks = new Map<Id, number>();
  for (const t of taskDays)
    if (t.done && !t.removed && t.doneBy) tasks.set(t.doneBy, (tasks.get(t.doneBy) ?? 0) + 1);
  const days = new Map<Id, Set<string>>();
  for (const c of checkIns) {
    const seen = days.get(c.personId) ?? new Set<string>();
    days.set(c.personId, seen.add(c.day));
  }
  const out = new Map<Id, Punches>();
  for (const id of new Set([...tasks.keys(), ...days.keys()])) {
    const p = { tasks: tasks.get(id) ?? 0, days: days.get(id)?.size ?? 0 };
    out.set(id, { ...p, total: p.tasks + p.days });
  }
  return out;
}

/** Punches from days that do not overlap (check-in days are counted once per day). */
export function addPunches(a: Punches, b: Punches | undefined): Punches {
  return b ? { tasks: a.tasks + b.tasks, days: a.days + b.days, total: a.total + b.total } : a;
}

/** A punch card holds this many punches; a full card simply starts a new one. */
export const CARD_SIZE = 10;

export function cardOf(total: number): { full: number; onCard: number } {
  const full = Math.floor(total / CARD_SIZE);
  return { full, onCard: total - full * CARD_SIZE };
}

/**
 * A gentle hint for staff: someone with little energy today (1–2) whose list holds two or more
 * tasks that take energy, or only such tasks.
 */
export function energyHint(energy: number | null, tasks: readonly { energy: Energy }[]): boolean {
  if (energy === null || energy > 2) return false;
  const taking = tasks.filter((t) => t.energy === 'takes').length;
  return taking >= 2 || (taking > 0 && taking === tasks.length);
}

export const SKILL_LEVELS: readonly SkillLevel[] = ['learning', 'can', 'teaches'];

export function skillOf(person: Person, taskId: Id): SkillLevel | null {
  return person.skills[taskId] ?? null;
}

/** People on shift who can teach a task, never the learner themselves. */
export function teachersFor(
  taskId: Id,
  people: readonly Person[],
  onShift: ReadonlySet<Id>,
  learnerId: Id | null,
): Person[] {
  return people.filter(
    (p) => p.active && p.id !== learnerId && onShift.has(p.id) && p.skills[taskId] === 'teaches',
  );
}

/** Whether staff should be offered a teacher when giving this task to this person. */
export function needsTeacher(person: Person | undefined, task: Task): boolean {
  return person?.skills[task.id] === 'learning';
}
