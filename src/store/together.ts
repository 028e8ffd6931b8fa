// The café's shared morning as the wall sees it: check in, energy, taking a pool task, asking for
// help, the punch card. Staff's side of it (store/togetherStaff.ts) loads with the staff area.
import { computed, signal } from '@preact/signals';
import { addDays, minutesOf } from '../domain/calendar';
import { defaultTaskDay, peopleOnShift, taskDayId } from '../domain/plan';
import {
  addPunches,
  type CheckInWindow,
  DEFAULT_CHECKIN_WINDOW,
  inCheckInWindow,
  isEnergy,
  NO_PUNCHES,
  type Punches,
  punchesByPerson,
} from '../domain/together';
import type { CheckIn, DayKey, HelpRequest, Id, Person, TaskDay } from '../domain/types';
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

  function writeTaskDay(next: TaskDay) {
    return records.apply([{ store: 'taskDays', id: next.id, after: { ...next, updatedAt: Date.now() } }]);
  }

  const person = (id: Id) => records.view.people.value.get(id);

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
