// Staff rearrange a day: move a task card to a person, a station or the pool, or reorder it.
// One move writes one TaskDay record with a fractional order key, and is undoable.
import { keyAt } from '../domain/order';
import { defaultTaskDay, peopleOnShift, sameOwner, taskDayId, tasksOf } from '../domain/plan';
import type { DayKey, Id, Owner, TaskDay } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import { staffTexts } from '../i18n/staffText';
import type { StoreCore } from './index';

export type MoveRefusal =
  | 'locked'
  | 'unknownTask'
  | 'notOnShift'
  | 'unknownStation'
  | 'nothingToDo'
  | 'failed';
export type MoveResult = { ok: true } | { ok: false; reason: MoveRefusal };

export function createArrangeActions(store: StoreCore) {
  const { records, board, session } = store;

  function ownerName(owner: Owner): string {
    const t = staffTexts(store.settings.value.lang).edit;
    if (owner.kind === 'pool') return t.pool;
    if (owner.kind === 'person') return board.personName(owner.id);
    return records.view.stations.value.get(owner.id)?.name ?? '';
  }

  function check(day: DayKey, owner: Owner): MoveRefusal | null {
    if (!session.unlocked.value) return 'locked';
    const plan = board.planOf(day);
    if (owner.kind === 'person' && !peopleOnShift(plan).includes(owner.id)) return 'notOnShift';
    if (owner.kind === 'station' && !records.view.stations.value.has(owner.id)) return 'unknownStation';
    return null;
  }

  const say = (text: string) => {
    store.notice.value = { kind: 'info', text };
  };

  return {
    ownerName,

    /** A drop that makes no sense: say why, change nothing. */
    refuse: say,

    /** Why a drop here would be refused, or null if it is fine (for showing valid targets). */
    refusal(day: DayKey, taskId: Id, owner: Owner): MoveRefusal | null {
      if (!records.view.tasks.value.has(taskId)) return 'unknownTask';
      return check(day, owner);
    },

    /** Put a task at `index` in `owner`'s list for the day (the end when index is omitted). */
    moveTask(day: DayKey, taskId: Id, owner: Owner, index?: number): Promise<MoveResult> {
      const task = records.view.tasks.value.get(taskId);
      if (!task) return Promise.resolve({ ok: false, reason: 'unknownTask' });
      const refused = check(day, owner);
      if (refused) {
        say(staffTexts(store.settings.value.lang).edit.refused[refused]);
        return Promise.resolve({ ok: false, reason: refused });
      }
      const plan = board.planOf(day);
      const current =
        plan.tasks.find((t) => t.task.id === taskId)?.state ??
        records.view.taskDays.value.get(taskDayId(day, taskId)) ??
        defaultTaskDay(task, day);
      const others = tasksOf(plan, owner).filter((t) => t.task.id !== taskId);
      const at = Math.max(0, Math.min(index ?? others.length, others.length));
      const here = tasksOf(plan, owner).findIndex((t) => t.task.id === taskId);
      if (sameOwner(current.owner, owner) && here === at)
        return Promise.resolve({ ok: false, reason: 'nothingToDo' });
      const usual = defaultTaskDay(task, day).owner;
      const next: TaskDay = {
        ...current,
        owner,
        order: keyAt(
          others.map((t) => t.state.order),
          at,
        ),
        // Only a different place is a change participants are told about, not a new order.
        moved: !sameOwner(usual, owner),
        removed: false,
        updatedAt: Date.now(),
      };
      const label = sameOwner(current.owner, owner)
        ? historyKey('taskReordered', task.title)
        : historyKey('taskMoved', task.title, ownerName(owner));
      return records
        .apply([{ store: 'taskDays', id: next.id, after: next }], { label })
        .then((ok) => (ok ? { ok: true } : { ok: false, reason: 'failed' }) as MoveResult);
    },
  };
}
