// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DbError } from '../../../src/db/errors';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { addDays, instantAt } from '../../../src/domain/calendar';
import { createStore, neverSeeded, readStartup, seedDemo } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { staffStore } from '../../../src/store/staff';
import { demoWithoutPunches } from '../../fixtures/demo';

const MONDAY_10 = instantAt('2026-11-23', 600);

async function demoStore(at = MONDAY_10, name = `store-${Math.random()}`) {
  const repo = createRepo(await openDatabase(name));
  if (neverSeeded(await readStartup(repo, at))) await repo.commit(demoCafe(at));
  const store = await createStore({ repo, clock: createClock(() => at) });
  return { store, repo, name };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the store over the demo café', () => {
  it("shows today's roster, tasks and the demo's announced changes", async () => {
    const { store } = await demoStore();
    const { plan, relation } = store.board.shown.value;
    expect(relation).toBe('today');
    expect(plan.day).toBe('2026-11-23');
    const roster = store.board.roster.value;
    expect(roster.map((r) => r.station.name)).toEqual(['Bar', 'Køkken', 'Opvask', 'Kasse', 'Have']);
    expect(roster.every((r) => r.shifts.length > 0)).toBe(true);
    expect(roster.flatMap((r) => r.tasks).length).toBeGreaterThanOrEqual(18);
    expect(store.board.current.value.now?.title).toBe('Caféen er åben');
    const kinds = store.board.changes.value.map((c) => c.kind);
    expect(kinds).toContain('substitute');
    expect(kinds).toContain('task-moved');
  });

  it('on a first start shows what the board does: a learner with a teacher, two people checked in, a task done', async () => {
    const { store } = await demoStore();
    const people = store.records.view.people.value;
    const name = (id: string | null) => (id ? people.get(id)?.name : undefined);
    const tasks = store.board.shown.value.plan.tasks;
    const paired = tasks.filter((t) => t.state.teacherId);
    expect(paired.map((t) => [t.task.title, name(t.state.teacherId)])).toEqual([
      ['Lav en caffe latte', 'Ali'],
    ]);
    expect(paired[0]!.state.owner).toMatchObject({ kind: 'person' });
    expect(name((paired[0]!.state.owner as { id: string }).id)).toBe('Sara');
    expect(tasks.filter((t) => t.state.done).map((t) => t.task.title)).toEqual(['Fyld mælk og sukker op']);
    // Checked in are people on shift today; nothing else of theirs is made up.
    const onShift = new Set(store.board.shown.value.plan.shifts.flatMap((s) => s.personIds));
    const checkedIn = [...store.together.todaysCheckIns.value.values()];
    expect(checkedIn).toHaveLength(2);
    expect(checkedIn.every((c) => onShift.has(c.personId) && c.energy === null)).toBe(true);
  });

  it('keeps a ticked step after the board is built again from the database', async () => {
    const { store, name } = await demoStore();
    const task = store.board.roster.value[0]!.tasks.find((t) => t.task.steps.length > 1)!.task;
    const ok = await store.tasks.toggleStep('2026-11-23', task.id, task.steps[0]!.id);
    expect(ok).toBe(true);
    expect(store.records.savedAt.value).not.toBeNull();
    const again = await demoStore(MONDAY_10, name);
    expect(again.store.tasks.stateOf('2026-11-23', task.id)?.stepsDone).toEqual([task.steps[0]!.id]);
    // Ticking every step marks the task done.
    for (const s of task.steps.slice(1)) await again.store.tasks.toggleStep('2026-11-23', task.id, s.id);
    expect(again.store.tasks.stateOf('2026-11-23', task.id)?.done).toBe(true);
  });

  it('on a full disk keeps what was there and says so in Danish', async () => {
    const { store, repo } = await demoStore();
    const task = store.board.roster.value[1]!.tasks[0]!.task;
    const commit = vi.spyOn(repo, 'commit').mockRejectedValueOnce(new DbError('quota', 'QuotaExceededError'));
    const ok = await store.tasks.setDone('2026-11-23', task.id, true);
    expect(ok).toBe(false);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(store.tasks.stateOf('2026-11-23', task.id)?.done).toBe(false);
    expect(store.notice.value?.text).toMatch(/^Lageret er fuldt/);
    expect(store.records.saving.value).toBe(0);
  });

  it('undoes and redoes an edit, and the history survives a reload', async () => {
    const { store, name } = await demoStore();
    const ali = [...store.records.view.people.value.values()].find((p) => p.name === 'Ali')!;
    await store.records.apply([{ store: 'people', id: ali.id, after: { ...ali, name: 'Alibaba' } }], {
      label: 'person',
    });
    expect(store.records.view.people.value.get(ali.id)?.name).toBe('Alibaba');
    const reloaded = (await demoStore(MONDAY_10, name)).store;
    expect(reloaded.records.canUndo.value).toBe(true);
    await reloaded.records.undo();
    expect(reloaded.records.view.people.value.get(ali.id)?.name).toBe('Ali');
    const again = (await demoStore(MONDAY_10, name)).store;
    expect(again.records.view.people.value.get(ali.id)?.name).toBe('Ali');
    expect(again.records.canRedo.value).toBe(true);
    await again.records.redo();
    expect(again.records.view.people.value.get(ali.id)?.name).toBe('Alibaba');
  });

  it('undo restores only the fields the edit changed', async () => {
    const { store } = await demoStore();
    const ali = [...store.records.view.people.value.values()].find((p) => p.name === 'Ali')!;
    await store.records.apply([{ store: 'people', id: ali.id, after: { ...ali, name: 'A' } }], {
      label: 'x',
    });
    const now = store.records.view.people.value.get(ali.id)!;
    await store.records.apply([{ store: 'people', id: ali.id, after: { ...now, team: 'Have' } }]);
    await store.records.undo();
    expect(store.records.view.people.value.get(ali.id)).toMatchObject({ name: 'Ali', team: 'Have' });
  });
});

