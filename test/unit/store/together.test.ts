// @vitest-environment node
import { punchCard } from '../../../src/store/punchCard';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { instantAt } from '../../../src/domain/calendar';
import { defaultTaskDay } from '../../../src/domain/plan';
import { createStore, neverSeeded, readStartup } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { staffStore } from '../../../src/store/staff';
import { demoWithoutPunches } from '../../fixtures/demo';

const DAY = '2026-11-23';

async function demoStore(minutes = 8 * 60 + 15, name = `together-${Math.random()}`) {
  const at = instantAt(DAY, minutes);
  const repo = createRepo(await openDatabase(name));
  if (neverSeeded(await readStartup(repo, at))) await repo.commit(demoWithoutPunches(at));
  const store = await createStore({ repo, clock: createClock(() => at) });
  return { store, name };
}

describe('the shared morning', () => {
  it('offers check-in in the window, and checks a person in once a day with a private energy answer', async () => {
    const { store, name } = await demoStore();
    const { together } = store;
    expect(together.checkInOpen.value).toBe(true);
    const ali = together.todaysPeople.value[0]!;
    expect(await together.checkIn(ali.id)).toBe(true);
    expect(await together.checkIn(ali.id)).toBe(true);
    expect(await together.setEnergy(ali.id, 2)).toBe(true);
    expect(await together.setEnergy(ali.id, 9)).toBe(false);
    expect(store.records.lists.checkIns.value.filter((c) => c.personId === ali.id)).toHaveLength(1);

    const again = (await demoStore(10 * 60, name)).store;
    expect(again.together.checkInOpen.value).toBe(false);
    expect(again.together.todaysCheckIns.value.get(ali.id)?.energy).toBe(2);
    expect(punchCard(again).punches(ali.id)).toEqual({ tasks: 0, days: 1, total: 1 });
  });

  it("lists today's people, and everyone, by name: each person finds their face in the same place", async () => {
    const { store } = await demoStore();
    const { together } = store;
    const names = together.todaysPeople.value.map((p) => p.name);
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da')));
    // Someone not on shift who checks in joins the list in their alphabetical place.
    const extra = together.everyone.value.find((p) => !names.includes(p.name))!;
    await together.checkIn(extra.id);
    const after = together.todaysPeople.value.map((p) => p.name);
    expect(after).toEqual([...names, extra.name].sort((a, b) => a.localeCompare(b, 'da')));
    expect(together.everyone.value.map((p) => p.name)).toEqual(
      together.everyone.value.map((p) => p.name).sort((a, b) => a.localeCompare(b, 'da')),
    );
  });

  it('moves a pool task to the person who takes it, and staff can put it back (undoable)', async () => {
    const { store } = await demoStore();
    const { together } = store;
    const pool = store.board.planOf(DAY).tasks.find((t) => t.state.owner.kind === 'pool')!;
    const sara = together.todaysPeople.value[1]!;
    expect(await together.takeTask(DAY, pool.task.id, sara.id)).toBe(true);
    expect(store.tasks.stateOf(DAY, pool.task.id)?.owner).toEqual({ kind: 'person', id: sara.id });
    // Taken is taken: a second person cannot take it from Sara.
    expect(await together.takeTask(DAY, pool.task.id, together.todaysPeople.value[2]!.id)).toBe(false);
    expect(store.board.roster.value.flatMap((r) => r.tasks).some((t) => t.task.id === pool.task.id)).toBe(
      true,
    );

    await store.tasks.setDone(DAY, pool.task.id, true);
    expect(punchCard(store).punches(sara.id).tasks).toBe(1);

    expect(await staffStore(store).togetherStaff.putBack(DAY, pool.task.id)).toBe(true);
    expect(store.tasks.stateOf(DAY, pool.task.id)?.owner).toEqual({ kind: 'pool' });
    expect(punchCard(store).punches(sara.id).tasks).toBe(0);
    await store.records.undo();
    expect(store.tasks.stateOf(DAY, pool.task.id)?.owner).toEqual({ kind: 'person', id: sara.id });
  });

  it('records who asked for help on which task, and staff mark it handled', async () => {
    const { store } = await demoStore(10 * 60);
    const { together } = store;
    const task = store.board.planOf(DAY).tasks[0]!.task;
    const ali = together.todaysPeople.value[0]!;
    expect(await together.askHelp(DAY, task.id, ali.id)).toBe(true);
    expect(together.helpTasks.value.has(task.id)).toBe(true);
    const [request] = together.openHelp.value;
    expect(request).toMatchObject({ taskId: task.id, personId: ali.id, handledAt: null });
    expect(await staffStore(store).togetherStaff.handleHelp(request!.id)).toBe(true);
    expect(together.openHelp.value).toEqual([]);
    expect(together.helpTasks.value.size).toBe(0);
  });

  it('keeps skills, teachers and at most three goals, refusing too many without saving', async () => {
    const { store } = await demoStore();
    const { together } = store;
    const [ali, sara] = together.todaysPeople.value;
    const task = store.board.planOf(DAY).tasks[0]!.task;
    expect(await staffStore(store).togetherStaff.setSkill(ali!.id, task.id, 'teaches')).toBe(true);
    expect(await staffStore(store).togetherStaff.setSkill(sara!.id, task.id, 'learning')).toBe(true);
    expect(store.records.view.people.value.get(sara!.id)?.skills[task.id]).toBe('learning');
    expect(await staffStore(store).togetherStaff.setTeacher(DAY, task.id, ali!.id)).toBe(true);
    expect(store.tasks.stateOf(DAY, task.id)?.teacherId).toBe(ali!.id);

    expect(
      await staffStore(store).togetherStaff.setGoals(ali!.id, [
        'Møde til tiden',
        ' ',
        'Være en del af holdet',
      ]),
    ).toBe('saved');
    expect(store.records.view.people.value.get(ali!.id)?.goals).toEqual([
      'Møde til tiden',
      'Være en del af holdet',
    ]);
    expect(await staffStore(store).togetherStaff.setGoals(ali!.id, ['a', 'b', 'c', 'd'])).toBe('tooLong');
    expect(await staffStore(store).togetherStaff.setGoals(ali!.id, ['x'.repeat(200)])).toBe('tooLong');
    expect(store.records.view.people.value.get(ali!.id)?.goals).toEqual([
      'Møde til tiden',
      'Være en del af holdet',
    ]);
  });

  it('lets staff move the check-in window, and refuses a window that ends before it starts', async () => {
    const { store, name } = await demoStore(9 * 60 + 45);
    expect(store.together.checkInOpen.value).toBe(false);
    expect(await staffStore(store).boardSettings.setCheckInWindow({ start: 600, end: 540 })).toBe(false);
    expect(await staffStore(store).boardSettings.setCheckInWindow({ start: 540, end: 600 })).toBe(true);
    expect(store.together.checkInOpen.value).toBe(true);
    const again = (await demoStore(9 * 60 + 45, name)).store;
    expect(again.together.window.value).toEqual({ start: 540, end: 600 });
    // A window that arrived broken (e.g. from an edited backup file) falls back to the default.
    again.settings.value = { lang: 'da', checkInWindow: { start: 'otte', end: 570 } as never };
    expect(again.together.window.value).toEqual({ start: 480, end: 570 });
  });

  it('the demo café has a learner and a teacher for the latte, so pairing can be tried at once', async () => {
    const { store } = await demoStore();
    const people = [...store.records.view.people.value.values()];
    const latte = [...store.records.view.tasks.value.values()].find((t) => t.title === 'Lav en caffe latte')!;
    expect(people.find((p) => p.name === 'Ali')?.skills[latte.id]).toBe('teaches');
    expect(people.find((p) => p.name === 'Sara')?.skills[latte.id]).toBe('learning');
  });
});

