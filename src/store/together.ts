// The café's shared morning as the wall sees it: check in, energy, taking a pool task, asking for
// help. The punch card (store/punchCard.ts) and staff's side (store/togetherStaff.ts) load with
// the screens that show them.
import { computed } from '@preact/signals';
import { minutesOf } from '../domain/calendar';
import { defaultTaskDay, peopleOnShift, taskDayId } from '../domain/plan';
import { type CheckInWindow, DEFAULT_CHECKIN_WINDOW, inCheckInWindow, isEnergy } from '../domain/together';
import type { CheckIn, DayKey, HelpRequest, Id, Person, TaskDay } from '../domain/types';
import type { StoreCore } from './index';

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

  function writeTaskDay(next: TaskDay) {
    return records.apply([{ store: 'taskDays', id: next.id, after: { ...next, updatedAt: Date.now() } }]);
  }

  const person = (id: Id) => records.view.people.value.get(id);

  return {
    window,
    checkInOpen,
    todaysCheckIns,
    todaysPeople,
    everyone,
    openHelp,
    helpTasks,

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
