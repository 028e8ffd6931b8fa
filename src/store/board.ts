// Computed views of the board: which day is shown, its plan, now/next, changes, the roster.
import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import { awayIds } from '../domain/away';
import { dayKeyOf } from '../domain/calendar';
import { changesOf } from '../domain/changes';
import { boardDay } from '../domain/day';
import { nowNext } from '../domain/now';
import { byOrder } from '../domain/order';
import { type DayPlan, type PlanSource, planDay } from '../domain/plan';
import type { DayKey, Id, Person, Station } from '../domain/types';
import { keepUnchanged, sameIds } from './keep';
import type { RecordsState } from './records';

export interface BoardDeps {
  /** True while something covers the board (an opened task): its view may then follow later. */
  covered: ReadonlySignal<boolean>;
  /** Run work at a quiet moment after the next paint (platform/idle.ts in the app). */
  later: (work: () => void) => void;
  /** The one station this screen shows (a kitchen screen); null or absent: the whole café. */
  only?: ReadonlySignal<Id | null>;
}

export function createBoard(
  records: RecordsState,
  now: ReadonlySignal<number>,
  { covered, later, only }: BoardDeps,
) {
  const { lists, view } = records;
  const source = computed<PlanSource>(() => ({
    blocks: lists.blocks.value,
    shifts: lists.shiftTemplates.value,
    overrides: lists.overrides.value,
    tasks: lists.tasks.value,
    taskDays: lists.taskDays.value,
  }));
  // Plans are cached per day and per source; the board's source and the latest one are the only
  // two in use (the same one, except for a moment under an opened task).
  let caches: { source: PlanSource; plans: Map<DayKey, DayPlan> }[] = [];
  const plansFor = (from: PlanSource) => {
    let cache = caches.find((c) => c.source === from);
    if (!cache) {
      cache = { source: from, plans: new Map() };
      caches = [cache, ...caches.slice(0, 1)];
    }
    return cache;
  };
  const planIn = (from: PlanSource, day: DayKey): DayPlan => {
    const cache = plansFor(from);
    let plan = cache.plans.get(day);
    if (!plan) {
      plan = planDay(day, from);
      cache.plans.set(day, plan);
    }
    return plan;
  };
  /** The plan of a day from the latest records (actions and every other screen use this). */
  const planOf = (day: DayKey): DayPlan => planIn(source.value, day);

  // What the board shows follows the records at once, except under an opened task: there a
  // ticked step redraws the step, and the hidden board catches up at the next quiet moment (or
  // when it shows again), instead of recomputing and redrawing itself inside the tick.
  const shownSource = signal(source.peek());
  effect(() => {
    const next = source.value;
    if (!covered.value) shownSource.value = next;
    else
      later(() => {
        shownSource.value = source.peek();
      });
  });
  const shownPlanOf = (day: DayKey): DayPlan => planIn(shownSource.value, day);

  const today = computed(() => dayKeyOf(now.value));
  // A string, so the minute tick only re-renders what depends on the time itself.
  const shownKey = computed(() => {
    const b = boardDay(now.value, shownPlanOf);
    return `${b.plan.day}|${b.relation}|${b.closedToday}`;
  });
  const shown = computed(() => {
    const [day, relation, closedToday] = shownKey.value.split('|') as [DayKey, string, string];
    return {
      plan: shownPlanOf(day),
      relation: relation as 'today' | 'tomorrow' | 'later',
      closedToday: closedToday === 'true',
    };
  });
  const current = computed(() => nowNext(shown.value.plan, now.value));
  const changes = computed(() => {
    const plan = shown.value.plan;
    return changesOf(plan, shownSource.value, awayIds(lists.people.value, plan.day));
  });
  // The same Set while the same things are changed, so ticking a step redraws no station column.
  let lastChanged = new Set<Id>();
  const changedIds = computed(() => {
    const next = new Set(changes.value.map((c) => c.id));
    if (!sameIds(next, lastChanged)) lastChanged = next;
    return lastChanged;
  });

  const stations = computed(() => [...lists.stations.value].sort(byOrder));
  const people = computed(() => view.people.value);
  const personName = (id: Id) => view.people.value.get(id)?.name ?? '';

  /**
   * Per station: its shifts that day (with people) and its tasks, in board order. Entries and
   * cards that did not change keep their previous objects, so a tick redraws one card, not the
   * board (a signal-reading component with the same props is skipped).
   */
  const keep = keepUnchanged();
  const roster = computed(() => keep(freshRoster()));
  const freshRoster = () => {
    const plan = shown.value.plan;
    const byId = view.people.value;
    const homeStation = new Map<Id, Id>();
    for (const shift of plan.shifts)
      for (const p of shift.personIds) if (!homeStation.has(p)) homeStation.set(p, shift.stationId);
    const one = only?.value ?? null;
    const shownStations =
      one && stations.value.some((st) => st.id === one)
        ? stations.value.filter((st) => st.id === one)
        : stations.value;
    return shownStations.map((station: Station) => ({
      station,
      shifts: plan.shifts
        .filter((s) => s.stationId === station.id)
        .map((s) => ({
          shift: s,
          people: s.personIds.map((id) => byId.get(id)).filter((p): p is Person => !!p && p.active),
        })),
      tasks: plan.tasks.filter((t) => {
        const owner = t.state.owner;
        if (owner.kind === 'station') return owner.id === station.id;
        // A person's own tasks sit with the station of their first shift that day.
        return owner.kind === 'person' && (homeStation.get(owner.id) ?? t.task.stationId) === station.id;
      }),
    }));
  };

  return { source, planOf, today, shown, current, changes, changedIds, stations, people, personName, roster };
}
export type BoardState = ReturnType<typeof createBoard>;
