// Staff's side of the shared morning: a taken pool task put back, help handled, skills, a learner
// paired with a teacher, goals. Only staff screens use it, so it loads with them (store/staff.ts)
// instead of with the board's first paint. Each change carries an undo label.

import { GOAL_LENGTH, GOAL_MAX } from '../domain/together';
import type { DayKey, HelpRequest, Id, Person, SkillLevel, TaskDay } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import type { Store } from './index';

export function createTogetherStaffActions(store: Store) {
  const { records, now } = store;
  const taskState = store.tasks.stateOf;
  const person = (id: Id) => records.view.people.value.get(id);
  const taskTitle = (id: Id) => records.view.tasks.value.get(id)?.title ?? '';

  function writeTaskDay(next: TaskDay, label: string) {
    return records.apply([{ store: 'taskDays', id: next.id, after: { ...next, updatedAt: Date.now() } }], {
      label,
    });
  }

  function writePerson(p: Person, patch: Partial<Person>, label: string) {
    const after: Person = { ...p, ...patch, updatedAt: Date.now() };
    return records.apply([{ store: 'people', id: p.id, after }], { label });
  }

  return {
    /** Staff put a taken pool task back in the pool. */
    putBack(day: DayKey, taskId: Id): Promise<boolean> {
      const state = taskState(day, taskId);
      const task = records.view.tasks.value.get(taskId);
      if (!state || !task?.pool || state.owner.kind === 'pool') return Promise.resolve(false);
      return writeTaskDay(
        { ...state, owner: { kind: 'pool' }, done: false, doneBy: null, stepsDone: [], teacherId: null },
        historyKey('putBack', task.title),
      );
    },

    handleHelp(id: Id): Promise<boolean> {
      const request = records.view.helpRequests.value.get(id);
      if (!request || request.handledAt !== null) return Promise.resolve(false);
      const after: HelpRequest = { ...request, handledAt: now.value, updatedAt: Date.now() };
      return records.apply([{ store: 'helpRequests', id, after }], {
        label: historyKey('helpHandled', taskTitle(request.taskId)),
      });
    },

    setSkill(personId: Id, taskId: Id, level: SkillLevel | null): Promise<boolean> {
      const p = person(personId);
      if (!p || !records.view.tasks.value.has(taskId)) return Promise.resolve(false);
      const skills = { ...p.skills };
      if (level) skills[taskId] = level;
      else delete skills[taskId];
      return writePerson(p, { skills }, historyKey('skill', p.name, taskTitle(taskId)));
    },

    /** Pair a task with someone who can teach it ("Lær det af Ali"); null ends the pairing. */
    setTeacher(day: DayKey, taskId: Id, teacherId: Id | null): Promise<boolean> {
      const state = taskState(day, taskId);
      if (!state || (teacherId !== null && !person(teacherId))) return Promise.resolve(false);
      return writeTaskDay({ ...state, teacherId }, historyKey('teacher', taskTitle(taskId)));
    },

    /** Up to three goals in the person's own words; empty lines are dropped. */
    setGoals(personId: Id, goals: readonly string[]): Promise<'saved' | 'tooLong' | 'failed'> {
      const p = person(personId);
      if (!p) return Promise.resolve('failed');
      const clean = goals.map((g) => g.trim()).filter((g) => g.length > 0);
      if (clean.length > GOAL_MAX || clean.some((g) => g.length > GOAL_LENGTH))
        return Promise.resolve('tooLong');
      return writePerson(p, { goals: clean }, historyKey('goals', p.name)).then((ok) =>
        ok ? 'saved' : 'failed',
      );
    },

    setShowGoals(personId: Id, show: boolean): Promise<boolean> {
      const p = person(personId);
      if (!p) return Promise.resolve(false);
      return writePerson(p, { showGoals: show }, historyKey('showGoals', p.name));
    },
  };
}
