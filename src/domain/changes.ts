// The day plan against the usual weekly template, as plain change records (the notice turns each
// into one Danish sentence).
import { weekdayOf } from './calendar';
import type { DayPlan, PlanSource } from './plan';
import type { DayKey, Id } from './types';

export type Change =
  | { kind: 'block-moved'; id: Id; title: string; from: number; to: number }
  | { kind: 'block-cancelled'; id: Id; title: string; start: number }
  | { kind: 'block-added'; id: Id; title: string; start: number }
  | { kind: 'shift-moved'; id: Id; stationId: Id; label: string; from: number; to: number }
  | { kind: 'shift-cancelled'; id: Id; stationId: Id; label: string }
  | { kind: 'shift-added'; id: Id; stationId: Id; label: string; start: number }
  | { kind: 'substitute'; id: Id; stationId: Id; inId: Id; outId: Id }
  | { kind: 'person-added'; id: Id; stationId: Id; personId: Id }
  /** `away`: they are away that day (the notice says so calmly; the reason never leaves staff). */
  | { kind: 'person-off'; id: Id; stationId: Id; personId: Id; away?: true }
  | { kind: 'task-moved'; id: Id; taskId: Id; to: 'person' | 'station' | 'pool'; toId: Id | null }
  | { kind: 'task-added'; id: Id; taskId: Id };

/** `away`: the people away that day (domain/planner.ts awayIds), so their lines read as such. */
export function changesOf(plan: DayPlan, src: PlanSource, away: ReadonlySet<Id> = new Set()): Change[] {
  const day: DayKey = plan.day;
  const weekday = weekdayOf(day);
  const out: Change[] = [];
  const overrides = src.overrides.filter((o) => o.day === day);

  for (const o of overrides) {
    if (o.kind === 'block') {
      const usual = src.blocks.find((b) => b.id === o.targetId && b.weekday === weekday);
      if (o.targetId === null) {
        if (!o.cancelled && o.patch.title && o.patch.start !== undefined)
          out.push({ kind: 'block-added', id: o.id, title: o.patch.title, start: o.patch.start });
      } else if (usual && o.cancelled) {
        out.push({ kind: 'block-cancelled', id: o.id, title: usual.title, start: usual.start });
      } else if (usual && o.patch.start !== undefined && o.patch.start !== usual.start) {
        out.push({ kind: 'block-moved', id: o.id, title: usual.title, from: usual.start, to: o.patch.start });
      }
      continue;
    }
    const usual = src.shifts.find((s) => s.id === o.targetId && s.weekday === weekday);
    if (o.targetId === null) {
      if (!o.cancelled && o.patch.stationId && o.patch.start !== undefined)
        out.push({
          kind: 'shift-added',
          id: o.id,
          stationId: o.patch.stationId,
          label: o.patch.label ?? '',
          start: o.patch.start,
        });
      continue;
    }
    if (!usual) continue;
    if (o.cancelled) {
      out.push({ kind: 'shift-cancelled', id: o.id, stationId: usual.stationId, label: usual.label });
      continue;
    }
    if (o.patch.start !== undefined && o.patch.start !== usual.start) {
      out.push({
        kind: 'shift-moved',
        id: o.id,
        stationId: usual.stationId,
        label: usual.label,
        from: usual.start,
        to: o.patch.start,
      });
    }
    if (o.patch.personIds) {
      const now = o.patch.personIds;
      const cameIn = now.filter((p) => !usual.personIds.includes(p));
      const wentOut = usual.personIds.filter((p) => !now.includes(p));
      const pairs = Math.min(cameIn.length, wentOut.length);
      const stationId = o.patch.stationId ?? usual.stationId;
      for (let i = 0; i < pairs; i++)
        out.push({ kind: 'substitute', id: o.id, stationId, inId: cameIn[i]!, outId: wentOut[i]! });
      for (const p of cameIn.slice(pairs))
        out.push({ kind: 'person-added', id: o.id, stationId, personId: p });
      for (const p of wentOut.slice(pairs))
        out.push({
          kind: 'person-off',
          id: o.id,
          stationId,
          personId: p,
          ...(away.has(p) ? { away: true } : {}),
        });
    }
  }

  for (const t of plan.tasks) {
    if (t.mark === 'added') out.push({ kind: 'task-added', id: t.state.id, taskId: t.task.id });
    else if (t.mark === 'changed') {
      const owner = t.state.owner;
      out.push({
        kind: 'task-moved',
        id: t.state.id,
        taskId: t.task.id,
        to: owner.kind,
        toId: owner.kind === 'pool' ? null : owner.id,
      });
    }
  }
  return out;
}

/** Which items a change concerns, so the board can mark them. */
export function changedIds(changes: readonly Change[]): Set<Id> {
  return new Set(changes.map((c) => c.id));
}
