// How two writers of the same record meet. Pure: used inside the write transaction (two tabs of
// one profile), when a screen's own edits go to its replica, and when two screens' versions of a
// record come back from the house server in conflict.
import { canonical, same } from './same';
import type { Task, TaskDay } from './types';

export { canonical, same };

type Rec = Record<string, unknown>;

/** Fields that hold a set of ids: an edit adds and removes members, it does not replace the set. */
const SET_FIELDS: Record<string, readonly string[]> = {
  taskDays: ['stepsDone'],
  shiftTemplates: ['personIds'],
};
/** Fields that hold a map: an edit changes some keys, not the whole map. */
const MAP_FIELDS: Record<string, readonly string[]> = {
  people: ['skills'],
};
/** Fields that hold a list of entries with ids: an edit adds, changes and removes entries by id. */
const ENTRY_FIELDS: Record<string, readonly string[]> = {
  people: ['away'],
};

function mergeSet(from: unknown, to: unknown, current: unknown): unknown[] {
  const was = new Set((from as unknown[] | undefined) ?? []);
  const now = (to as unknown[] | undefined) ?? [];
  const removed = new Set([...was].filter((x) => !now.includes(x)));
  const kept = ((current as unknown[] | undefined) ?? []).filter((x) => !removed.has(x));
  return [...kept, ...now.filter((x) => !was.has(x) && !kept.includes(x))];
}

function mergeMap(from: unknown, to: unknown, current: unknown): Rec {
  const was = (from as Rec | undefined) ?? {};
  const now = (to as Rec | undefined) ?? {};
  const out: Rec = { ...((current as Rec | undefined) ?? {}) };
  for (const k of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (same(was[k], now[k])) continue;
    if (k in now) out[k] = now[k];
    else delete out[k];
  }
  return out;
}

type Entry = { id: unknown };

function mergeEntries(from: unknown, to: unknown, current: unknown): Entry[] {
  const was = new Map(((from as Entry[] | undefined) ?? []).map((e) => [e.id, e]));
  const now = new Map(((to as Entry[] | undefined) ?? []).map((e) => [e.id, e]));
  const out: Entry[] = [];
  for (const e of (current as Entry[] | undefined) ?? []) {
    if (was.has(e.id) && !now.has(e.id)) continue;
    const edited = now.get(e.id);
    out.push(edited && !same(was.get(e.id), edited) ? edited : e);
  }
  for (const e of now.values()) if (!was.has(e.id) && !out.some((o) => o.id === e.id)) out.push(e);
  return out;
}

export interface Edit {
  /** What was stored when the edit was made (null or absent: nothing was). */
  before?: unknown;
  /** What the edit started from when nothing was stored (a task's day in its usual place). */
  base?: unknown;
  /** The edit's result (null: a deletion). */
  after?: unknown;
}

/**
 * An edit made on `before`, applied to what is stored now: only the fields the edit changed are
 * taken, sets gain and lose only the members it added and removed, and the rest stays as stored.
 * A deletion stands; a record deleted meanwhile stays deleted.
 */
export function rebase<R>(store: string, edit: Edit, current: R | null | undefined): R | null {
  const after = (edit.after ?? null) as Rec | null;
  if (after === null) return null;
  const cur = (current ?? null) as Rec | null;
  if (cur === null) return edit.before == null ? (after as R) : null;
  const from = (edit.before ?? edit.base ?? {}) as Rec;
  if (same(from, cur)) return after as R;
  const sets = SET_FIELDS[store] ?? [];
  const maps = MAP_FIELDS[store] ?? [];
  const entries = ENTRY_FIELDS[store] ?? [];
  const out: Rec = { ...cur };
  for (const key of new Set([...Object.keys(from), ...Object.keys(after)])) {
    if (key === 'updatedAt' || same(from[key], after[key])) continue;
    if (sets.includes(key)) out[key] = mergeSet(from[key], after[key], cur[key]);
    else if (maps.includes(key)) out[key] = mergeMap(from[key], after[key], cur[key]);
    else if (entries.includes(key)) {
      const merged = mergeEntries(from[key], after[key], cur[key]);
      if (merged.length || key in after) out[key] = merged;
      else delete out[key];
    } else if (key in after) out[key] = after[key];
    else delete out[key];
  }
  out.updatedAt = Math.max(Number(cur.updatedAt) || 0, Number(after.updatedAt) || 0);
  return out as R;
}

export interface Leaf {
  rev: string;
  record: object;
}

const revOrder = (a: string, b: string) => {
  const [ga, ha] = [Number.parseInt(a, 10), a.slice(a.indexOf('-') + 1)];
  const [gb, hb] = [Number.parseInt(b, 10), b.slice(b.indexOf('-') + 1)];
  return ga - gb || (ha < hb ? -1 : ha > hb ? 1 : 0);
};

/**
 * Two or more versions of one record written apart (each screen offline), to one. The same leaves
 * give the same result on every screen, whatever order they come in. The newest edit (updatedAt,
 * then revision) decides, with these exceptions: a task's day keeps every step ticked anywhere and
 * is done if any version is done; a person keeps the punches of the latest retention run and every
 * time away marked in any version.
 */
export function resolveLeaves<R>(store: string, leaves: readonly Leaf[]): R {
  const ordered = (leaves as readonly { rev: string; record: Rec }[])
    .slice()
    .sort(
      (a, b) =>
        (Number(b.record.updatedAt) || 0) - (Number(a.record.updatedAt) || 0) || revOrder(b.rev, a.rev),
    );
  const newest = ordered[0]!.record;
  const out: Rec = { ...newest };
  if (store === 'taskDays') {
    const steps: unknown[] = [];
    for (const l of ordered)
      for (const s of (l.record.stepsDone as unknown[]) ?? []) if (!steps.includes(s)) steps.push(s);
    out.stepsDone = steps;
    const done = ordered.find((l) => l.record.done === true);
    out.done = !!done;
    out.doneBy = done ? (done.record.doneBy ?? null) : null;
  }
  if (store === 'people') {
    const kept = ordered
      .map((l) => l.record.punchesBefore as { through?: string } | undefined)
      .filter((p): p is { through?: string } => !!p)
      .sort((a, b) =>
        (b.through ?? '') > (a.through ?? '') ? 1 : (b.through ?? '') < (a.through ?? '') ? -1 : 0,
      );
    if (kept[0]) out.punchesBefore = kept[0];
    // A time away marked on either screen stays (like a tick): a lost sick call is worse than an
    // ended one coming back, which staff see in the planner and end again.
    const away: Entry[] = [];
    for (const l of ordered)
      for (const a of (l.record.away as Entry[] | undefined) ?? [])
        if (!away.some((x) => x.id === a.id)) away.push(a);
    if (away.length) out.away = away;
  }
  return out as R;
}

/** A task's day after a merge: ticks in the task's order, and done once every step is ticked. */
export function settleTaskDay(day: TaskDay, task: Pick<Task, 'steps'> | undefined): TaskDay {
  if (!task || task.steps.length === 0) return day;
  const ids = task.steps.map((s) => s.id);
  const stepsDone = ids.filter((id) => day.stepsDone.includes(id));
  const allDone = stepsDone.length === ids.length;
  if (same(stepsDone, day.stepsDone) && (!allDone || day.done)) return day;
  if (!allDone || day.done) return { ...day, stepsDone };
  const doneBy = day.doneBy ?? (day.owner.kind === 'person' ? day.owner.id : null);
  return { ...day, stepsDone, done: true, doneBy };
}
