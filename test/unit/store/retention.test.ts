// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup, readBackup, restoreBackup } from '../../../src/db/backup';
import { openDatabase } from '../../../src/db/open';
import { createRepo, type Repo } from '../../../src/db/repo';
import { pruneBefore } from '../../../src/db/retention';
import { DATED_STORES, type HistoryEntry, RECORD_STORES, type RecordChange } from '../../../src/db/schema';
import { instantAt } from '../../../src/domain/calendar';
import { defaultTaskDay } from '../../../src/domain/plan';
import type { CheckIn, HelpRequest, Override, Person, Task, TaskDay } from '../../../src/domain/types';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { createRetentionActions, planPrune, pruneExpired } from '../../../src/store/retention';
import { demoWithoutPunches } from '../../fixtures/demo';

const TODAY = '2026-11-23';
const AT = instantAt(TODAY, 10 * 60);
/** 12 months before today: kept, and everything from it on. */
const FIRST_KEPT = '2025-11-23';
const OLD = ['2025-03-03', '2025-06-01', '2025-11-22'];
const KEPT = [FIRST_KEPT, '2026-06-15', TODAY];

const put = <S extends RecordChange['store']>(store: S, after: { id: string }) =>
  ({ store, id: after.id, before: null, after }) as RecordChange;

/**
 * The demo café, and for its first two people a check-in and a done task on each of `days`, plus
 * a help request and a one-off change on each day, and three undo steps: one on an old check-in,
 * one on a person (kept), one on a kept day's task.
 */
async function cafe(days = [...OLD, ...KEPT]) {
  const repo = createRepo(await openDatabase(`retention-${Math.random()}`));
  const seeded = demoWithoutPunches(AT);
  await repo.commit(seeded);
  const people = seeded.records!.filter((c) => c.store === 'people').map((c) => c.after as Person);
  const tasks = seeded.records!.filter((c) => c.store === 'tasks').map((c) => c.after as Task);
  const [ali, bo] = people as [Person, Person];
  const records: RecordChange[] = [];
  for (const [i, day] of days.entries()) {
    for (const [n, person] of [ali, bo].entries()) {
      const checkIn: CheckIn = {
        id: `${day}/${person.id}`,
        updatedAt: 1,
        day,
        personId: person.id,
        at: 1,
        energy: 3,
      };
      const task = tasks[(i + n) % tasks.length]!;
      const done: TaskDay = { ...defaultTaskDay(task, day), done: true, doneBy: person.id };
      records.push(put('checkIns', checkIn), put('taskDays', done));
    }
    const help: HelpRequest = {
      id: `help-${day}`,
      updatedAt: 1,
      day,
      taskId: tasks[0]!.id,
      personId: ali.id,
      at: 1,
      handledAt: null,
    };
    const override: Override = {
      id: `ov-${day}`,
      updatedAt: 1,
      day,
      kind: 'block',
      targetId: null,
      cancelled: false,
      patch: { title: 'Møde', start: 780, end: 840, kind: 'meeting', pictogram: 'meeting' },
    };
    records.push(put('helpRequests', help), put('overrides', override));
  }
  const oldCheckIn = records.find((c) => c.store === 'checkIns' && c.id === `${days[1]}/${ali.id}`)!;
  const keptTaskDay = records.find(
    (c) => c.store === 'taskDays' && (c.after as TaskDay).day === days.at(-2),
  )!;
  const history: HistoryEntry[] = [
    {
      seq: 1,
      at: 1,
      label: 'old',
      undone: false,
      changes: [{ ...oldCheckIn, before: oldCheckIn.after } as RecordChange],
    },
    {
      seq: 2,
      at: 2,
      label: 'name',
      undone: false,
      changes: [{ store: 'people', id: ali.id, before: ali, after: { ...ali, name: 'Alia' } }],
    },
    { seq: 3, at: 3, label: 'kept', undone: false, changes: [keptTaskDay] },
  ];
  await repo.commit({
    records: [...records, { store: 'people', id: ali.id, before: ali, after: { ...ali, name: 'Alia' } }],
    history: { put: history },
  });
  return { repo, ali, bo, people };
}

