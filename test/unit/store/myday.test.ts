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
import { staffStore } from '../../../src/store/staff';

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

/**
 * The task the demo gives someone today (announced as a change), and that person; with `untaught`,
 * one nobody teaches them yet (the demo pairs a learner with a teacher on one of them).
 */
function givenToday(store: Awaited<ReturnType<typeof demoStore>>['store'], untaught = false) {
  const given = store.records.lists.taskDays.value.find(
    (d) => d.day === DAY && d.owner.kind === 'person' && d.moved && !(untaught && d.teacherId),
  )!;
  const person = store.records.view.people.value.get(given.owner.kind === 'person' ? given.owner.id : '')!;
  return { given, person, task: store.records.view.tasks.value.get(given.taskId)! };
}

describe('Min dag', () => {
  it("holds a person's shift, station, own tasks first and the station's open tasks after", async () => {
    const { store } = await demoStore();
    const { person, task } = givenToday(store);
    const view = myDayOf(store, person.id).day.value!;
    const plan = store.board.planOf(DAY);
    const theirs = plan.shifts.filter((s) => s.personIds.includes(person.id));
    expect(view.day).toBe(DAY);
    expect(view.relation).toBe('today');
    expect(theirs.length).toBeGreaterThan(0);
    expect(view.shifts.map((s) => s.id)).toEqual(theirs.map((s) => s.id));
    expect(view.stationIds[0]).toBe(theirs[0]!.stationId);
    // The task given to them first; then what anyone at their station may take, and nothing else.
    expect(view.tasks[0]).toMatchObject({ kind: 'mine', planned: { task: { id: task.id } } });
    const open = view.tasks.filter((t) => t.kind === 'station');
    expect(open.length).toBeGreaterThan(0);
    expect(
      open.every(
        (t) => t.planned.state.owner.kind === 'station' && view.stationIds.includes(t.planned.state.owner.id),
      ),
    ).toBe(true);
    expect(
      view.tasks.filter((t) => t.kind === 'mine').every((t) => t.planned.state.owner.kind === 'person'),
    ).toBe(true);
    // Told in the notice: the task is theirs today. A change about others is not in their day.
    expect(view.changes).toContainEqual(expect.objectContaining({ kind: 'task-moved', taskId: task.id }));
    const others = store.board.changes.value.filter(
      (c) => c.kind === 'substitute' && c.inId !== person.id && c.outId !== person.id,
    );
    for (const c of others) expect(view.changes).not.toContainEqual(c);
    expect(myDayOf(store, person.id)).toBe(myDayOf(store, person.id));
  });

  it('has their own now and next within their shift, and none once the board shows another day', async () => {
    const { store, move } = await demoStore();
    const { person } = givenToday(store);
    const { current, day } = myDayOf(store, person.id);
    const shifts = day.value!.shifts;
    const opens = Math.min(...shifts.map((s) => s.start));
    const closes = Math.max(...shifts.map((s) => s.end));
    move(opens + 30);
    expect(current.value).toMatchObject({ phase: 'during', opens, closes });
    expect(current.value!.now).not.toBeNull();
    // Before their shift: when it starts, counted down.
    move(opens - 40);
    expect(current.value).toMatchObject({ phase: 'before', minutesLeft: 40 });
    move(closes + 1);
    expect(current.value?.phase).toBe('after');
    // Late in the evening the board shows the next open day: no now of their own.
    move(23 * 60);
    expect(current.value).toBeNull();
    expect(day.value?.relation).not.toBe('today');
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
    const { store } = await demoStore();
    const { person, task } = givenToday(store, true);
    const { day } = myDayOf(store, person.id);
    const teacher = store.records.lists.people.value.find((p) => p.active && p.id !== person.id)!;
    expect(day.value?.teachers).toEqual([]);
    expect(await staffStore(store).togetherStaff.setTeacher(DAY, task.id, teacher.id)).toBe(true);
    expect(day.value?.teachers.map((x) => [x.teacher.name, x.task.title])).toEqual([
      [teacher.name, task.title],
    ]);
  });

  it('holds nothing private: no goals, notes, energy, skills or help requests', async () => {
    const { store } = await demoStore();
    const ali = givenToday(store).person;
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
    const { store } = await demoStore();
    const ali = givenToday(store).person;
    await store.records.apply([{ store: 'people', id: ali.id, after: { ...ali, active: false } }]);
    expect(myDayOf(store, ali.id).day.value).toBeNull();
    expect(myDayOf(store, 'nobody').day.value).toBeNull();
  });
});