describe('the clock', () => {
  it('rolls the board over to the new day at midnight without a reload', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(instantAt('2026-11-23', 23 * 60 + 59) + 30_000);
    const repo = createRepo(await openDatabase(`clock-${Math.random()}`));
    await repo.commit(demoCafe(Date.now()));
    const store = await createStore({ repo });
    expect(store.board.today.value).toBe('2026-11-23');
    expect(store.board.shown.value).toMatchObject({ relation: 'tomorrow' });
    vi.advanceTimersByTime(60_000);
    expect(store.board.today.value).toBe('2026-11-24');
    expect(store.board.shown.value.relation).toBe('today');
    expect(store.board.shown.value.plan.day).toBe('2026-11-24');
    store.clock.stop();
  });

  it('moves the days it keeps in memory with midnight, and lets the days that left go', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(instantAt('2026-11-23', 23 * 60 + 59) + 30_000);
    const repo = createRepo(await openDatabase(`window-${Math.random()}`));
    await repo.commit(demoWithoutPunches(Date.now()));
    const checkIn = (day: string) => ({
      id: `c-${day}`,
      updatedAt: 1,
      day,
      personId: 'p',
      at: 1,
      energy: null,
    });
    const days = Array.from({ length: 40 }, (_, i) => addDays('2026-11-10', i));
    await repo.commit({
      records: days.map((day) => ({
        store: 'checkIns' as const,
        id: `c-${day}`,
        after: checkIn(day),
        before: null,
      })),
    });
    const store = await createStore({ repo });
    const kept = () => [...store.records.view.checkIns.value.values()].map((c) => c.day).sort();
    const window = (day: string) => days.filter((d) => d >= addDays(day, -7) && d <= addDays(day, 14));
    expect(kept()).toEqual(window('2026-11-23'));
    vi.advanceTimersByTime(60_000);
    expect(store.board.today.value).toBe('2026-11-24');
    vi.useRealTimers();
    await expect.poll(kept).toEqual(window('2026-11-24'));
    store.clock.stop();
  });

  it("keeps a change saved while midnight's read is on its way", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(instantAt('2026-11-23', 23 * 60 + 59) + 30_000);
    const repo = createRepo(await openDatabase(`race-${Math.random()}`));
    await repo.commit(demoCafe(Date.now()));
    // Midnight's read of the new window answers only when the test lets it.
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const store = await createStore({
      repo: {
        ...repo,
        loadDated: async (...args: Parameters<typeof repo.loadDated>) => {
          const rows = await repo.loadDated(...args);
          await held;
          return rows;
        },
      } as typeof repo,
    });
    vi.advanceTimersByTime(60_000);
    expect(store.board.today.value).toBe('2026-11-24');
    vi.useRealTimers();
    const checkIn = { id: 'c-new', updatedAt: 1, day: '2026-11-24', personId: 'p', at: 1, energy: null };
    const saved = store.records.apply([{ store: 'checkIns', id: checkIn.id, after: checkIn }]);
    await new Promise((r) => setTimeout(r, 50));
    answer();
    expect(await saved).toBe(true);
    await store.flush();
    expect(store.days.value.from).toBe('2026-11-17');
    expect(store.records.view.checkIns.value.get('c-new')).toEqual(checkIn);
    store.clock.stop();
  });

  it('recomputes from the system clock after a jump instead of counting ticks', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(instantAt('2026-11-23', 600));
    const clock = createClock();
    vi.setSystemTime(instantAt('2026-11-28', 600));
    vi.advanceTimersByTime(61_000);
    // One tick after the jump, `now` is the new wall time (not five days behind).
    expect(clock.now.value).toBeGreaterThanOrEqual(instantAt('2026-11-28', 600));
    expect(clock.now.value).toBeLessThanOrEqual(Date.now());
    clock.stop();
  });
});

