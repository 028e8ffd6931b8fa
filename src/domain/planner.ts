// The rules of planning a week: who is away, which shifts overlap, which stations are left without
// anyone, the totals, and who could take over. Pure: the planner and the board's edit mode read it.
import { awayIds, awayOn } from './away';
import { addDays, mondayOf } from './calendar';
import type { DayPlan, PlannedShift } from './plan';
import type { DayKey, Id, Person, Task } from './types';

export { awayIds, awayOn } from './away';

/** The days from `from` to `to`, both included; null when there are more than `max`. */
export function daysOf(from: DayKey, to: DayKey, max: number): DayKey[] | null {
  const out: DayKey[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (out.length === max) return null;
    out.push(day);
  }
  return out;
}

/** The seven days of the week that holds `day`, Monday first. */
export function weekFrom(day: DayKey): DayKey[] {
  const monday = mondayOf(day);
  return [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Why `personId` cannot be put on `shiftId` that day, or null when they can: already on it, or on
 * another shift whose hours overlap (`fromShiftId` is the shift they are being moved from, which
 * does not count).
 */
export type Refusal =
  | { kind: 'same' }
  | { kind: 'overlap'; with: PlannedShift }
  | { kind: 'away' }
  | { kind: 'gone' };

export function refusal(
  plan: DayPlan,
  person: Person,
  shiftId: Id,
  fromShiftId: Id | null = null,
): Refusal | null {
  const target = plan.shifts.find((s) => s.id === shiftId);
  if (!target || !person.active) return { kind: 'gone' };
  if (target.personIds.includes(person.id)) return { kind: 'same' };
  if (awayOn(person, plan.day)) return { kind: 'away' };
  const clash = plan.shifts.find(
    (s) => s.id !== shiftId && s.id !== fromShiftId && s.personIds.includes(person.id) && overlap(s, target),
  );
  return clash ? { kind: 'overlap', with: clash } : null;
}

/** Minutes on shift per person over the given days. */
export function minutesByPerson(plans: readonly DayPlan[]): Map<Id, number> {
  const out = new Map<Id, number>();
  for (const plan of plans)
    for (const s of plan.shifts)
      for (const p of s.personIds) out.set(p, (out.get(p) ?? 0) + (s.end - s.start));
  return out;
}

/** Minutes on shift, and people on shift, on one day. */
export function dayTotals(plan: DayPlan): { minutes: number; people: number } {
  let minutes = 0;
  const people = new Set<Id>();
  for (const s of plan.shifts) {
    minutes += (s.end - s.start) * s.personIds.length;
    for (const p of s.personIds) people.add(p);
  }
  return { minutes, people: people.size };
}

/**
 * Stations that have shifts on a day the café is open, but nobody on any of them: the grid marks
 * them. A station with no shift that day is closed then, not unstaffed.
 */
export function unstaffed(plan: DayPlan): Set<Id> {
  if (!plan.open) return new Set();
  const staffed = new Set<Id>();
  const hasShift = new Set<Id>();
  for (const s of plan.shifts) {
    hasShift.add(s.stationId);
    if (s.personIds.length > 0) staffed.add(s.stationId);
  }
  return new Set([...hasShift].filter((id) => !staffed.has(id)));
}

/** People who can do a station: 'can' or 'teaches' in any of its tasks (the skills staff keep). */
export function canDoStation(person: Person, stationId: Id, tasks: readonly Task[]): boolean {
  return tasks.some(
    (t) => t.stationId === stationId && (person.skills[t.id] === 'can' || person.skills[t.id] === 'teaches'),
  );
}

/**
 * Who could take over on a shift: active people, not away, not on a shift that overlaps it, who can
 * do its station; by name so every screen suggests the same.
 */
export function suggestions(
  plan: DayPlan,
  shiftId: Id,
  people: readonly Person[],
  tasks: readonly Task[],
): Person[] {
  const shift = plan.shifts.find((s) => s.id === shiftId);
  if (!shift) return [];
  return people
    .filter((p) => p.active && refusal(plan, p, shiftId) === null && canDoStation(p, shift.stationId, tasks))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/**
 * Shifts that lack someone because a person on their usual crew is away that day, with who
 * could take over. The board (in edit mode) and the grid offer the first suggestions.
 */
export interface Gap {
  shift: PlannedShift;
  /** The away people who usually are on it. */
  awayIds: Id[];
  suggested: Person[];
}

export function gaps(
  plan: DayPlan,
  usualCrew: (templateId: Id) => readonly Id[],
  people: readonly Person[],
  tasks: readonly Task[],
): Gap[] {
  const away = awayIds(people, plan.day);
  if (away.size === 0) return [];
  const out: Gap[] = [];
  for (const shift of plan.shifts) {
    if (!shift.templateId) continue;
    const missing = usualCrew(shift.templateId).filter((p) => away.has(p) && !shift.personIds.includes(p));
    const short = shift.personIds.length < Math.max(shift.capacity, usualCrew(shift.templateId).length);
    if (missing.length === 0 || !short) continue;
    out.push({ shift, awayIds: missing, suggested: suggestions(plan, shift.id, people, tasks) });
  }
  return out;
}
