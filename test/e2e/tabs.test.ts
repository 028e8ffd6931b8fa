// Two tabs of one profile: each writes only the fields it changed, onto what is stored now, and
// each shows the other's edits without a reload.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch, openBoard } from './support/browser';
import { boardPage, taskPage } from './support/pages';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

/** The stored day of a task, read straight from IndexedDB. */
function storedSteps(page: Page, title: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
      });
    const task = (
      await all<{ id: string; title: string; steps: { id: string; text: string }[] }>('tasks')
    ).find((t) => t.title === name)!;
    const days = await all<{ taskId: string; stepsDone: string[] }>('taskDays');
    db.close();
    const done = days.find((d) => d.taskId === task.id)?.stepsDone ?? [];
    return task.steps.filter((s) => done.includes(s.id)).map((s) => s.text);
  }, title);
}

async function openTask(page: Page, title: string) {
  await boardPage(page).taskCard(title).tap();
  await expect.poll(() => taskPage(page).title().textContent()).toBe(title);
}

describe('two tabs of one profile', () => {
  it('a tick in each tab of the same task keeps both, and each tab shows the other', async () => {
    board = await launch({ time: at('2026-11-23', '09:30') });
    const a = board.page;
    await openBoard(a);
    const b = await board.context.newPage();
    await openBoard(b);
    await openTask(a, 'Lav en caffe latte');
    await openTask(b, 'Lav en caffe latte');

    await taskPage(a).step('Mal kaffen').tap();
    await expect.poll(() => storedSteps(a, 'Lav en caffe latte')).toEqual(['Mal kaffen']);
    // B never reloaded: its copy of the task's day is older than what is stored now.
    await taskPage(b).step('Skum mælken til 60 grader').tap();
    await expect
      .poll(() => storedSteps(b, 'Lav en caffe latte'))
      .toEqual(['Mal kaffen', 'Skum mælken til 60 grader']);

    // Each tab shows the other's tick without a reload.
    await expect.poll(() => taskPage(b).step('Mal kaffen').isChecked()).toBe(true);
    await expect.poll(() => taskPage(a).step('Skum mælken til 60 grader').isChecked()).toBe(true);
  });

  it("an edit in one tab shows in the other tab's board", async () => {
    board = await launch({ time: at('2026-11-23', '09:30') });
    const a = board.page;
    await openBoard(a);
    const b = await board.context.newPage();
    await openBoard(b);
    await openTask(a, 'Lav en caffe latte');
    await taskPage(a).done().tap();
    await expect
      .poll(() => boardPage(b).taskCard('Lav en caffe latte').getAttribute('class'))
      .toMatch(/Done/);
  });
});
