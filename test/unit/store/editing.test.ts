// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { addDays, instantAt } from '../../../src/domain/calendar';
import { tasksOf } from '../../../src/domain/plan';
import { historyLabel } from '../../../src/i18n/history';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { MIN_ITERATIONS } from '../../../src/store/pin';
import { staffStore } from '../../../src/store/staff';

const DAY = '2026-11-23';
const MONDAY_10 = instantAt(DAY, 600);

async function editing(unlock = true) {
  const repo = createRepo(await openDatabase(`edit-${Math.random()}`));
  await repo.commit(demoCafe(MONDAY_10));
  const store = staffStore(
    await createStore({
      repo,
      clock: createClock(() => MONDAY_10),
      session: { iterations: MIN_ITERATIONS },
    }),
  );
  if (unlock) await store.session.setPin('2468');
  return { store, repo };
}

const taskNamed = (store: Awaited<ReturnType<typeof editing>>['store'], title: string) =>
  store.records.lists.tasks.value.find((t) => t.title === title)!;
const personNamed = (store: Awaited<ReturnType<typeof editing>>['store'], name: string) =>
  store.records.lists.people.value.find((p) => p.name === name)!;

describe('moving task cards', () => {
  it('one move writes one TaskDay record, is announced, and undo/redo replay it', async () => {
    const { store, repo } = await editing();
    const salad = taskNamed(store, 'Skyl og snit salat');
    const omar = personNamed(store, 'Omar');
    const before = (await repo.all('taskDays')).length;
    expect(await store.arrange.moveTask(DAY, salad.id, { kind: 'person', id: omar.id })).toEqual({
      ok: true,
    });
    await store.flush();
    const after = await repo.all('taskDays');
    expect(after.length).toBe(before + 1);
    const moved = after.find((d) => d.taskId === salad.id)!;
    expect(moved.owner).toEqual({ kind: 'person', id: omar.id });
    expect(moved.moved).toBe(true);
    expect(store.board.changes.value.some((c) => c.kind === 'task-moved' && c.taskId === salad.id)).toBe(
      true,
    );

    await store.records.undo();
    expect(store.board.planOf(DAY).tasks.find((t) => t.task.id === salad.id)!.state.owner.kind).toBe(
      'station',
    );
    await store.records.redo();
    expect(store.board.planOf(DAY).tasks.find((t) => t.task.id === salad.id)!.state.owner).toEqual({
      kind: 'person',
      id: omar.id,
    });
  });

  it('reorders within a list with a key between the neighbours, and refuses nonsense with a reason', async () => {
    const { store } = await editing();
    const bar = store.records.lists.stations.value.find((s) => s.name === 'Bar')!;
    const list = () =>
      tasksOf(store.board.planOf(DAY), { kind: 'station', id: bar.id }).map((t) => t.task.title);
    const first = list()[0]!;
    const last = list().length - 1;
    expect(last).toBeGreaterThan(0);
    await store.arrange.moveTask(DAY, taskNamed(store, first).id, { kind: 'station', id: bar.id }, last);
    expect(list()[last]).toBe(first);
    expect(list()).toHaveLength(new Set(list()).size);

    const nobody = store.records.lists.people.value.find(
      (p) => !store.board.planOf(DAY).shifts.some((s) => s.personIds.includes(p.id)),
    );
    if (nobody) {
      const r = await store.arrange.moveTask(DAY, taskNamed(store, first).id, {
        kind: 'person',
        id: nobody.id,
      });
      expect(r).toEqual({ ok: false, reason: 'notOnShift' });
      expect(store.notice.value?.text).toContain('ikke på vagt');
    }
    store.session.lock();
    const r = await store.arrange.moveTask(DAY, taskNamed(store, first).id, { kind: 'pool' });
    expect(r).toEqual({ ok: false, reason: 'locked' });
  });
});

