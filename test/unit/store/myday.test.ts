// @vitest-environment node
import 'fake-indexeddb/auto';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { instantAt } from '../../../src/domain/calendar';
import type { Person } from '../../../src/domain/types';
import { createStore, neverSeeded, readStartup } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { myDayOf } from '../../../src/store/myday';

const DAY = '2026-11-23';

/** The demo café on Monday; the clock can be moved (minutes since midnight). */
async function demoStore(minutes = 10 * 60 + 15) {
  const at = signal(instantAt(DAY, minutes));
  const repo = createRepo(await openDatabase(`myday-${Math.random()}`));
  if (neverSeeded(await readStartup(repo, at.value))) await repo.commit(demoCafe(at.value));
  const store = await createStore({ repo, clock: createClock(() => at.value) });
  const person = (name: string) => store.records.lists.people.value.find((p) => p.name === name)!;
  const move = (m: number) => {
    at.value = instantAt(DAY, m);
    store.clock.resync();
  };
  return { store, person, move };
}

describe('Min dag', () => {
  it("holds a person's shift, station, own tasks first and the station's open tasks after", async () => {
    const { store, person } = await demoStore();
    const ali = person('Ali');
    const view = myDayOf(store, ali.id).day.value!;
    const bar = store.records.lists.stations.value.find((s) => s.name === 'Bar')!;
    expect(view.day).toBe(DAY);
    expect(view.relation).toBe('today');
    expect(view.shifts.map((s) => [s.stationId, s.label])).toEqual([[bar.id, 'Formiddag']]);
    expect(view.stationIds).toEqual([bar.id]);
    // The demo gives Ali "Fyld kagemontren" today; the Bar's other tasks are open to anyone there.
    expect(view.tasks[0]).toMatchObject({ kind: 'mine', planned: { task: { title: 'Fyld kagemontren' } } });
    const open = view.tasks.filter((t) => t.kind === 'station');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((t) => t.stationId === bar.id && t.planned.state.owner.kind === 'station')).toBe(true);
    // Told in the notice: the cake display is his today. The kitchen's substitute is not about him.
    expect(view.changes.map((c) => c.kind)).toEqual(['task-moved']);
    expect(myDayOf(store, ali.id)).toBe(myDayOf(store, ali.id));
  });

  it('has their own now and next within their shift, and none once the board shows another day', async () => {
    const { store, person, move } = await demoStore();
    const { current } = myDayOf(store, person('Ali').id);
    expect(current.value).toMatchObject({
      phase: 'during',
      now: { title: 'Caféen er åben' },
      minutesLeft: 105,
    });
    // His shift ends at 12:00: lunch is after it, so nothing comes next within his shift.
    expect(current.value?.next).toBeNull();
    move(7 * 60 + 50);
    expect(current.value).toMatchObject({ phase: 'before', minutesLeft: 40 });
    move(16 * 60);
    expect(current.value).toBeNull();
    expect(myDayOf(store, person('Ali').id).day.value?.relation).toBe('tomorrow');
  });

  it('tells the one replaced today what changed for them, and when their next shift is', async () => {
    const { store } = await demoStore();
    const change = store.board.changes.value.find((c) => c.kind === 'substitute')!;
    const out = store.records.view.people.value.get(change.kind === 'substitute' ? change.outId : '')!;
    const view = myDayOf(store, out.id).day.value!;
    expect(view.shifts).toEqual([]);
    expect(view.changes).toEqual([change]);
    const next = view.tomorrow.shifts.length > 0 ? view.tomorrow.day : view.later?.day;
    expect(next! > DAY).toBe(true);
    expect(view.tomorrow.day).toBe('2026-11-24');
    expect(view.tomorrow.open).toBe(true);
  });

  it('follows a change at once: a teacher paired with their task', async () => {
    const { store, person } = await demoStore();
    const ali = person('Ali');
    const { day } = myDayOf(store, ali.id);
    expect(day.value?.teachers).toEqual([]);
    const cake = day.value!.tasks[0]!.planned.task;
    expect(await store.together.setTeacher(DAY, cake.id, person('Sara').id)).toBe(true);
    expect(day.value?.teachers.map((x) => [x.teacher.name, x.task.title])).toEqual([
      ['Sara', 'Fyld kagemontren'],
    ]);
  });

  it('holds nothing private: no goals, notes, energy, skills or help requests', async () => {
    const { store, person } = await demoStore();
    const ali = person('Ali');
    const secret: Person = {
      ...ali,
      note: 'Notat: samtale med sagsbehandler',
      goals: ['Hemmeligt mål'],
      showGoals: true,
    };
    await store.records.apply([{ store: 'people', id: ali.id, after: secret }]);
    await store.together.checkIn(ali.id);
    await store.together.setEnergy(ali.id, 1);
    const view = myDayOf(store, ali.id).day.value!;
    await store.together.askHelp(DAY, view.tasks[0]!.planned.task.id, ali.id);
    const seen = JSON.stringify(myDayOf(store, ali.id).day.value, (_k, v) =>
      v instanceof Map ? [...v.values()] : v,
    );
    for (const word of ['Notat', 'Hemmeligt', '"energy":1', 'skills', 'handledAt', 'goals', 'note'])
      expect(seen, word).not.toContain(word);
    expect(Object.keys(view.person).sort()).toEqual(['color', 'id', 'name', 'portraitConsent', 'portraitId']);
  });

  it('is empty for someone who is no longer active', async () => {
    const { store, person } = await demoStore();
    const ali = person('Ali');
    await store.records.apply([{ store: 'people', id: ali.id, after: { ...ali, active: false } }]);
    expect(myDayOf(store, ali.id).day.value).toBeNull();
    expect(myDayOf(store, 'nobody').day.value).toBeNull();
  });
});
