// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { instantAt } from '../../../src/domain/calendar';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';

const MONDAY_10 = instantAt('2026-11-23', 600);

async function demoStore(later?: (work: () => void) => void) {
  const repo = createRepo(await openDatabase(`board-${Math.random()}`));
  await repo.commit(demoCafe(MONDAY_10));
  return createStore({ repo, clock: createClock(() => MONDAY_10), ...(later ? { later } : {}) });
}

describe('the board after one ticked step', () => {
  it('gives a new object only to the ticked card and its station, so nothing else is drawn again', async () => {
    const store = await demoStore();
    const before = store.board.roster.value;
    const changedBefore = store.board.changedIds.value;
    const entry = before.find((e) => e.tasks.some((t) => t.task.steps.length > 0))!;
    const ticked = entry.tasks.find((t) => t.task.steps.length > 0)!;
    expect(await store.tasks.toggleStep('2026-11-23', ticked.task.id, ticked.task.steps[0]!.id)).toBe(true);

    const after = store.board.roster.value;
    expect(after).not.toBe(before);
    for (const [i, e] of after.entries()) {
      if (e.station.id !== entry.station.id) {
        expect(e, `station ${e.station.name}`).toBe(before[i]);
        continue;
      }
      expect(e).not.toBe(entry);
      expect(e.shifts).toEqual(entry.shifts);
      for (const [k, s] of e.shifts.entries()) expect(s).toBe(entry.shifts[k]);
      for (const [k, t] of e.tasks.entries()) {
        if (t.task.id === ticked.task.id) expect(t.state.stepsDone).toEqual([ticked.task.steps[0]!.id]);
        else expect(t, t.task.title).toBe(entry.tasks[k]);
      }
    }
    // The same changes are announced: the very same set, so no station column redraws for it.
    expect(store.board.changedIds.value).toBe(changedBefore);
  });
});

describe('the board under an opened task', () => {
  it('follows a ticked step at the next quiet moment, not inside the tick; at once when it shows again', async () => {
    const quiet: (() => void)[] = [];
    const store = await demoStore((work) => quiet.push(work));
    const day = '2026-11-23';
    const card = () =>
      store.board.roster.value.flatMap((e) => e.tasks).find((t) => t.task.id === ticked.task.id)!;
    const ticked = store.board.roster.value.flatMap((e) => e.tasks).find((t) => t.task.steps.length > 1)!;
    const step = (i: number) => ticked.task.steps[i]!.id;
    store.go({ screen: 'task', taskId: ticked.task.id, day });

    await store.tasks.toggleStep(day, ticked.task.id, step(0));
    // The task itself has it at once; the covered board still shows the card as it was.
    expect(store.tasks.stateOf(day, ticked.task.id)?.stepsDone).toEqual([step(0)]);
    expect(card().state.stepsDone).toEqual([]);
    expect(store.board.planOf(day).tasks.find((t) => t.task.id === ticked.task.id)?.state.stepsDone).toEqual([
      step(0),
    ]);
    for (const work of quiet.splice(0)) work();
    expect(card().state.stepsDone).toEqual([step(0)]);

    await store.tasks.toggleStep(day, ticked.task.id, step(1));
    expect(card().state.stepsDone).toEqual([step(0)]);
    store.go({ screen: 'board' });
    expect(card().state.stepsDone).toEqual([step(0), step(1)]);
  });
});
