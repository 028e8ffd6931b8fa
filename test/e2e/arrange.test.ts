import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { boardPage } from './support/pages';
import { poll } from './support/poll';
import { editBoard, staffPage, unlockStaff } from './support/staff';
import { touchDrag } from './support/touch';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const MONDAY_10 = at('2026-11-23', '10:00');
const SALAD = 'Skyl og snit salat';

const personChip = (page: Board['page'], name: string) =>
  page.locator('[data-drop="person"]').filter({ hasText: name });
const columnOf = (page: Board['page'], title: string) =>
  page.locator('section[aria-labelledby^="station-"]', {
    has: page.locator('[data-task]', { hasText: title }),
  });
/** The cards in the station columns (edit mode adds the pool below them). */
const stationCards = (page: Board['page']) =>
  page.locator('section[aria-labelledby^="station-"] [data-task]');

describe('staff rearrange the board by touch', () => {
  it('drags a task to another person; it stays after a reload; undo returns it, redo moves it again', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await editBoard(page);
    const b = boardPage(page);
    expect(await columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Køkken');

    await touchDrag(page, b.taskCard(SALAD), personChip(page, 'Omar'));
    await poll(() => columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Opvask');
    expect(await b.taskCard(SALAD).textContent()).toContain('Omar');
    await b.saved().waitFor();

    await page.reload();
    await poll(() => columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Opvask');
    // The public board announces the move and marks the card.
    expect(await b.changes().textContent()).toContain(SALAD);

    await editBoard(page);
    const s = staffPage(page);
    await s.undo().tap();
    await poll(() => columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Køkken');
    expect(await b.taskCard(SALAD).textContent()).not.toContain('Omar');
    await s.redo().tap();
    await poll(() => columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Opvask');
    await b.saved().waitFor();
    await page.reload();
    await poll(() => columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Opvask');
    expect(await b.taskCards().filter({ hasText: SALAD }).count()).toBe(1);
  });

  it('a reload in the middle of a drag loses and duplicates nothing', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await editBoard(page);
    const b = boardPage(page);
    const before = await stationCards(page).allTextContents();
    await touchDrag(page, b.taskCard(SALAD), personChip(page, 'Kasper'), { hold: true });
    await page.locator('[data-board][class*="dragging"]').waitFor();
    await page.reload();
    await b.taskCard(SALAD).waitFor();
    expect(await stationCards(page).allTextContents()).toEqual(before);
    expect(await columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Køkken');
  });

  it('every drag has a button way: tap a card, choose where it goes; a nonsense drop is refused with a reason', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await editBoard(page);
    const b = boardPage(page);
    await b.taskCard(SALAD).tap();
    const panel = page.getByRole('dialog', { name: `Flyt: ${SALAD}` });
    await panel.waitFor();
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    await panel.getByRole('button', { name: 'Kasper' }).tap();
    await poll(() => columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Have');

    // From the keyboard: Enter opens the panel, the pool takes the task, Escape closes.
    await b.taskCard(SALAD).focus();
    await page.keyboard.press('Enter');
    await panel.waitFor();
    // The panel puts the keyboard on its close button first.
    await poll(() =>
      panel.getByRole('button', { name: 'Luk' }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await panel.getByRole('button', { name: 'Læg i puljen' }).focus();
    await page.keyboard.press('Enter');
    await poll(() =>
      page
        .getByRole('region', { name: /Puljen/ })
        .getByText(SALAD)
        .isVisible(),
    ).toBe(true);

    // Dropped on the day's programme: refused, with the reason, and nothing changes.
    const before = await b.taskCards().allTextContents();
    await touchDrag(page, b.taskCard('Lav en caffe latte'), page.getByRole('region', { name: 'Nu' }));
    await poll(() => page.getByText('Her kan en opgave ikke ligge').isVisible()).toBe(true);
    expect(await b.taskCards().allTextContents()).toEqual(before);
    await expectNoAxeViolations(page);
  });
});

describe('edit mode', () => {
  it('appears in one piece: the stations do not move once the cards can be dragged', async () => {
    // No service worker: once it controls the page it serves the chunks from its cache and the
    // route below would never see them.
    board = await launch({ time: MONDAY_10, serviceWorkers: 'block' });
    const { page } = board;
    // The pool zone's code arrives late, as on a busy machine.
    let delayed = 0;
    await page.route(/\/assets\/(PoolZone|TrainingSuggestions)-[^/]*\.js$/, async (route) => {
      delayed++;
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue();
    });
    await openBoard(page);
    await page.evaluate(() => {
      const tops: number[] = [];
      Object.assign(window, { stationTops: tops });
      new MutationObserver(() => {
        const shown = document.querySelector('[data-board]:not([hidden])');
        if (!shown?.querySelector('button[data-person]')) return;
        const station = shown.querySelector('section[aria-labelledby^="station-"]');
        if (station) tops.push(Math.round(station.getBoundingClientRect().top));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await editBoard(page);
    await page.locator('[data-drop="pool"]').waitFor();
    expect(delayed).toBeGreaterThan(0);
    const tops = await page.evaluate(() => (window as unknown as { stationTops: number[] }).stationTops);
    expect(tops.length).toBeGreaterThan(0);
    expect(new Set(tops).size).toBe(1);
  });
});

describe('edit mode, once staff have unlocked', () => {
  it('is complete on its first render: no moment with plain chips or without the pool', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    // Unlocking fetched edit mode's code. Importing the same modules here resolves once they
    // have run, so the app has them too before the next tap.
    const chunks = readdirSync(resolve('dist/assets'))
      .filter((f) => /^(PoolZone|TrainingSuggestions|MovePanel|DragLayer|drag|EditBar)-[^/]*\.js$/.test(f))
      .map((f) => `/assets/${f}`);
    expect(chunks.length).toBe(6);
    // (A string: vitest would rewrite an import() written in this file.)
    await page.evaluate(`Promise.all(${JSON.stringify(chunks)}.map((u) => import(u)))`);
    await page.evaluate(() => {
      const shown: boolean[] = [];
      Object.assign(window, { shown });
      new MutationObserver(() => {
        const board = document.querySelector('[data-board]:not([hidden])');
        if (board)
          shown.push(
            !!board.querySelector('[data-drop="pool"]') && !!board.querySelector('button[data-person]'),
          );
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Tavlen', exact: true }).tap();
    await page.locator('[data-drop="pool"]').waitFor();
    const shown = await page.evaluate(() => (window as unknown as { shown: boolean[] }).shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain(false);
  });
});

describe('staff move people between shifts', () => {
  it('by touch drag and by the button panel, announced and kept after a reload', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await editBoard(page);
    const b = boardPage(page);
    const shiftBox = (station: string, label: string) =>
      b.station(station).locator('[data-shift]').filter({ hasText: label });
    const chip = (name: string) => page.locator('button[data-person]').filter({ hasText: name });

    await touchDrag(page, chip('Mads'), shiftBox('Køkken', 'Formiddag'));
    await poll(() => shiftBox('Køkken', 'Formiddag').getByText('Mads').isVisible()).toBe(true);
    expect(await shiftBox('Bar', 'Eftermiddag').getByText('Mads').count()).toBe(0);
    await poll(() => b.changes().textContent()).toContain('Mads');

    await b.saved().waitFor();
    await page.reload();
    await poll(() => b.station('Køkken').getByText('Mads').isVisible()).toBe(true);
    await editBoard(page);

    await chip('Kasper').tap();
    const panel = page.getByRole('dialog', { name: 'Flyt Kasper til en anden vagt' });
    await panel.waitFor();
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: /Bar Eftermiddag/ }).tap();
    await poll(() => shiftBox('Bar', 'Eftermiddag').getByText('Kasper').isVisible()).toBe(true);
    await b.saved().waitFor();
    await page.reload();
    await poll(() => b.station('Bar').getByText('Kasper').isVisible()).toBe(true);
  });
});
