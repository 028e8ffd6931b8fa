// RELIABILITY C20: no way out of the board by touch: pinch, double-tap, long-press, text select,
// swipe-back, pull-to-refresh or image drag leave the address, the zoom and the page as they were.
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch, openBoard } from './support/browser';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

type Point = { x: number; y: number };

describe('no escape from the board', () => {
  it('gestures change nothing: same address, no zoom, no selection, no menu, no drag, no reload', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page, context } = board;
    await openBoard(page);
    // The guards arm in the first quiet moment after the board is painted.
    await expect
      .poll(() => page.evaluate(() => !window.dispatchEvent(new Event('contextmenu', { cancelable: true }))))
      .toBe(true);
    const href = page.url();
    await page.evaluate(() => {
      const w = window as unknown as { marker: number; prevented: string[] };
      w.marker = 1;
      w.prevented = [];
      for (const type of ['contextmenu', 'dragstart', 'selectstart']) {
        window.addEventListener(type, (e) => {
          if (e.defaultPrevented) w.prevented.push(type);
        });
      }
    });
    const cdp = await context.newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
      });
    const swipe = async (from: Point[], to: Point[], steps = 8) => {
      await touch('touchStart', from);
      for (let i = 1; i <= steps; i++) {
        await touch(
          'touchMove',
          from.map((f, k) => ({
            x: f.x + ((to[k]!.x - f.x) * i) / steps,
            y: f.y + ((to[k]!.y - f.y) * i) / steps,
          })),
        );
      }
      await touch('touchEnd', []);
    };
    // Pinch out with two fingers.
    await swipe(
      [
        { x: 900, y: 500 },
        { x: 1000, y: 500 },
      ],
      [
        { x: 600, y: 500 },
        { x: 1300, y: 500 },
      ],
    );
    // Double-tap on text.
    const date = page.getByRole('heading', { level: 1 }).first();
    await date.tap();
    await date.tap();
    // Swipe back from the left edge, and pull down from the top.
    await swipe([{ x: 2, y: 540 }], [{ x: 900, y: 540 }]);
    await swipe([{ x: 960, y: 10 }], [{ x: 960, y: 800 }]);
    // Long-press / right-click menu, text selection by double-click, dragging a picture.
    await date.click({ button: 'right' });
    await date.dblclick();
    await page.evaluate(() => {
      const img = document.querySelector('img');
      img?.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true }));
    });

    expect(page.url()).toBe(href);
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    const prevented = await page.evaluate(() => (window as unknown as { prevented: string[] }).prevented);
    expect(prevented).toContain('contextmenu');
    expect(prevented).toContain('dragstart');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });
});
