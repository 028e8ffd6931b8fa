// What participants do with a task: tick steps and mark it done. No PIN, saved at once.
import { defaultTaskDay, taskDayId } from '../domain/plan';
import type { DayKey, Id, TaskDay } from '../domain/types';
import type { StoreCore } from './index';

export function createTaskActions(store: StoreCore) {
  const { records } = store;

  function stateOf(day: DayKey, taskId: Id): TaskDay | null {
    const stored = records.view.taskDays.value.get(taskDayId(day, taskId));
    if (stored) return stored;
    const task = records.view.tasks.value.get(taskId);
    return task ? defaultTaskDay(task, day) : null;
  }

  function write(next: TaskDay) {
    return records.apply([{ store: 'taskDays', id: next.id, after: { ...next, updatedAt: Date.now() } }]);
  }

  return {
    stateOf,

    toggleStep(day: DayKey, taskId: Id, stepId: Id): Promise<boolean> {
      const state = stateOf(day, taskId);
      const task = records.view.tasks.value.get(taskId);
      if (!state || !task?.steps.some((s) => s.id === stepId)) return Promise.resolve(false);
      const ticked = state.stepsDone.includes(stepId);
      const stepsDone = ticked ? state.stepsDone.filter((s) => s !== stepId) : [...state.stepsDone, stepId];
      // Keep only steps that still exist, in the task's order.
      const ordered = task.steps.map((s) => s.id).filter((id) => stepsDone.includes(id));
      const allDone = ordered.length === task.steps.length;
      return write({
        ...state,
        stepsDone: ordered,
        done: allDone,
        doneBy: allDone ? ownerPerson(state) : null,
      });
    },

    setDone(day: DayKey, taskId: Id, done: boolean): Promise<boolean> {
      const state = stateOf(day, taskId);
      const task = records.view.tasks.value.get(taskId);
      if (!state || !task) return Promise.resolve(false);
      return write({
        ...state,
        done,
        stepsDone: done ? task.steps.map((s) => s.id) : [],
        doneBy: done ? ownerPerson(state) : null,
      });
    },
  };
}

const ownerPerson = (state: TaskDay) => (state.owner.kind === 'person' ? state.owner.id : null);