describe('editors', () => {
  it('a person draft with errors stores nothing; a valid one is stored and undoable', async () => {
    const { store, repo } = await editing();
    const count = (await repo.all('people')).length;
    const bad = await store.editors.savePerson({
      ...store.editors.emptyPerson(),
      name: '  ',
      startDate: '23/11',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.name).toBe('Skriv et fornavn.');
      expect(bad.errors.startDate).toContain('åååå-mm-dd');
    }
    expect((await repo.all('people')).length).toBe(count);
    const good = await store.editors.savePerson({
      ...store.editors.emptyPerson(),
      name: 'Nora',
      startDate: DAY,
    });
    expect(good.ok).toBe(true);
    expect((await repo.all('people')).length).toBe(count + 1);
    await store.records.undo();
    expect((await repo.all('people')).length).toBe(count);
  });

  it('deleting a person in use says what it touches and takes them off their fixed shifts in one step', async () => {
    const { store } = await editing();
    const ali = personNamed(store, 'Ali');
    const uses = store.editors.personUses(ali.id);
    expect(uses.join(' ')).toMatch(/fast(e)? vagt/);
    expect(await store.editors.deletePerson(ali.id)).toBe(true);
    expect(store.records.lists.shiftTemplates.value.some((s) => s.personIds.includes(ali.id))).toBe(false);
    await store.records.undo();
    expect(store.records.lists.shiftTemplates.value.some((s) => s.personIds.includes(ali.id))).toBe(true);
    expect(store.records.view.people.value.has(ali.id)).toBe(true);
  });

  it('a dated assignment is an override for that date; back to the usual crew removes it', async () => {
    const { store, repo } = await editing();
    const shift = store.board.planOf(DAY).shifts.find((s) => s.label === 'Eftermiddag')!;
    const usual = [...shift.personIds];
    const nora = await store.editors.savePerson({ ...store.editors.emptyPerson(), name: 'Nora' });
    if (!nora.ok) throw new Error('not saved');
    const overrides = (await repo.all('overrides')).length;
    await store.crew.setShiftPeople(DAY, shift.id, [nora.id]);
    expect((await repo.all('overrides')).length).toBe(overrides + 1);
    expect(store.board.changes.value.some((c) => c.kind === 'substitute' && c.inId === nora.id)).toBe(true);
    await store.crew.setShiftPeople(DAY, shift.id, usual);
    expect((await repo.all('overrides')).length).toBe(overrides);
  });

  it('an extra item for a date that is not a date is refused, and nothing is stored', async () => {
    const { store, repo } = await editing();
    const before = (await repo.all('overrides')).length;
    expect(await store.oneOff.addBlock('2026-1', 'Brandøvelse', '13:00', '13:30')).toEqual({
      form: 'Skriv datoen som åååå-mm-dd, fx 2026-11-23.',
    });
    expect((await repo.all('overrides')).length).toBe(before);
  });

  it('one-off times are validated, and a moved shift is announced', async () => {
    const { store } = await editing();
    const shift = store.board.planOf(DAY).shifts[0]!;
    expect(await store.oneOff.setTime(DAY, 'shift', shift.id, '10:00', '09:00')).toEqual({
      end: 'Sluttiden skal være efter starttiden.',
    });
    expect(await store.oneOff.setTime(DAY, 'shift', shift.id, '10.00', '12:00')).toEqual({});
    expect(store.board.changes.value.some((c) => c.kind === 'shift-moved' && c.to === 600)).toBe(true);
  });
});

describe('"Sæt på vagt" in a person\'s form', () => {
  const shiftOf = (store: Awaited<ReturnType<typeof editing>>['store'], day: string, name: string) =>
    store.board.planOf(day).shifts.find((s) => store.crew.shiftName(day, s.id) === name)!;

  it('a new person saved and put on a shift is one undo step; a bad name stores neither', async () => {
    const { store, repo } = await editing();
    const shift = shiftOf(store, DAY, 'Køkken Eftermiddag');
    const people = (await repo.all('people')).length;
    const overrides = (await repo.all('overrides')).length;

    const bad = await store.editors.savePersonOnShift(
      { ...store.editors.emptyPerson(), name: 'Nora Hansen' },
      DAY,
      shift.id,
    );
    expect(bad).toEqual({ ok: false, errors: { name: 'Kun ét navn: tavlen viser aldrig efternavne.' } });
    expect((await repo.all('people')).length).toBe(people);
    expect((await repo.all('overrides')).length).toBe(overrides);

    const nora = await store.editors.savePersonOnShift(
      { ...store.editors.emptyPerson(), name: 'Nora' },
      DAY,
      shift.id,
    );
    if (!nora.ok) throw new Error('not saved');
    await store.flush();
    expect((await repo.all('people')).length).toBe(people + 1);
    expect((await repo.all('overrides')).length).toBe(overrides + 1);
    expect(shiftOf(store, DAY, 'Køkken Eftermiddag').personIds).toContain(nora.id);
    expect(store.board.changes.value).toContainEqual(
      expect.objectContaining({ kind: 'person-added', personId: nora.id }),
    );
    const last = store.records.history.value.at(-1)!;
    expect(historyLabel(last.label, 'da')).toBe(
      'Nora tilføjet og sat på Køkken Eftermiddag mandag 23. november',
    );

    await store.records.undo();
    await store.flush();
    expect((await repo.all('people')).length).toBe(people);
    expect((await repo.all('overrides')).length).toBe(overrides);
    expect(shiftOf(store, DAY, 'Køkken Eftermiddag').personIds).toEqual(shift.personIds);
  });

  it("a stored person put on another date's shift and taken off again leaves that date as usual", async () => {
    const { store, repo } = await editing();
    const tomorrow = addDays(DAY, 1);
    const omar = personNamed(store, 'Omar');
    const shift = store.board.planOf(tomorrow).shifts.find((s) => !s.personIds.includes(omar.id))!;
    const overrides = await repo.all('overrides');
    const todays = JSON.stringify(overrides.filter((o) => o.day === DAY));

    expect(await store.crew.setOnShift(tomorrow, shift.id, omar.id, true)).toBe(true);
    await store.flush();
    const after = await repo.all('overrides');
    expect(after.filter((o) => o.day === tomorrow && o.targetId === shift.id)).toHaveLength(1);
    expect(JSON.stringify(after.filter((o) => o.day === DAY))).toBe(todays);
    expect(store.board.planOf(tomorrow).shifts.find((s) => s.id === shift.id)!.personIds).toContain(omar.id);

    expect(await store.crew.setOnShift(tomorrow, shift.id, omar.id, false)).toBe(true);
    await store.flush();
    expect((await repo.all('overrides')).length).toBe(overrides.length);
    expect(store.board.planOf(tomorrow).shifts.find((s) => s.id === shift.id)!.personIds).toEqual(
      shift.personIds,
    );
  });

  it('refuses while locked, and writes nothing', async () => {
    const { store, repo } = await editing(false);
    const shift = store.board.planOf(DAY).shifts[0]!;
    const overrides = (await repo.all('overrides')).length;
    const r = await store.editors.savePersonOnShift(
      { ...store.editors.emptyPerson(), name: 'Nora' },
      DAY,
      shift.id,
    );
    expect(r.ok).toBe(false);
    expect(await store.crew.setOnShift(DAY, shift.id, personNamed(store, 'Omar').id, true)).toBe(false);
    expect((await repo.all('overrides')).length).toBe(overrides);
  });
});

