// One person's day, from the day plan: their shifts and stations, the programme within their
// shifts (for their own Nu / Bagefter), their tasks, who teaches them, and the changes that concern
// them. Public information only: a person's goals, energy, notes and help requests never enter.
import { addDays } from './calendar';
import type { Change } from './changes';
import type { DayPlan, PlannedShift, PlannedTask, PlanSource } from './plan';
import type { DayKey, Id } from './types';

export interface MyTask {
  planned: PlannedTask;
  /** 'mine': given to this person. 'station': open at one of their stations, anyone there may take it. */
  kind: 'mine' | 'station';
  /** Where it is done: the person's station for their own tasks, the open task's station otherwise. */
  stationId: Id;
}

export interface MyDay {
  /** This person's shifts that day, by time. */
  shifts: PlannedShift[];
  /** Their stations, each once, in the order of their shifts. */
  stationIds: Id[];
  /** Their own tasks in board order, then the open tasks of each of their stations in turn. */
  tasks: MyTask[];
  /** Who teaches them today, and what. */
  teachers: { teacherId: Id; taskId: Id }[];
  /** The lines of the change notice that concern them. */
  changes: Change[];
  /**
   * Their own day plan: the programme cut to their shifts, open from their first shift's start to
   * their last one's end (closed when they have no shift), for now / next.
   */
  plan: DayPlan;
}

/** A person's shifts in a plan, by time. */
export function shiftsOf(plan: DayPlan, personId: Id): PlannedShift[] {
  return plan.shifts.filter((s) => s.personIds.includes(personId));
}

export function myDay(plan: DayPlan, src: PlanSource, changes: readonly Change[], personId: Id): MyDay {
  const shifts = shiftsOf(plan, personId);
  const stationIds = [...new Set(shifts.map((s) => s.stationId))];
  const home = stationIds[0];
  const own = plan.tasks.filter((t) => t.state.owner.kind === 'person' && t.state.owner.id === personId);
  const open = stationIds.flatMap((id) =>
    plan.tasks.filter((t) => t.state.owner.kind === 'station' && t.state.owner.id === id),
  );
  const tasks: MyTask[] = [
    ...own.map((planned) => ({ planned, kind: 'mine' as const, stationId: home ?? planned.task.stationId })),
    ...open.map((planned) => ({
      planned,
      kind: 'station' as const,
      stationId: planned.state.owner.kind === 'station' ? planned.state.owner.id : planned.task.stationId,
    })),
  ];
  const teachers = own
    .filter((t) => t.state.teacherId !== null && t.state.teacherId !== personId)
    .map((t) => ({ teacherId: t.state.teacherId!, taskId: t.task.id }));
  const mine = personalPlan(plan, shifts);
  const ctx: Context = { personId, plan, src, stationIds, own: new Set(own.map((t) => t.task.id)), mine };
  return {
    shifts,
    stationIds,
    tasks,
    teachers,
    changes: changes.filter((c) => concerns(c, ctx)),
    plan: mine,
  };
}

/** The day's programme cut to a person's shifts: what they live through, and nothing else. */
export function personalPlan(plan: DayPlan, shifts: readonly PlannedShift[]): DayPlan {
  if (!plan.open || shifts.length === 0) return { ...plan, open: false, blocks: [], opens: 0, closes: 0 };
  const blocks = shifts.flatMap((s) =>
    plan.blocks
      .filter((b) => b.start < s.end && b.end > s.start)
      .map((b) => ({
        ...b,
        id: `${b.id}@${s.id}`,
        start: Math.max(b.start, s.start),
        end: Math.min(b.end, s.end),
      })),
  );
  blocks.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    ...plan,
    blocks,
    opens: Math.min(...shifts.map((s) => s.start)),
    closes: Math.max(...shifts.map((s) => s.end)),
  };
}

interface Context {
  personId: Id;
  plan: DayPlan;
  src: PlanSource;
  stationIds: Id[];
  own: Set<Id>;
  mine: DayPlan;
}

/** Whether a line of the change notice is about this person's day. */
function concerns(c: Change, ctx: Context): boolean {
  const { personId, stationIds, mine } = ctx;
  const during = (m: number) => mine.open && m >= mine.opens && m < mine.closes;
  switch (c.kind) {
    case 'substitute':
      return c.inId === personId || c.outId === personId;
    case 'person-added':
    case 'person-off':
      return c.personId === personId;
    case 'shift-moved':
    case 'shift-cancelled':
    case 'shift-added':
      return crewOf(c.id, ctx.src).includes(personId);
    case 'block-moved':
      return during(c.from) || during(c.to);
    case 'block-cancelled':
    case 'block-added':
      return during(c.start);
    case 'task-moved':
      return c.toId === personId || (c.to === 'station' && c.toId !== null && stationIds.includes(c.toId));
    case 'task-added': {
      const owner = ctx.plan.tasks.find((t) => t.task.id === c.taskId)?.state.owner;
      return ctx.own.has(c.taskId) || (owner?.kind === 'station' && stationIds.includes(owner.id));
    }
  }
}

/** Everyone a shift change touches: the usual crew and the crew for that day. */
function crewOf(overrideId: Id, src: PlanSource): Id[] {
  const o = src.overrides.find((x) => x.id === overrideId);
  if (o?.kind !== 'shift') return [];
  const usual = o.targetId ? src.shifts.find((s) => s.id === o.targetId)?.personIds : undefined;
  return [...(usual ?? []), ...(o.patch.personIds ?? [])];
}

/**
 * The first day after `after` (within `days` days) on which this person has a shift, with those
 * shifts; null when none is planned that far ahead.
 */
export function nextShifts(
  planOf: (day: DayKey) => DayPlan,
  after: DayKey,
  personId: Id,
  days = 14,
): { day: DayKey; shifts: PlannedShift[] } | null {
  for (let i = 1; i <= days; i++) {
    const day = addDays(after, i);
    const shifts = shiftsOf(planOf(day), personId);
    if (shifts.length > 0) return { day, shifts };
  }
  return null;
}