describe('replacing the whole café', () => {
  it('empties records, photos and undo steps, keeps settings, and is not re-seeded on the next start', async () => {
    const name = `clear-${Math.random()}`;
    const repo = createRepo(await openDatabase(name));
    expect(neverSeeded(await readStartup(repo, MONDAY_10))).toBe(true);
    await seedDemo(repo, MONDAY_10);
    expect(neverSeeded(await readStartup(repo, MONDAY_10))).toBe(false);
    const store = await createStore({ repo, clock: createClock(() => MONDAY_10) });
    await staffStore(store).boardSettings.setLang('en');
    const ali = [...store.records.view.people.value.values()][0]!;
    await store.records.apply([{ store: 'people', id: ali.id, after: { ...ali, name: 'X' } }], {
      label: 'p',
    });
    expect(await staffStore(store).cafe.clear()).toBe(true);
    expect(store.records.lists.people.value).toEqual([]);
    expect(store.board.roster.value).toEqual([]);
    expect(store.records.canUndo.value).toBe(false);
    expect(await repo.photoIds()).toEqual([]);
    // A restart finds an emptied café, not a fresh demo.
    const again = createRepo(await openDatabase(name));
    expect(neverSeeded(await readStartup(again, MONDAY_10))).toBe(false);
    const reopened = await createStore({ repo: again, clock: createClock(() => MONDAY_10) });
    expect(reopened.records.lists.stations.value).toEqual([]);
    expect(reopened.settings.value.lang).toBe('en');
  });

  it('loads the large café in place of the demo: 8 stations, 16 people, 50 tasks, 4 changes today', async () => {
    const { store, repo, name } = await demoStore();
    await staffStore(store).boardSettings.setLang('en');
    const demoPhotos = await repo.photoIds();
    const ali = [...store.records.view.people.value.values()][0]!;
    await store.records.apply([{ store: 'people', id: ali.id, after: { ...ali, name: 'X' } }], {
      label: 'p',
    });
    expect(await staffStore(store).cafe.loadLarge()).toBe(true);
    const { lists } = store.records;
    expect([lists.stations.value.length, lists.people.value.length, lists.tasks.value.length]).toEqual([
      8, 16, 50,
    ]);
    const roster = store.board.roster.value;
    expect(roster.map((r) => r.station.name)).toEqual([
      'Bar',
      'Køkken',
      'Bageri',
      'Opvask',
      'Kasse',
      'Salen',
      'Have',
      'Butik',
    ]);
    // 45 on the stations' lists, some of them weekly: 26 on a Monday; 5 optional ones.
    expect(roster.flatMap((r) => r.tasks)).toHaveLength(26);
    expect(store.board.changes.value.map((c) => c.kind).sort()).toEqual([
      'block-moved',
      'substitute',
      'task-moved',
      'task-moved',
    ]);
    expect(store.records.canUndo.value).toBe(false);
    expect(store.settings.value.lang).toBe('en');
    // The demo's pictures went with it; the large café's own are stored.
    const photos = await repo.photoIds();
    expect(photos.some((id) => demoPhotos.includes(id))).toBe(false);
    expect(new Set(lists.tasks.value.map((t) => t.photoId).filter(Boolean))).toEqual(new Set(photos));
    // What the board reads at start is the same café.
    const again = (await demoStore(MONDAY_10, name)).store;
    expect(again.records.lists.tasks.value).toHaveLength(50);
  });

  it('a replacement that fails leaves the café exactly as it was', async () => {
    const { store, repo } = await demoStore();
    const before = await Promise.all([repo.all('tasks'), repo.all('people'), repo.photoIds()]);
    const broken = {
      records: [{ store: 'people' as const, id: 'x', before: null, after: { name: 'no id' } as never }],
    };
    expect(await staffStore(store).cafe.replace(async () => broken)).toBe(false);
    expect(store.notice.value?.kind).toBe('error');
    expect(await Promise.all([repo.all('tasks'), repo.all('people'), repo.photoIds()])).toEqual(before);
    expect(store.records.lists.tasks.value).toHaveLength(before[0].length);
  });
});