/** The demo café plus, for its first person, a check-in and a done task on each of `days`. */
async function cafeWithPunches(at: number, days: string[]) {
  const repo = createRepo(await openDatabase(`punches-${Math.random()}`));
  const cafe = demoWithoutPunches(at);
  await repo.commit(cafe);
  const person = cafe.records!.find((c) => c.store === 'people')!.id;
  const task = cafe.records!.find((c) => c.store === 'tasks')!.after as never;
  await repo.commit({
    records: days.flatMap((day) => [
      {
        store: 'checkIns' as const,
        id: `c-${day}`,
        before: null,
        after: { id: `c-${day}`, updatedAt: 1, day, personId: person, at: 1, energy: null },
      },
      {
        store: 'taskDays' as const,
        id: defaultTaskDay(task, day).id,
        before: null,
        after: { ...defaultTaskDay(task, day), done: true, doneBy: person },
      },
    ]),
  });
  return { repo, person };
}

describe('the punch card', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps every punch across midnight: the days outside memory are counted from the database, once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(instantAt(DAY, 23 * 60 + 59) + 30_000);
    // Long ago, a week ago (leaves memory at midnight) and today.
    const { repo, person } = await cafeWithPunches(Date.now(), ['2026-08-01', '2026-11-16', DAY]);
    const store = await createStore({ repo });
    const all = { tasks: 3, days: 3, total: 6 };
    expect(punchCard(store).punches(person).total).toBe(4);
    await punchCard(store).loadPunchHistory();
    expect(punchCard(store).punches(person)).toEqual(all);

    vi.advanceTimersByTime(60_000);
    vi.useRealTimers();
    await expect.poll(() => store.days.value.from).toBe('2026-11-17');
    await expect.poll(() => punchCard(store).punches(person)).toEqual(all);
    store.clock.stop();
  });

  it('counts each day once when two editors ask for days at the same moment', async () => {
    const at = instantAt(DAY, 600);
    const { repo, person } = await cafeWithPunches(at, ['2026-10-05']);
    const store = await createStore({ repo, clock: createClock(() => at) });
    await punchCard(store).loadPunchHistory();
    const once = { tasks: 1, days: 1, total: 2 };
    expect(punchCard(store).punches(person)).toEqual(once);
    // A date typed digit by digit: the second ask starts before the first has read.
    await Promise.all([
      store.ensureDays('2026-01-15', '2026-01-15'),
      store.ensureDays('2026-10-15', '2026-10-15'),
    ]);
    expect(store.days.value.from).toBe('2026-01-15');
    await punchCard(store).loadPunchHistory();
    expect(punchCard(store).punches(person)).toEqual(once);
  });
});
