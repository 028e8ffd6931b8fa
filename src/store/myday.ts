// "Min dag": one person's day as computed values, made once per person and store. Only the Min
// dag screen reads them, so this loads with it and not with the board's first paint.
import { computed, type ReadonlySignal } from '@preact/signals';
import { awayIds } from '../domain/away';
import { addDays } from '../domain/calendar';
import { changesOf } from '../domain/changes';
import { type MyDay, myDay, nextShifts, shiftsOf } from '../domain/myday';
import { type NowNext, nowNext } from '../domain/now';
import type { PlannedShift } from '../domain/plan';
import type { DayKey, Id, Person, Station, Task } from '../domain/types';
import type { Store } from './index';

/** What the wall may show of a person: no goals, energy, notes, skills, help requests or times away. */
export type PublicPerson = Pick<Person, 'id' | 'name' | 'color' | 'portraitId' | 'portraitConsent'>;

export interface MyDayView extends Omit<MyDay, 'teachers' | 'plan'> {
  person: PublicPerson;
  /** The day the board shows (today until closing, then the next open day). */
  day: DayKey;
  relation: 'today' | 'tomorrow' | 'later';
  stations: ReadonlyMap<Id, Station>;
  teachers: { teacher: PublicPerson; task: Task }[];
  /** The day after `day`: whether the café is open, and this person's shifts then. */
  tomorrow: { day: DayKey; open: boolean; shifts: PlannedShift[] };
  /** Their next shift after `day` when tomorrow has none (within two weeks). */
  later: { day: DayKey; shifts: PlannedShift[] } | null;
}

/** Their own now and next, with when their first shift starts and their last one ends. */
export type MyNowNext = NowNext & { opens: number; closes: number };

export interface MyDayState {
  day: ReadonlySignal<MyDayView | null>;
  /** Their own Nu / Bagefter, within their shifts; null unless the board shows today. */
  current: ReadonlySignal<MyNowNext | null>;
}

const publicPerson = (p: Person): PublicPerson => ({
  id: p.id,
  name: p.name,
  color: p.color,
  portraitId: p.portraitId,
  portraitConsent: p.portraitConsent,
});

const made = new WeakMap<Store, Map<Id, MyDayState>>();

export function myDayOf(store: Store, personId: Id): MyDayState {
  const byPerson = made.get(store) ?? new Map<Id, MyDayState>();
  made.set(store, byPerson);
  const state = byPerson.get(personId) ?? createMyDay(store, personId);
  byPerson.set(personId, state);
  return state;
}

function createMyDay(store: Store, personId: Id): MyDayState {
  const { board, records } = store;
  const mine = computed(() => {
    const person = records.view.people.value.get(personId);
    if (!person?.active) return null;
    // The day the board shows, from the latest records (the board's own copy may lag under a task).
    const { plan: shown, relation } = board.shown.value;
    const src = board.source.value;
    const plan = board.planOf(shown.day);
    const away = awayIds(records.lists.people.value, plan.day);
    return { person, relation, plan, src, of: myDay(plan, src, changesOf(plan, src, away), personId) };
  });
  const day = computed<MyDayView | null>(() => {
    const m = mine.value;
    if (!m) return null;
    const people = records.view.people.value;
    const tasks = records.view.tasks.value;
    const next = addDays(m.plan.day, 1);
    const tomorrowPlan = board.planOf(next);
    const tomorrow = { day: next, open: tomorrowPlan.open, shifts: shiftsOf(tomorrowPlan, personId) };
    const { teachers, plan: _own, ...rest } = m.of;
    return {
      ...rest,
      person: publicPerson(m.person),
      day: m.plan.day,
      relation: m.relation,
      stations: records.view.stations.value,
      teachers: teachers.flatMap(({ teacherId, taskId }) => {
        const teacher = people.get(teacherId);
        const task = tasks.get(taskId);
        return teacher && task ? [{ teacher: publicPerson(teacher), task }] : [];
      }),
      tomorrow,
      later: tomorrow.shifts.length > 0 ? null : nextShifts(board.planOf, next, personId),
    };
  });
  const current = computed<MyNowNext | null>(() => {
    const m = mine.value;
    if (m?.relation !== 'today') return null;
    const { opens, closes } = m.of.plan;
    return { ...nowNext(m.of.plan, store.now.value), opens, closes };
  });
  return { day, current };
}