/** Every stored record and undo step, to compare whole databases. */
async function dump(repo: Repo) {
  const out: Record<string, unknown> = {};
  for (const s of RECORD_STORES) out[s] = (await repo.all(s)).sort((a, b) => (a.id < b.id ? -1 : 1));
  out.history = await repo.db.getAll('history');
  return out;
}

const storeOn = (repo: Repo) => createStore({ repo, clock: createClock(() => AT) });
const daysIn = async (repo: Repo): Promise<Record<string, string[]>> =>
  Object.fromEntries(
    await Promise.all(
      DATED_STORES.map(async (s) => [s, [...new Set((await repo.all(s)).map((r) => r.day))].sort()]),
    ),
  );

describe('the retention job', () => {
  it('deletes the days before the first day kept, in every dated store, and keeps that day and later', async () => {
    const { repo } = await cafe();
    const store = await storeOn(repo);
    expect(await pruneExpired(store)).toBe(OLD.length * 6);
    for (const days of Object.values(await daysIn(repo))) {
      expect(days.every((d) => d >= FIRST_KEPT)).toBe(true);
    }
    expect((await daysIn(repo)).checkIns).toEqual(KEPT);
    expect((await daysIn(repo)).helpRequests).toEqual(KEPT);
    expect((await daysIn(repo)).overrides).toContain(FIRST_KEPT);
    const log = (await repo.readLog()).map((e) => e.message);
    expect(log).toContain(`retention: ${OLD.length * 6} records before ${FIRST_KEPT} deleted`);
  });

  it("keeps every person's punches, also once the whole history is counted", async () => {
    const { repo, people } = await cafe();
    const store = await storeOn(repo);
    await store.together.loadPunchHistory();
    const before = people.map((p) => store.together.punches(p.id));
    expect(before[0]).toEqual({ tasks: 6, days: 6, total: 12 });

    await pruneExpired(store);
    // The card counts again on its own (memory was read anew).
    await expect.poll(() => people.map((p) => store.together.punches(p.id))).toEqual(before);
    await store.together.loadPunchHistory();
    await expect.poll(() => people.map((p) => store.together.punches(p.id))).toEqual(before);
    expect(store.records.view.people.value.get(people[0]!.id)?.punchesBefore).toEqual({
      tasks: 3,
      days: 3,
      through: FIRST_KEPT,
    });

    // A fresh start reads the same card.
    const again = await storeOn(repo);
    await again.together.loadPunchHistory();
    expect(people.map((p) => again.together.punches(p.id))).toEqual(before);
  });

  it('changes nothing when run again', async () => {
    const { repo } = await cafe();
    const store = await storeOn(repo);
    await pruneExpired(store);
    const once = await dump(repo);
    expect(await pruneExpired(store)).toBe(0);
    expect(await dump(repo)).toEqual(once);
  });

  it('removes the undo steps that touch a deleted record and keeps the others, with the kept punches', async () => {
    const { repo, ali } = await cafe();
    const store = await storeOn(repo);
    await pruneExpired(store);
    const stored = (await repo.db.getAll('history')).map((h) => h.seq);
    expect(stored).toEqual([2, 3]);
    expect(store.records.history.value.map((h) => h.seq)).toEqual([2, 3]);
    const nameStep = store.records.history.value.find((h) => h.seq === 2)!;
    const change = nameStep.changes[0] as Extract<RecordChange, { store: 'people' }>;
    expect(change.before?.punchesBefore).toEqual({ tasks: 3, days: 3, through: FIRST_KEPT });

    // Undoing the kept steps never brings an old day back, and the name comes back with every punch.
    await store.together.loadPunchHistory();
    const card = store.together.punches(ali.id);
    expect(await store.records.undo()).toBe(true);
    expect(await store.records.undo()).toBe(true);
    expect(await store.records.undo()).toBe(false);
    expect(store.records.view.people.value.get(ali.id)?.name).toBe(ali.name);
    expect((await repo.all('people')).find((p) => p.id === ali.id)?.punchesBefore).toEqual({
      tasks: 3,
      days: 3,
      through: FIRST_KEPT,
    });
    expect((await daysIn(repo)).checkIns?.every((d: string) => d >= FIRST_KEPT)).toBe(true);
    // The last undo took back one kept day's done task, and only that.
    const fresh = await storeOn(repo);
    await fresh.together.loadPunchHistory();
    expect(fresh.together.punches(ali.id).total).toBe(card.total - 1);
  });

  it('keeps the punches when a person edit prepared before the job is saved after it', async () => {
    const { repo, ali } = await cafe();
    const store = await storeOn(repo);
    const job = pruneExpired(store);
    // Queued behind the job, from the person as it was before the job.
    const saved = store.together.setGoals(ali.id, ['Komme til tiden']);
    await job;
    expect(await saved).toBe('saved');
    const stored = (await repo.all('people')).find((p) => p.id === ali.id)!;
    expect(stored.goals).toEqual(['Komme til tiden']);
    expect(stored.punchesBefore).toEqual({ tasks: 3, days: 3, through: FIRST_KEPT });
  });

  it('never writes a deleted day back: a write prepared for an old day is dropped when its turn comes', async () => {
    const { repo, ali } = await cafe();
    const store = await storeOn(repo);
    const job = pruneExpired(store);
    const old: CheckIn = {
      id: `${OLD[0]}/${ali.id}`,
      updatedAt: 2,
      day: OLD[0]!,
      personId: ali.id,
      at: 2,
      energy: 5,
    };
    const late = store.records.apply([{ store: 'checkIns', id: old.id, after: old }]);
    await job;
    await late;
    await store.records.apply([{ store: 'checkIns', id: old.id, after: old }]);
    expect((await daysIn(repo)).checkIns).toEqual(KEPT);
  });

  it('changes nothing when a write in its transaction fails', async () => {
    const { repo } = await cafe();
    const untouched = await dump(repo);
    // The plan asks for a person without an id: the put is refused after the deletes were queued.
    await expect(
      pruneBefore(repo.db, FIRST_KEPT, () => ({ people: [{} as Person], history: { put: [], delete: [] } })),
    ).rejects.toThrow();
    expect(await dump(repo)).toEqual(untouched);

    const store = await storeOn(repo);
    const shown = store.records.history.value;
    const spy = vi.spyOn(repo.db, 'transaction').mockImplementationOnce(() => {
      throw new DOMException('Lageret er fuldt', 'QuotaExceededError');
    });
    expect(await pruneExpired(store)).toBeNull();
    spy.mockRestore();
    expect(await dump(repo)).toEqual(untouched);
    expect(store.records.history.value).toBe(shown);
    expect((await repo.readLog()).some((e) => e.level === 'warn' && e.message.startsWith('retention:'))).toBe(
      true,
    );
  });

  it("follows the staff's window: 6 months deletes more, and a choice outside the offer is refused", async () => {
    const { repo, people } = await cafe();
    const store = await storeOn(repo);
    await store.together.loadPunchHistory();
    const before = people.map((p) => store.together.punches(p.id));
    const retention = createRetentionActions(store);
    expect(retention.months()).toBe(12);
    expect(retention.firstKept(6)).toBe('2026-05-23');
    expect(await retention.setKeepMonths(7 as never)).toEqual({ saved: false, deleted: null });
    expect(await retention.setKeepMonths(6)).toEqual({ saved: true, deleted: (OLD.length + 1) * 6 });
    expect((await daysIn(repo)).checkIns).toEqual(['2026-06-15', TODAY]);
    expect((await repo.allMeta()).get('cafeSettings')).toMatchObject({ keepMonths: 6 });
    await expect.poll(() => people.map((p) => store.together.punches(p.id))).toEqual(before);
  });

  it('prunes a restored backup that holds older days at the next run, punches kept', async () => {
    const { repo: source, people } = await cafe();
    const file = await exportBackup(source.db, AT);
    const { repo } = await cafe(KEPT);
    await restoreBackup(repo.db, await readBackup(file));
    const store = await storeOn(repo);
    await store.together.loadPunchHistory();
    const before = people.map((p) => store.together.punches(p.id));
    expect((await daysIn(repo)).checkIns).toEqual([...OLD, ...KEPT]);
    expect(await pruneExpired(store)).toBe(OLD.length * 6);
    expect((await daysIn(repo)).checkIns).toEqual(KEPT);
    await expect.poll(() => people.map((p) => store.together.punches(p.id))).toEqual(before);
  });

  it('runs after the first paint and again at each new day', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      vi.setSystemTime(instantAt(TODAY, 23 * 60 + 59) + 30_000);
      const { repo } = await cafe([...OLD, '2025-11-23', '2025-11-24']);
      const store = await createStore({ repo });
      await store.upkeep();
      expect((await daysIn(repo)).checkIns).toEqual(['2025-11-23', '2025-11-24']);
      vi.advanceTimersByTime(60_000);
      vi.useRealTimers();
      await expect.poll(async () => (await daysIn(repo)).checkIns).toEqual(['2025-11-24']);
      store.clock.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the retention job on several screens', () => {
  const ali = { id: 'ali', updatedAt: 1, name: 'Ali' } as Person;
  const oldDay = (day: string): TaskDay =>
    ({ id: `${day}/t`, day, taskId: 't', done: true, removed: false, doneBy: 'ali' }) as TaskDay;
  const checkIn = (day: string): CheckIn => ({
    id: `${day}/ali`,
    updatedAt: 1,
    day,
    personId: 'ali',
    at: 1,
    energy: null,
  });
  const found = (person: Person, days: string[]) => ({
    expired: { overrides: [], helpRequests: [], taskDays: days.map(oldDay), checkIns: days.map(checkIn) },
    people: [person],
    history: [],
  });

  it('counts a deleted day once, whichever screen deletes it first', () => {
    // Another screen ran the job: its kept punches arrived here before its deletions did.
    const counted = { ...ali, punchesBefore: { tasks: 2, days: 2, through: FIRST_KEPT } };
    const plan = planPrune(found(counted, ['2025-03-03', '2025-06-01']), FIRST_KEPT, AT);
    expect(plan.people).toEqual([]);
  });

  it('counts only the days after the last run, and moves the mark on', () => {
    const counted = { ...ali, punchesBefore: { tasks: 1, days: 1, through: '2025-03-04' } };
    const plan = planPrune(found(counted, ['2025-03-03', '2025-06-01', '2025-11-22']), FIRST_KEPT, AT);
    expect(plan.people[0]?.punchesBefore).toEqual({ tasks: 3, days: 3, through: FIRST_KEPT });
  });

  it('drops the times away that ended before the first day kept, and keeps one that reaches into it', () => {
    const ill = (from: string, to: string) => ({ id: `a-${from}`, from, to, reason: 'ill' as const });
    const was = [
      ill('2025-02-01', '2025-02-03'),
      ill('2025-11-20', FIRST_KEPT),
      ill('2026-12-01', '2026-12-05'),
    ];
    const counted = { ...ali, punchesBefore: { tasks: 2, days: 2, through: FIRST_KEPT }, away: was };
    const plan = planPrune(found(counted, ['2025-03-03']), FIRST_KEPT, AT);
    expect(plan.people.map((p) => p.away)).toEqual([was.slice(1)]);
    expect(plan.people[0]?.punchesBefore).toEqual(counted.punchesBefore);
    // Nothing ended before the window: the person is not written at all.
    expect(
      planPrune(found({ ...counted, away: was.slice(1) }, ['2025-03-03']), FIRST_KEPT, AT).people,
    ).toEqual([]);
    // The last one ended: no empty list is left.
    const once = planPrune(found({ ...counted, away: was.slice(0, 1) }, ['2025-03-03']), FIRST_KEPT, AT);
    expect(once.people[0]).not.toHaveProperty('away');
  });
});
