// The punch card: check-ins and done tasks over a person's whole history. Only the check-in's
// greeting and the staff area show it, so it loads with them, once per store.
import { computed, signal } from '@preact/signals';
import { addDays } from '../domain/calendar';
import { addPunches, NO_PUNCHES, type Punches, punchesByPerson } from '../domain/together';
import type { Id } from '../domain/types';
import type { StoreCore } from './index';

/** Day keys before and after any café's records (the ends of a whole-history read). */
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

function createPunchCard(store: StoreCore) {
  const { records } = store;
  // Memory holds only the loaded days: the days outside them are counted from the database, and
  // counted again whenever memory is read anew (midnight moves the window, a restore), so no
  // punch is lost or counted twice.
  const inside = computed(() => punchesByPerson(records.lists.taskDays.value, records.lists.checkIns.value));
  const outside = signal<{ days: object; counts: ReadonlyMap<Id, Punches> } | null>(null);
  let reading: { days: object; done: Promise<void> } | null = null;

  function loadPunchHistory(): Promise<void> {
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
  // Made on first use, so from then on every new read of memory counts the rest again.
  store.days.subscribe(() => void loadPunchHistory());

  return {
    loadPunchHistory,
    /** Loaded days, the other stored days (once read), and what the retention job kept of deleted days. */
    punches(personId: Id): Punches {
      const o = outside.value;
      const kept = records.view.people.value.get(personId)?.punchesBefore;
      const counted = addPunches(
        inside.value.get(personId) ?? NO_PUNCHES,
        kept && { ...kept, total: kept.tasks + kept.days },
      );
      return o?.days === store.days.value ? addPunches(counted, o.counts.get(personId)) : counted;
    },
  };
}

const made = new WeakMap<StoreCore, ReturnType<typeof createPunchCard>>();

export function punchCard(store: StoreCore): ReturnType<typeof createPunchCard> {
  let card = made.get(store);
  if (!card) {
    card = createPunchCard(store);
    made.set(store, card);
  }
  return card;
}
