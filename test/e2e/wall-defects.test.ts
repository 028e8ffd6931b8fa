// What testers tripped over on the wall: regions only a mouse could scroll, a faded card while
// dragging, a help marker that looked like a radio button, "Set" in English, and a board started
// at night painting bright before its code had run.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { boardPage, taskPage } from './support/pages';
import { poll } from './support/poll';
import { editBoard, staffPage, unlockStaff } from './support/staff';
import { togetherPage } from './support/together';
import { liftFinger, touchDrag } from './support/touch';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const MONDAY_10 = at('2026-11-23', '10:00');
const SIZES: { width: number; height: number }[] = [
  VIEWPORTS.landscape,
  VIEWPORTS.portrait,
  VIEWPORTS.tablet,
];

/** axe (WCAG 2.2 AA and target-size) at each wall size, the screen refitted to each. */
async function axeAtEverySize(page: Page, sizes = SIZES): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expectNoAxeViolations(page);
  }
}

describe('the wall, as testers found it', () => {
  it('the board, locked and in edit mode, passes axe at every size: no scroll region only a mouse can reach', async () => {
    board = await launch({ time: MONDAY_10, viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    await axeAtEverySize(page);
    await editBoard(page);
    await axeAtEverySize(page);
    // The move panel, the button way to move a card.
    await boardPage(page).taskCard('Tør borde af').tap();
    await page.getByRole('dialog').waitFor();
    await axeAtEverySize(page);
  });

  it('an opened task passes axe at every size, with the board kept under it', async () => {
    board = await launch({ time: MONDAY_10, viewport: VIEWPORTS.portrait });
    const { page } = board;
    await openBoard(page);
    await boardPage(page).taskCard('Skyl og snit salat').tap();
    await poll(() => taskPage(page).title().textContent()).toBe('Skyl og snit salat');
    await axeAtEverySize(page);
  });

  it('a long day of changes in "Dagens ændringer" can be scrolled with keys as well, at every size', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    // Forty edits today, as the undo history stores them.
    await page.evaluate(async (now) => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('dagstavlen');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      await new Promise<void>((ok, no) => {
        const tx = db.transaction('history', 'readwrite');
        for (let i = 1; i <= 40; i++)
          tx.objectStore('history').put({
            seq: i,
            at: now - (40 - i) * 60_000,
            label: JSON.stringify(['saved', `Opgave ${i}`]),
            changes: [],
            undone: false,
          });
        tx.oncomplete = () => ok();
        tx.onabort = () => no(tx.error);
      });
      db.close();
    }, MONDAY_10);
    await page.reload();
    await unlockStaff(page);
    await staffPage(page).section('Dagens ændringer').tap();
    await page.getByText('Opgave 40 gemt').waitFor();
    await axeAtEverySize(page, [...SIZES, { width: 390, height: 844 }]);
  });

  it('the place a dragged card leaves passes colour contrast', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await editBoard(page);
    const omar = page.locator('[data-drop="person"]').filter({ hasText: 'Omar' });
    await touchDrag(page, boardPage(page).taskCard('Skyl og snit salat'), omar, { hold: true });
    await page
      .locator('[data-board]:not([hidden]) [data-task]')
      .filter({ hasText: 'Skyl og snit salat' })
      .first()
      .waitFor();
    await poll(() => page.evaluate(() => document.querySelector('[data-board]')?.className ?? '')).toMatch(
      /dragging/,
    );
    await expectNoAxeViolations(page);
    await liftFinger(page);
  });

  it('a help request shows on the card as a quiet sign (a hand), not as a ring to tap', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await boardPage(page).taskCard('Skyl og snit salat').tap();
    await page.getByRole('button', { name: 'Jeg har brug for hjælp' }).tap();
    await togetherPage(page).face('Ida').tap();
    await page.getByRole('status').filter({ hasText: 'Personalet ved det nu' }).waitFor();
    await taskPage(page).back().tap();
    const marker = boardPage(page).taskCard('Skyl og snit salat').locator('[data-help-marker]');
    await marker.waitFor();
    expect(
      await marker.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          picture: el.querySelector('svg') !== null,
          ring: s.borderRadius === '50%' || s.outlineStyle !== 'none',
          interactive: el.closest('[role="radio"], input') !== null,
        };
      }),
    ).toEqual({ picture: true, ring: false, interactive: false });
  });

  it('the change notice is folded with "Jeg har set det", in Danish', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    const notice = boardPage(page).changes();
    await notice.getByRole('button', { name: 'Jeg har set det' }).tap();
    await notice.getByRole('button', { name: 'Vis ændringer' }).waitFor();
    expect(await notice.getByRole('listitem').count()).toBe(0);
  });

  it('a board started at night paints the night colours before any of its code has run', async () => {
    board = await launch({ time: at('2026-11-23', '22:00'), serviceWorkers: 'block' });
    await openBoard(board.page);
    // The board writes its lit hours once it is painted and quiet.
    await poll(() => board!.page.evaluate(() => localStorage.getItem('dagstavlen.lit'))).toBeTruthy();
    const firstPaint = async (time: number) => {
      board = await board!.restart({ time, serviceWorkers: 'block' });
      // No app code at all: only index.html, its inline script and the stylesheet.
      await board.page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await board.page.goto('/');
      return board.page.evaluate(() => ({
        night: document.documentElement.hasAttribute('data-night'),
        background: getComputedStyle(document.body).backgroundColor,
      }));
    };
    expect(await firstPaint(at('2026-11-24', '05:00'))).toEqual({
      night: true,
      background: 'rgb(23, 26, 28)',
    });
    // Lit from an hour before opening: bright, as the board will be.
    expect(await firstPaint(at('2026-11-24', '07:30'))).toEqual({
      night: false,
      background: 'rgb(244, 241, 234)',
    });
    expect(await firstPaint(at('2026-11-24', '23:00'))).toEqual({
      night: true,
      background: 'rgb(23, 26, 28)',
    });
  });
});
