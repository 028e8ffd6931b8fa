// The café's shared morning: check in, energy, taking a pool task, asking for help, peer
// training and goals. Every change goes through records.apply; staff edits carry an undo label.
import { computed, signal } from '@preact/signals';
import { addDays, minutesOf } from '../domain/calendar';
import { defaultTaskDay, peopleOnShift, taskDayId } from '../domain/plan';
import {
  addPunches,
  type CheckInWindow,
  DEFAULT_CHECKIN_WINDOW,
  GOAL_LENGTH,
  GOAL_MAX,
  inCheckInWindow,
  isEnergy,
  NO_PUNCHES,
  type Punches,
  punchesByPerson,
} from '../domain/together';
import type { CheckIn, DayKey, HelpRequest, Id, Person, SkillLevel, TaskDay } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import type { StoreCore } from './index';

/** Day keys before and after any café's records (the ends of a whole-history read). */
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

export function createTogetherActions(store: StoreCore) {
  const { records, board, now } = store;
  const today = board.today;

  // Settings may come from an imported file: anything but a sensible window means the default.
  const window = computed<CheckInWindow>(() => {
    const w = store.settings.value.checkInWindow;
    return w && validWindow(w) ? w : DEFAULT_CHECKIN_WINDOW;
  });
  const checkInOpen = computed(() => inCheckInWindow(minutesOf(now.value), window.value));

  const todaysCheckIns = computed(() => {
    const day = today.value;
    const out = new Map<Id, CheckIn>();
    for (const c of records.lists.checkIns.value) if (c.day === day) out.set(c.personId, c);
    return out;
  });

  // Faces to tap are in alphabetical order, so each person finds themselves in the same place.
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, 'da');
  /** Today's people: those on shift and anyone else who already checked in, by name. */
  const todaysPeople = computed<Person[]>(() => {
    const byId = records.view.people.value;
    const ids = peopleOnShift(board.planOf(today.value));
    for (const id of todaysCheckIns.value.keys()) if (!ids.includes(id)) ids.push(id);
    return ids
      .map((id) => byId.get(id))
      .filter((p): p is Person => !!p && p.active)
      .sort(byName);
  });
  const everyone = computed(() => records.lists.people.value.filter((p) => p.active).sort(byName));

  const openHelp = computed(() =>
    records.lists.helpRequests.value
      .filter((h) => h.day === today.value && h.handledAt === null)
      .sort((a, b) => a.at - b.at),
  );
  const helpTasks = computed(() => new Set(openHelp.value.map((h) => h.taskId)));

  function taskState(day: DayKey, taskId: Id): TaskDay | null {
    const stored = records.view.taskDays.value.get(taskDayId(day, taskId));
    if (stored) return stored;
    const task = records.view.tasks.value.get(taskId);
    return task ? defaultTaskDay(task, day) : null;
  }

  function writeTaskDay(next: TaskDay, label?: string) {
    return records.apply([{ store: 'taskDays', id: next.id, after: { ...next, updatedAt: Date.now() } }], {
      ...(label ? { label } : {}),
    });
  }

  function writePerson(person: Person, patch: Partial<Person>, label: string) {
    const after: Person = { ...person, ...patch, updatedAt: Date.now() };
    return records.apply([{ store: 'people', id: person.id, after }], { label });
  }

  const person = (id: Id) => records.view.people.value.get(id);
  const taskTitle = (id: Id) => records.view.tasks.value.get(id)?.title ?? '';

  // The punch card counts a whole history, and memory holds only the loaded days: the days
  // outside them are counted from the database, and counted again whenever memory is read anew
  // (midnight moves the window, a restore), so no punch is lost or counted twice.
  const inside = computed(() => punchesByPerson(records.lists.taskDays.value, records.lists.checkIns.value));
  const outside = signal<{ days: object; counts: ReadonlyMap<Id, Punches> } | null>(null);
  let wanted = false;
  let reading: { days: object; done: Promise<void> } | null = null;
  function loadPunchHistory(): Promise<void> {
    wanted = true;
    const days = store.days.value;
    if (outside.value?.days === days) return Promise.resolve();
    if (reading?.days === days) return reading.done;
    const [before, after] = [addDays(days.from, -1), addDays(days.to, 1)];
    const { repo } = store;
    const done = Promise.all([
      repo.loadDated('taskDays', FIRST_DAY, before),
      repo.loadDated('taskDays', after, LAST_DAY),
      repo.loadDated('checkIns', FIRST_DAY, before),
      repo.loadDated('checkIns', after, LAST_DAY),
    ])
      .then(([t1, t2, c1, c2]) => {
        if (store.days.value === days)
          outside.value = { days, counts: punchesByPerson([...t1, ...t2], [...c1, ...c2]) };
      })
      .catch((err: unknown) => store.fail(err))
      .finally(() => {
        if (reading?.days === days) reading = null;
      });
    reading = { days, done };
    return done;
  }
  store.days.subscribe(() => {
    if (wanted) void loadPunchHistory();
  });

  return {
    window,
    checkInOpen,
    todaysCheckIns,
    todaysPeople,
    everyone,
    openHelp,
    helpTasks,
    loadPunchHistory,

    /** "Godmorgen": one check-in per person per day; tapping again changes nothing. */
    checkIn(personId: Id): Promise<boolean> {
      if (!person(personId)) return Promise.resolve(false);
      if (todaysCheckIns.value.has(personId)) return Promise.resolve(true);
      const day = today.value;
      const record: CheckIn = {
        id: `${day}/${personId}`,
        updatedAt: Date.now(),
        day,
        personId,
        at: now.value,
        energy: null,
      };
      return records.apply([{ store: 'checkIns', id: record.id, after: record }]);
    },

    setEnergy(personId: Id, energy: number): Promise<boolean> {
      const current = todaysCheckIns.value.get(personId);
      if (!current || !isEnergy(energy)) return Promise.resolve(false);
      const after: CheckIn = { ...current, energy, updatedAt: Date.now() };
      return records.apply([{ store: 'checkIns', id: after.id, after }]);
    },

    /** A participant takes a pool task: it moves to their own list for that day. */
    takeTask(day: DayKey, taskId: Id, personId: Id): Promise<boolean> {
      const state = taskState(day, taskId);
      if (state?.owner.kind !== 'pool' || !person(personId)) return Promise.resolve(false);
      return writeTaskDay({ ...state, owner: { kind: 'person', id: personId } });
    },

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

    askHelp(day: DayKey, taskId: Id, personId: Id | null): Promise<boolean> {
      if (!records.view.tasks.value.has(taskId)) return Promise.resolve(false);
      const at = now.value;
      const request: HelpRequest = {
        id: crypto.randomUUID(),
        updatedAt: Date.now(),
        day,
        taskId,
        personId: personId && person(personId) ? personId : null,
        at,
        handledAt: null,
      };
      return records.apply([{ store: 'helpRequests', id: request.id, after: request }]);
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

    /** Loaded days, the other stored days (once read), and what the retention job kept of deleted days. */
    punches(personId: Id): Punches {
      const o = outside.value;
      const kept = person(personId)?.punchesBefore;
      const counted = addPunches(
        inside.value.get(personId) ?? NO_PUNCHES,
        kept && { ...kept, total: kept.tasks + kept.days },
      );
      return o?.days === store.days.value ? addPunches(counted, o.counts.get(personId)) : counted;
    },
  };
}
export type TogetherActions = ReturnType<typeof createTogetherActions>;

export function validWindow(w: CheckInWindow): boolean {
  return (
    Number.isInteger(w.start) &&
    Number.isInteger(w.end) &&
    w.start >= 0 &&
    w.end <= 24 * 60 &&
    w.start < w.end
  );
}