describe('"Lav en kopi" of a task', () => {
  it('is a new task with steps of its own; its photos are shared and stay while either task points to them', async () => {
    const { store, repo } = await editing();
    const picture = () => ({
      blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }),
      thumb: new Blob([new Uint8Array([4])], { type: 'image/webp' }),
      width: 4,
      height: 3,
    });
    const station = store.records.lists.stations.value[0]!;
    const made = await store.editors.saveTask({
      ...store.editors.emptyTask(station.id),
      title: 'Pynt lagkagen',
      photo: picture(),
      steps: [{ id: crypto.randomUUID(), text: 'Pisk fløden', photoId: null, photo: picture() }],
    });
    if (!made.ok) throw new Error('not saved');
    const original = store.records.view.tasks.value.get(made.id)!;

    const copy = store.editors.copyTask(original);
    expect(copy.id).toBeNull();
    expect(copy.title).toBe('Pynt lagkagen (kopi)');
    expect(copy.photoId).toBe(original.photoId);
    expect(copy.steps[0]!.photoId).toBe(original.steps[0]!.photoId);
    expect(copy.steps[0]!.id).not.toBe(original.steps[0]!.id);
    const saved = await store.editors.saveTask(copy);
    if (!saved.ok) throw new Error('copy not saved');
    expect(saved.id).not.toBe(original.id);
    const twin = store.records.view.tasks.value.get(saved.id)!;
    expect(twin.pictogram).toBe(original.pictogram);
    expect(twin.photoId).toBe(original.photoId);

    const shared = [original.photoId!, original.steps[0]!.photoId!];
    expect(await store.editors.deleteTask(original.id)).toBe(true);
    await store.flush();
    expect(await repo.photoIds()).toEqual(expect.arrayContaining(shared));
    expect(await store.editors.deleteTask(twin.id)).toBe(true);
    await store.flush();
    expect((await repo.photoIds()).filter((id) => shared.includes(id))).toEqual([]);
  });
});

describe('an editor left open past midnight', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("changes the date's stored one-off change, never a second one beside it", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(instantAt(DAY, 23 * 60 + 59) + 30_000);
    const repo = createRepo(await openDatabase(`night-${Math.random()}`));
    await repo.commit(demoCafe(Date.now()));
    const store = staffStore(await createStore({ repo, session: { iterations: MIN_ITERATIONS } }));
    await store.session.setPin('2468');
    // Christmas Eve is outside the days the board keeps: the editor asks for it.
    const XMAS = '2026-12-24';
    await store.ensureDays(XMAS, XMAS);
    const shift = store.board.planOf(XMAS).shifts[0]!;
    expect(await store.oneOff.setTime(XMAS, 'shift', shift.id, '11:00', '14:00')).toEqual({});
    await store.flush();

    vi.advanceTimersByTime(60_000);
    vi.useRealTimers();
    await expect.poll(() => store.days.value.from).toBe('2026-11-17');
    expect(store.records.lists.overrides.value.some((o) => o.day === XMAS)).toBe(false);

    expect(await store.oneOff.setTime(XMAS, 'shift', shift.id, '12:00', '15:00')).toEqual({});
    await store.flush();
    const stored = (await repo.all('overrides')).filter((o) => o.day === XMAS);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.patch).toMatchObject({ start: 720, end: 900 });
    store.clock.stop();
  });
});
