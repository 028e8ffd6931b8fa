// What applies on a date: the weekly templates plus that date's one-off changes.
import { weekdayOf } from './calendar';
import { byOrder } from './order';
import type {
  DayBlockFields,
  DayBlockTemplate,
  DayKey,
  Id,
  Override,
  Owner,
  ShiftFields,
  ShiftTemplate,
  Task,
  TaskDay,
} from './types';

export type ChangeMark = 'added' | 'changed' | null;

export interface PlannedBlock extends DayBlockFields {
  id: Id;
  mark: ChangeMark;
}

export interface PlannedShift extends ShiftFields {
  id: Id;
  templateId: Id | null;
  mark: ChangeMark;
}

export interface PlannedTask {
  task: Task;
  state: TaskDay;
  mark: ChangeMark;
}

export interface DayPlan {
  day: DayKey;
  open: boolean;
  /** Opening hours: first block start to last block end. */
  opens: number;
  closes: number;
  blocks: PlannedBlock[];
  shifts: PlannedShift[];
  tasks: PlannedTask[];
}

export interface PlanSource {
  blocks: readonly DayBlockTemplate[];
  shifts: readonly ShiftTemplate[];
  overrides: readonly Override[];
  tasks: readonly Task[];
  taskDays: readonly TaskDay[];
}

/** By time; at the same time by id, so every screen lists the same plan in the same order. */
const byStart = <T extends { start: number; end: number; id: Id }>(a: T, b: T) =>
  a.start - b.start || a.end - b.end || byId(a, b);
const byId = (a: { id: Id }, b: { id: Id }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function applyOverrides<F, T extends F & { id: Id }>(
  templates: readonly T[],
  overrides: readonly { targetId: Id | null; cancelled: boolean; patch: Partial<F>; id: Id }[],
): { id: Id; templateId: Id | null; fields: F; mark: ChangeMark }[] {
  const byTarget = new Map(overrides.filter((o) => o.targetId).map((o) => [o.targetId, o]));
  const out: { id: Id; templateId: Id | null; fields: F; mark: ChangeMark }[] = [];
  for (const t of templates) {
    const o = byTarget.get(t.id);
    if (o?.cancelled) continue;
    out.push({
      id: t.id,
      templateId: t.id,
      fields: o ? { ...t, ...o.patch } : t,
      mark: o ? 'changed' : null,
    });
  }
  for (const o of overrides) {
    if (o.targetId === null && !o.cancelled) {
      out.push({ id: o.id, templateId: null, fields: o.patch as F, mark: 'added' });
    }
  }
  return out;
}

/** The task's usual place on a day, before anything was moved or ticked. */
export function defaultTaskDay(task: Task, day: DayKey): TaskDay {
  const owner: Owner = task.pool ? { kind: 'pool' } : { kind: 'station', id: task.stationId };
  return {
    id: taskDayId(day, task.id),
    updatedAt: 0,
    day,
    taskId: task.id,
    owner,
    order: task.order,
    stepsDone: [],
    done: false,
    doneBy: null,
    teacherId: null,
    moved: false,
    removed: false,
  };
}

export const taskDayId = (day: DayKey, taskId: Id) => `${day}/${taskId}`;

export function planDay(day: DayKey, src: PlanSource): DayPlan {
  const weekday = weekdayOf(day);
  const todays = src.overrides.filter((o) => o.day === day);

  const blocks = applyOverrides<DayBlockFields, DayBlockTemplate>(
    src.blocks.filter((b) => b.weekday === weekday),
    todays.filter((o) => o.kind === 'block'),
  )
    .map(({ id, fields, mark }) => ({ ...pickBlock(fields), id, mark }))
    .sort(byStart);

  const shifts = applyOverrides<ShiftFields, ShiftTemplate>(
    src.shifts.filter((s) => s.weekday === weekday),
    todays.filter((o) => o.kind === 'shift'),
  )
    .map(({ id, templateId, fields, mark }) => ({ ...pickShift(fields), id, templateId, mark }))
    .sort(byStart);

  const states = new Map(src.taskDays.filter((t) => t.day === day).map((t) => [t.taskId, t]));
  const tasks: PlannedTask[] = [];
  for (const task of src.tasks) {
    const stored = states.get(task.id);
    const usual = task.weekdays.includes(weekday);
    if (!stored && !usual) continue;
    const state = stored ?? defaultTaskDay(task, day);
    if (state.removed) continue;
    tasks.push({ task, state, mark: !usual ? 'added' : state.moved ? 'changed' : null });
  }
  tasks.sort((a, b) => byOrder(a.state, b.state));

  const open = blocks.length > 0;
  return {
    day,
    open,
    opens: open ? Math.min(...blocks.map((b) => b.start)) : 0,
    closes: open ? Math.max(...blocks.map((b) => b.end)) : 0,
    blocks,
    shifts,
    tasks,
  };
}

function pickBlock(f: DayBlockFields): DayBlockFields {
  return { title: f.title, start: f.start, end: f.end, kind: f.kind, pictogram: f.pictogram };
}

function pickShift(f: ShiftFields): ShiftFields {
  return {
    stationId: f.stationId,
    label: f.label,
    start: f.start,
    end: f.end,
    capacity: f.capacity,
    personIds: [...f.personIds],
  };
}

/** Tasks of one owner in their order. */
export function tasksOf(plan: DayPlan, owner: Owner): PlannedTask[] {
  return plan.tasks.filter((t) => sameOwner(t.state.owner, owner));
}

export function sameOwner(a: Owner, b: Owner): boolean {
  if (a.kind === 'pool' || b.kind === 'pool') return a.kind === b.kind;
  return a.kind === b.kind && a.id === b.id;
}

/** The people on shift that day, each once, in shift order. */
export function peopleOnShift(plan: DayPlan): Id[] {
  const seen = new Set<Id>();
  for (const s of plan.shifts) for (const p of s.personIds) seen.add(p);
  return [...seen];
}
